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
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.lock"))
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
            assertTrue(e.getMessage().contains(".site.lock"), e.getMessage());
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
}
