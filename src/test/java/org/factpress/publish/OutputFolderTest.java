package org.factpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish stage's folder rules: refusal, the lock, and recovery from every state a killed build can leave. */
class OutputFolderTest {
    @TempDir
    Path dir;

    Path site() {
        return dir.resolve("site");
    }

    void publish(String page) throws IOException {
        try (OutputFolder out = OutputFolder.begin(site())) {
            out.write("index.html", page.getBytes(StandardCharsets.UTF_8));
            out.write("claims/a/index.html", (page + " a").getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
    }

    /** What is beside the site once this JVM's background deletions ended. */
    List<String> leftovers() throws Exception {
        OutputFolder.awaitSweeps();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.cache"))
                    .sorted().toList();
        }
    }

    @Test
    void commitReplacesTheWholeSiteAndLeavesNothingBeside() throws Exception {
        publish("one");
        Files.writeString(site().resolve("stale.html"), "from an earlier build");
        publish("two");
        assertEquals("two", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("stale.html")));
        assertTrue(Files.isRegularFile(site().resolve(OutputFolder.MARKER)));
        assertEquals(List.of(), leftovers());
    }

    /** A page still rendering when a failed build closed its folder cannot re-make the staging folder beside the site. */
    @Test
    void aWriteAfterCloseIsRefusedAndLeavesNothingBeside() throws Exception {
        publish("one");
        OutputFolder out = OutputFolder.begin(site());
        out.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
        out.close();
        assertThrows(IOException.class, () -> out.write("claims/b/index.html", "late".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> out.link("claims/c/index.html", site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
        assertEquals("one", Files.readString(site().resolve("index.html")));
    }

    /** The old site goes whole, however deep, and a link in it is removed, never followed. */
    @Test
    void theOldSiteIsDeletedWithoutFollowingLinks() throws Exception {
        publish("one");
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not the site's");
        for (int i = 0; i < 200; i++) {
            Path deep = Files.createDirectories(site().resolve("claims/c" + i + "/a/b"));
            Files.writeString(deep.resolve("index.html"), "page " + i);
        }
        Files.createSymbolicLink(site().resolve("claims/c7/a/elsewhere"), outside);
        publish("two");
        assertFalse(Files.exists(site().resolve("claims/c7")));
        assertEquals("not the site's", Files.readString(outside.resolve("keep.txt")));
        assertEquals(List.of(), leftovers());
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.toString().contains(".site.old")).toList());
        }
    }

    @Test
    void thePublishedFolderIsReadableLikeAnyOtherFolder() throws Exception {
        publish("one");
        Path ordinary = Files.createDirectory(dir.resolve("ordinary"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(site()),
                "a web server running as another user must be able to read the site");
    }

    @Test
    void aBuildThatFailsBeforeCommitLeavesThePreviousSite() throws Exception {
        publish("one");
        try (OutputFolder out = OutputFolder.begin(site())) {
            out.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("one", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFolderFactpressDidNotWriteIsRefusedNotEmptied() throws Exception {
        Files.createDirectories(site());
        Files.writeString(site().resolve("thesis.docx"), "years of work");
        IOException e = assertThrows(IOException.class, () -> OutputFolder.begin(site()));
        assertTrue(e.getMessage().contains("holds files factpress did not write"), e.getMessage());
        assertEquals("years of work", Files.readString(site().resolve("thesis.docx")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theFileSystemRootIsRefused() {
        IOException e = assertThrows(IOException.class, () -> OutputFolder.begin(dir.getRoot()));
        assertTrue(e.getMessage().contains("root of the file system"), e.getMessage());
    }

    @Test
    void writesCannotLeaveTheOutputFolder() throws Exception {
        try (OutputFolder out = OutputFolder.begin(site())) {
            for (String bad : List.of("../escaped.html", "/etc/passwd", "a/../../escaped.html", "a\\..\\b", "")) {
                assertThrows(IOException.class, () -> out.write(bad, new byte[0]), bad);
            }
        }
        assertFalse(Files.exists(dir.resolve("escaped.html")));
    }

    @Test
    void aSecondBuildWhileOneRunsFailsClearlyAndTouchesNothing() throws Exception {
        publish("one");
        try (OutputFolder first = OutputFolder.begin(site())) {
            first.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
            IOException e = assertThrows(IOException.class, () -> OutputFolder.begin(site()));
            assertTrue(e.getMessage().contains("another factpress build is writing"), e.getMessage());
            assertTrue(e.getMessage().contains(Path.of(".site.cache", "lock").toString()), e.getMessage());
            // The second build did not clean up the first one's folder as if it were stale.
            assertEquals(1, leftovers().size(), leftovers()::toString);
            first.commit();
        }
        assertEquals("two", Files.readString(site().resolve("index.html")));
        publish("three"); // the lock was released
        assertEquals("three", Files.readString(site().resolve("index.html")));
    }

    /** State after a kill while writing: a half-written .site.new-* beside the whole previous site. */
    @Test
    void aStaleNewFolderIsDeletedByTheNextBuild() throws Exception {
        publish("one");
        Path stale = Files.createDirectories(dir.resolve(".site.new-123/claims"));
        Files.writeString(stale.resolve("half.html"), "half");
        publish("two");
        assertEquals(List.of(), leftovers());
        assertEquals("two", Files.readString(site().resolve("index.html")));
    }

    /** State after a kill between the two renames of commit: no site/, the previous one as .site.old-*. */
    @Test
    void aKillBetweenTheTwoRenamesIsUndoneByTheNextBuild() throws Exception {
        publish("one");
        Path old = dir.resolve(".site.old-42");
        Files.move(site(), old);
        Path staging = Files.createDirectories(dir.resolve(".site.new-43"));
        Files.writeString(staging.resolve("index.html"), "two");
        Files.writeString(staging.resolve(OutputFolder.MARKER), "");

        // The next build starts by putting the previous site back whole...
        try (OutputFolder next = OutputFolder.begin(site())) {
            assertEquals("one", Files.readString(site().resolve("index.html")));
            assertEquals("one a", Files.readString(site().resolve("claims/a/index.html")));
            assertEquals(1, leftovers().size(), "only the new build's own staging folder");
            // ...and, if it fails in turn, leaves it there.
        }
        assertEquals("one", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    /** State after a kill while deleting the previous site: the new site in place, a marker-less .site.old-*. */
    @Test
    void aHalfDeletedOldSiteIsNeverPutBack() throws Exception {
        Files.createDirectories(dir.resolve(".site.old-7/claims"));
        Files.writeString(dir.resolve(".site.old-7/claims/x.html"), "half deleted");
        OutputFolder.recover(site());
        assertFalse(Files.exists(site()), "an old site without its marker is not whole");
        assertEquals(List.of(), leftovers());
    }

    /** Every file of the site by path, with its text (the marker left out). */
    java.util.Map<String, String> files(Path site) throws IOException {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(OutputFolder.MARKER)) {
                    all.put(rel, Files.readString(f));
                }
            }
        }
        return all;
    }

    /** A site of three pages and a stray file somebody put in it. */
    void threePages() throws IOException {
        try (OutputFolder out = OutputFolder.begin(site())) {
            out.write("index.html", "home".getBytes(StandardCharsets.UTF_8));
            out.write("claims/a/index.html", "a".getBytes(StandardCharsets.UTF_8));
            out.write("claims/b/index.html", "b".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        Files.writeString(site().resolve("claims/stray.html"), "not the build's");
    }

    /** The next build as a patch: keeps the home page, rewrites a, drops b, adds c. */
    OutputFolder patchedBuild() throws IOException {
        OutputFolder out = OutputFolder.begin(site(), true);
        out.link("index.html", site().resolve("index.html"));
        out.write("claims/a/index.html", "a, edited".getBytes(StandardCharsets.UTF_8));
        out.write("claims/c/index.html", "c".getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static final java.util.Map<String, String> PATCHED = java.util.Map.of("index.html", "home",
            "claims/a/index.html", "a, edited", "claims/c/index.html", "c");

    @Test
    void aPatchKeepsWhatWasLinkedAndLeavesTheSiteAsAWholeBuildWould() throws Exception {
        threePages();
        Object kept = Files.readAttributes(site().resolve("index.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (OutputFolder out = patchedBuild()) {
            SiteSize size = out.size(); // the new site's three pages, not the stray or the dropped page
            assertEquals(3, size.shares().stream().mapToInt(SiteSize.Share::files).sum());
            assertEquals("home".length() + "a, edited".length() + "c".length(), size.total());
            assertEquals("b", Files.readString(site().resolve("claims/b/index.html")), "live until the commit");
            out.commit();
        }
        assertEquals(PATCHED, files(site()));
        assertFalse(Files.exists(site().resolve("claims/b")), "a folder left empty goes too");
        assertTrue(Files.isRegularFile(site().resolve(OutputFolder.MARKER)));
        assertEquals(kept, Files.readAttributes(site().resolve("index.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "the kept page was not touched");
        assertEquals(List.of(), leftovers());
    }

    /** State after a kill while a patch was applied: its list whole in .site.new-*, some files moved. */
    @Test
    void aPatchCutShortIsFinishedByTheNextBuild() throws Exception {
        threePages();
        Path staging = dir.resolve(".site.new-9");
        Files.createDirectories(staging.resolve("claims/a"));
        Files.createDirectories(staging.resolve("claims/c"));
        Files.writeString(staging.resolve("claims/a/index.html"), "a, edited");
        Files.writeString(staging.resolve("claims/c/index.html"), "c");
        new SitePatch(List.of("claims/a/index.html", "claims/c/index.html"),
                List.of("claims/b/index.html", "claims/stray.html")).record(staging);
        // The kill fell after the first written file was moved in.
        Files.move(staging.resolve("claims/a/index.html"), site().resolve("claims/a/index.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        OutputFolder.recover(site());
        assertEquals(PATCHED, files(site()));
        assertEquals(List.of(), leftovers());
    }

    /** State after a kill while writing a patch's files: no list yet, the live site untouched. */
    @Test
    void aPatchWithoutItsListIsDroppedAndTheSiteLeftAsItWas() throws Exception {
        threePages();
        java.util.Map<String, String> before = files(site());
        Path staging = Files.createDirectories(dir.resolve(".site.new-5/claims/a"));
        Files.writeString(staging.resolve("index.html"), "half");
        Files.writeString(dir.resolve(".site.new-5/" + SitePatch.LIST), "factpress patch 1\n+\tclaims/a/index.html\n");
        OutputFolder.recover(site());
        assertEquals(before, files(site()), "a list cut short is not applied");
        assertEquals(List.of(), leftovers());
    }

    /** A written file where the live site has a folder cannot be renamed in: the new site is made whole instead. */
    @Test
    void aPatchThatDoesNotFitIsPublishedWhole() throws Exception {
        threePages();
        try (OutputFolder out = OutputFolder.begin(site(), true)) {
            out.link("index.html", site().resolve("index.html"));
            out.write("claims/a", "a file where a folder was".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertEquals(java.util.Map.of("index.html", "home", "claims/a", "a file where a folder was"), files(site()));
        assertEquals(List.of(), leftovers());
    }

    /** Without a whole live site there is nothing to patch: the first build writes everything. */
    @Test
    void aPatchOfNoSiteWritesTheWholeSite() throws Exception {
        try (OutputFolder out = OutputFolder.begin(site(), true)) {
            out.write("index.html", "home".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertEquals(java.util.Map.of("index.html", "home"), files(site()));
        assertTrue(Files.isRegularFile(site().resolve(OutputFolder.MARKER)));
    }

    Object folderKey() throws IOException {
        return Files.readAttributes(site(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /** A change of more than a tenth of the site (and over a thousand files) goes in as a whole new site. */
    @Test
    void aLargeChangeIsPublishedAsAWholeNewSite() throws Exception {
        threePages();
        Object before = folderKey();
        try (OutputFolder out = OutputFolder.begin(site(), true)) {
            out.link("index.html", site().resolve("index.html"));
            for (int i = 0; i <= OutputFolder.PATCH_FILES; i++) {
                out.write("claims/c" + i + "/index.html", ("c" + i).getBytes(StandardCharsets.UTF_8));
            }
            out.commit();
        }
        assertFalse(before.equals(folderKey()), "the site folder was swapped, not changed file by file");
        assertEquals(OutputFolder.PATCH_FILES + 2, files(site()).size());
        assertEquals("home", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    /** A killed build's patch that cannot be finished is dropped, and the next build replaces the whole site. */
    @Test
    void aPatchThatCannotBeFinishedIsDroppedAndTheSiteReplacedWhole() throws Exception {
        threePages();
        Path staging = Files.createDirectories(dir.resolve(".site.new-3/claims"));
        Files.writeString(staging.resolve("a"), "a file where the live site has a folder with a page in it");
        new SitePatch(List.of("claims/a"), List.of()).record(staging.getParent());
        Object before = folderKey();
        try (OutputFolder out = patchedBuild()) {
            out.commit();
        }
        assertFalse(Files.exists(staging.getParent().resolve(SitePatch.LIST)));
        assertFalse(before.equals(folderKey()), "replaced whole");
        assertEquals(PATCHED, files(site()));
        assertEquals(List.of(), leftovers());
    }

    /** A kill, as the patch seam simulates it: an error nothing in factpress catches. */
    static final class Killed extends Error {
        Killed(String step) {
            super("killed before: " + step);
        }
    }

    /**
     * A patch stopped before each of its file operations in turn, as a kill would stop it: the site is then the
     * previous one, or, once the list of changes is whole, the next command that reads the site (what `check` and
     * `build` call first) finishes it, and the site is the new one; nothing is left beside it.
     */
    @Test
    void aKillAtEveryStepOfAPatchIsUndoneOrFinishedBeforeTheSiteIsRead() throws Exception {
        Path base = dir;
        List<String> steps = new java.util.ArrayList<>();
        for (int stop = 0; ; stop++) {
            dir = Files.createDirectories(base.resolve("kill-" + stop));
            threePages();
            java.util.Map<String, String> before = files(site());
            int at = stop;
            int[] step = {0};
            String killed = null;
            OutputFolder.patchSteps = what -> {
                if (step[0]++ == at) {
                    throw new Killed(what);
                }
            };
            // Held open past the kill, as a killed process holds it: close() never runs, the lock is released,
            // and what is beside the site is the next command's to undo or finish.
            OutputFolder out = patchedBuild();
            try {
                out.commit();
            } catch (Killed k) {
                killed = k.getMessage();
            } finally {
                OutputFolder.patchSteps = SitePatch.Step.NONE;
            }
            if (killed == null) {
                out.close();
                assertEquals(PATCHED, files(site()));
                break;
            }
            OutputFolderTestAccess.kill(out);
            steps.add(killed);
            boolean listWhole = Files.list(dir).anyMatch(p -> Files.isRegularFile(p.resolve(SitePatch.LIST)));
            assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith(".site.new")),
                    "the killed build's staging folder is there for the next command: " + killed);
            OutputFolder.finishInterrupted(site());
            assertEquals(listWhole ? PATCHED : before, files(site()), killed);
            assertEquals(List.of(), leftovers(), killed);
            try (OutputFolder next = OutputFolder.begin(site(), true)) {
                assertEquals(listWhole ? PATCHED : before, files(site()), "a build finds it the same: " + killed);
            }
        }
        assertTrue(steps.size() >= 8, steps::toString);
        assertTrue(steps.contains("killed before: move in claims/a/index.html"), steps::toString);
        assertTrue(steps.contains("killed before: delete the folder claims/b"), steps::toString);
    }

    /** With nothing left by a killed build, reading the site creates nothing beside it. */
    @Test
    void findingNothingInterruptedLeavesNothing() throws Exception {
        threePages();
        OutputFolderTestAccess.deleteTree(dir.resolve(".site.cache"));
        OutputFolder.finishInterrupted(site());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The lock lives in the cache folder; the old lock file beside the site is removed. */
    @Test
    void theLockIsKeptInTheCacheFolder() throws Exception {
        Files.writeString(dir.resolve(".site.lock"), "");
        publish("one");
        publish("two");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".site.cache", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isRegularFile(dir.resolve(".site.cache/lock")));
    }

    /** A disk that fills up: a write fails with the JDK's bare message, and the file is named by the output. */
    @Test
    void aFullDiskNamesTheFileAndDropsTheNewFolder() throws Exception {
        publish("one");
        OutputFolder.disk = (file, bytes) -> {
            if (file.toString().endsWith("b.html")) {
                Files.write(file, java.util.Arrays.copyOf(bytes, 1));
                throw new IOException("No space left on device");
            }
            Files.write(file, bytes);
        };
        try (OutputFolder out = OutputFolder.begin(site())) {
            out.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
            IOException e = assertThrows(IOException.class,
                    () -> out.write("claims/b.html", "two b".getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("could not write site/claims/b.html (into "), e.getMessage());
            assertTrue(e.getMessage().endsWith("): No space left on device"), e.getMessage());
        } finally {
            OutputFolder.disk = OutputFolder.FILES;
        }
        assertEquals("one", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }
}
