package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factpress.ContentTree;
import org.factpress.publish.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that reuse the last one's work give exactly what a full build gives, and skip what did not change. */
class IncrementalTest {
    @TempDir
    Path dir;

    private MainTest.Run build(ContentTree t, Path out, String... more) {
        String[] base = {"build", "--content", t.root().toString(), "--out", out.toString(), "--no-pdf"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return MainTest.run(args);
    }

    @Test
    void aBuildWithNothingChangedDoesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path page = out.resolve("claims/bridge-cost/index.html");
        Object inode = Files.getAttribute(page, "unix:ino");

        MainTest.Run again = build(t, out);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("is up to date"), again.out());
        assertEquals(inode, Files.getAttribute(page, "unix:ino"), "the site was not replaced");

        // A changed option, a changed file, or a missing output: a real build again.
        assertFalse(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        assertTrue(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: Changed.");
        MainTest.Run edited = build(t, out, "--base-url", "https://other.example/x/");
        assertFalse(edited.out().contains("up to date"), edited.out());
        assertTrue(Files.readString(page).contains("Changed."));
        assertFalse(build(t, out, "--base-url", "https://other.example/x/", "--no-cache").out().contains("up to date"));
    }

    @Test
    void theCacheIsSafeToDelete() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        org.factpress.publish.OutputFolderTestAccess.deleteTree(BuildCache.folderFor(out));
        MainTest.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("up to date"));
        assertEquals(new String(before), Files.readString(out.resolve("index.html")));
    }

    /** Files of {@code root}, by path, with their inode: which ones a build wrote anew. */
    private static java.util.Map<String, Object> inodes(Path root) throws Exception {
        java.util.Map<String, Object> m = new java.util.TreeMap<>();
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return m;
    }

    @Test
    void oneClaimEditedRewritesOnlyThePagesThatShowItAndEqualsAFullBuild() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        java.util.Map<String, Object> before = inodes(out);

        // The summary of the older check: shown on its own page, its article, listings and data files.
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        java.util.Map<String, Object> after = inodes(out);
        java.util.Set<String> rewritten = new java.util.TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        // Every rewritten file really shows the new text or is a data file listing it; unchanged pages are kept.
        for (String path : rewritten) {
            if (!path.equals(org.factpress.publish.OutputFolder.MARKER)) {
                assertTrue(Files.readString(out.resolve(path)).contains("Roads were counted."), path + " was rewritten");
            }
        }
        assertTrue(rewritten.contains("claims/roads-counted/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("claims/bridge-cost/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("methodology/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("static/style.css"), rewritten::toString);

        assertSameAsFullBuild(t, out);
    }

    /** The site at {@code out} equals, file for file, what a full build of the same content writes. */
    private void assertSameAsFullBuild(ContentTree t, Path out) throws Exception {
        Path full = dir.resolve("full");
        assertEquals(0, build(t, full, "--no-cache").status());
        assertEquals(org.factpress.build.ThreadsTestAccess.tree(full), org.factpress.build.ThreadsTestAccess.tree(out));
    }

    /** Analyses are kept as HTML between builds: only an edited one is made again, and a damaged cache is ignored. */
    @Test
    void onlyAnEditedAnalysisIsMadeAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/roads-counted.md", "The analysis, with **emphasis**.", "Roads were in the figure.");
        Path out = dir.resolve("site");
        MainTest.Run first = build(t, out, "--timings");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("analyses: 2 made, 0 kept from the last build"), first.err());

        t.edit("articles/bridge-report/roads-counted.md", "Roads were in the figure.", "Roads were in the figure, we found.");
        MainTest.Run second = build(t, out, "--timings");
        assertTrue(second.err().contains("analyses: 1 made, 1 kept from the last build"), second.err());
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("we found."));

        Path kept = BuildCache.folderFor(out).resolve("analyses.bin");
        Files.write(kept, java.util.Arrays.copyOf(Files.readAllBytes(kept), 40)); // cut short
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Counted.");
        MainTest.Run third = build(t, out, "--timings");
        assertTrue(third.err().contains("analyses: 2 made, 0 kept from the last build"), third.err());
        assertSameAsFullBuild(t, out);
    }

    /** A page changed in the live site by hand, its size kept: the next build writes it anew, never reuses it. */
    @Test
    void aLivePageChangedByHandIsWrittenAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path page = out.resolve("claims/roads-counted/index.html");
        String good = Files.readString(page);
        Files.writeString(page, good.replace("Did the figure count the roads?", "Did the figure count the ROADS?"));
        // Another check edited, so the build runs; the page by hand has the same size as the one the build wrote.
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: Changed.");
        assertEquals(0, build(t, out).status());
        assertEquals(good, Files.readString(page));
    }
}
