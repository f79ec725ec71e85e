package org.factpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.Factpress.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factpress.ContentTree;
import org.factpress.Factpress.Run;
import org.factpress.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a build, through the output's write seam: the error names the stage and the file,
 * the site and the build cache are as the last published build left them, and nothing is left beside them.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @AfterEach
    void emptyDisk() {
        OutputFolder.disk = OutputFolder.FILES;
    }

    /** The disk is full from the first PDF brief on: what a real one does, a few bytes written, then the JDK's bare message. */
    static void fullFromTheFirstPdf() {
        OutputFolder.disk = (file, bytes) -> {
            if (file.toString().endsWith(".pdf")) {
                Files.write(file, java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 512)));
                throw new IOException("No space left on device");
            }
            Files.write(file, bytes);
        };
    }

    List<String> beside() throws IOException {
        OutputFolderTestAccess.awaitSweeps();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskNamesTheStageAndFileAndLeavesTheSiteAndCacheAsTheyWere() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path site = dir.resolve("site");
        Run first = run("build", "--content", t.root().toString(), "--out", site.toString());
        assertEquals(0, first.status(), first.err());
        Map<String, String> siteBefore = TestSite.files(site);
        Map<String, String> cacheBefore = TestSite.files(dir.resolve(".site.cache"));

        // An edited claim: its pages and briefs are made anew, its PDFs laid out and kept in the cache. Which PDF is
        // written first (a brief or a digest) is the workers' race; the first one fills the disk.
        t.edit("articles/bridge-report/bridge-cost.md", "Did the bridge", "Did the new bridge");
        fullFromTheFirstPdf();
        Run full = run("build", "--content", t.root().toString(), "--out", site.toString());
        emptyDisk();

        assertEquals(3, full.status(), full.err());
        String message = full.err().lines().filter(l -> l.startsWith("factpress: error: ")).findFirst().orElse(full.err());
        assertTrue(message.startsWith("factpress: error: the build stopped at 'render pdf': could not write site/"),
                message);
        assertTrue(message.contains(".pdf (into " + dir.resolve(".site.new-")), message);
        assertTrue(message.endsWith("): No space left on device; nothing was published, " + site + " is as it was"),
                message);
        assertFalse(full.err().contains("Exception"), full.err());
        assertEquals(siteBefore, TestSite.files(site), "the published site is untouched");
        assertEquals(cacheBefore, TestSite.files(dir.resolve(".site.cache")), "a failed build writes no cache");
        assertEquals(List.of(".site.cache", "content", "site"), beside());

        // With room again, the next build publishes the edit.
        Run again = run("build", "--content", t.root().toString(), "--out", site.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(Files.readString(site.resolve("claims/bridge-cost/index.html")).contains("Did the new bridge"));
        assertEquals(List.of(".site.cache", "content", "site"), beside());
    }
}
