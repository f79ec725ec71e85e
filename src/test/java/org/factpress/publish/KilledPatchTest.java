package org.factpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.Factpress.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real one-claim publish (the new page, its briefs, the feeds, the search files) stopped half-way through its
 * patch, as a kill stops it: the next `check`, before it reads the site, makes it the new site, byte for byte.
 */
class KilledPatchTest {
    @TempDir
    Path dir;

    @AfterEach
    void noKill() {
        OutputFolder.patchSteps = SitePatch.Step.NONE;
    }

    @Test
    void checkFinishesAPatchAKilledBuildLeftBeforeReadingTheSite() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", t.root().toString(), "--out", site.toString()).status());
        t.edit("articles/bridge-report/bridge-cost.md", "Did the bridge", "Did the new bridge");
        Path reference = dir.resolve("reference/site");
        assertEquals(0, run("build", "--content", t.root().toString(), "--out", reference.toString(), "--no-cache").status());

        int[] steps = {0};
        OutputFolder.patchSteps = what -> {
            if (what.startsWith("move in ") && ++steps[0] == 3) {
                throw new OutputFolderTest.Killed(what);
            }
        };
        assertThrows(OutputFolderTest.Killed.class, () -> run("build", "--content", t.root().toString(), "--out", site.toString()));
        noKill();
        Map<String, String> mixed = TestSite.files(site);
        Map<String, String> whole = TestSite.files(reference);
        assertNotEquals(whole, mixed, "the kill fell inside the patch");

        var check = run("check", "--content", t.root().toString(), "--out", site.toString());
        assertEquals(0, check.status(), check.err());
        assertEquals(whole, TestSite.files(site));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".site.cache", "content", "reference", "site"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(site.resolve("claims/bridge-cost/index.html")).contains("Did the new bridge"));
    }
}
