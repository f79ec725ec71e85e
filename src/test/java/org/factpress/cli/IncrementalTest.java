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
}
