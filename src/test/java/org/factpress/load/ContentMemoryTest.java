package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.incremental.KeptReads;
import org.factpress.model.Claim;
import org.factpress.model.Library;

/**
 * serve's load: the files as read kept in memory ({@link KeptReads#inMemory}), by the hashes of the folder as seen
 * ({@link FolderAsSeen}) told what changed, gives what a fresh load of the folder gives, and reads only what changed.
 */
class ContentMemoryTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";

    @TempDir
    Path dir;

    record Loaded(Library library, List<Problem> problems, String summary) {}

    /** One serve session: the reads and the folder as seen, kept from load to load. */
    record Session(KeptReads reads, FolderAsSeen seen) {
        Session() {
            this(KeptReads.inMemory(), new FolderAsSeen());
        }

        Loaded load(Path content) {
            reads.nextRun();
            Problems p = new Problems();
            Library l = ContentLoader.load(content, p, reads, seen);
            return new Loaded(l, p.all(), reads.summary());
        }
    }

    static Loaded fresh(Path content) {
        Problems p = new Problems();
        Library l = ContentLoader.load(content, p);
        return new Loaded(l, p.all(), null);
    }

    static void assertAsFresh(Loaded expected, Loaded actual, String when) {
        assertEquals(expected.problems(), actual.problems(), when);
        assertEquals(expected.library().claims(), actual.library().claims(), when);
        assertEquals(expected.library().articles(), actual.library().articles(), when);
        assertEquals(expected.library().people(), actual.library().people(), when);
        assertEquals(expected.library().site(), actual.library().site(), when);
    }

    static void assertRead(int files, Loaded loaded, String when) {
        assertTrue(loaded.summary().startsWith("files: " + files + " read,"), when + ": " + loaded.summary());
    }

    static Claim claim(Loaded loaded, String slug) {
        return loaded.library().claims().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void aLoadFromMemoryIsAFreshLoad() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Session serve = new Session();
        Loaded first = serve.load(t.root());
        assertAsFresh(fresh(t.root()), first, "first load");
        Loaded again = serve.load(t.root());
        assertAsFresh(fresh(t.root()), again, "nothing changed");
        assertRead(0, again, "nothing changed");
        // The very model as before: what is kept by a model's identity stays kept too.
        assertSame(claim(first, "bridge-cost"), claim(again, "bridge-cost"));

        // A mistake, told: reported as a fresh load reports it, and only that file read again.
        t.edit(COST, "claimant: jane-minister", "claimant: jane-minister\nclaimant: twice");
        serve.seen().changed(List.of(t.path(COST)));
        Loaded broken = serve.load(t.root());
        assertTrue(broken.problems().stream().anyMatch(Problem::isError), broken.problems().toString());
        assertAsFresh(fresh(t.root()), broken, "a broken claim");
        assertRead(1, broken, "a broken claim");
        assertSame(claim(first, "roads-counted"), claim(broken, "roads-counted"));
        assertAsFresh(fresh(t.root()), serve.load(t.root()), "still broken, nothing told");

        // Fixed, and a new claim in a new article folder, then a removed claim: each told.
        t.edit(COST, "claimant: jane-minister\nclaimant: twice", "claimant: jane-minister");
        t.write("articles/second/article.md", Files.readString(t.path("articles/bridge-report/article.md")));
        t.write("articles/second/second-claim.md", Files.readString(t.path(COST)));
        serve.seen().changed(List.of(t.path(COST), t.path("articles/second")));
        Loaded fixed = serve.load(t.root());
        assertAsFresh(fresh(t.root()), fixed, "fixed, and a new folder");
        assertRead(3, fixed, "fixed, and a new folder");
        Files.delete(t.path("articles/second/second-claim.md"));
        serve.seen().changed(List.of(t.path("articles/second/second-claim.md")));
        assertAsFresh(fresh(t.root()), serve.load(t.root()), "a removed claim");

        // The desk's own files too.
        t.edit("people.yaml", "name: Jane Minister", "name: Jane Q. Minister");
        t.edit("site.yaml", "title: Test Desk", "title: Test Desk, renamed");
        serve.seen().changed(List.of(t.path("people.yaml"), t.path("site.yaml")));
        Loaded renamed = serve.load(t.root());
        assertEquals("Jane Q. Minister", renamed.library().people().get("jane-minister").name());
        assertAsFresh(fresh(t.root()), renamed, "people and site renamed");

        // Not told what: everything is looked at again, and what did not change is still kept.
        t.edit(COST, "rating: false", "rating: true");
        serve.seen().changedAll();
        Loaded all = serve.load(t.root());
        assertEquals("true", claim(all, "bridge-cost").verdict().ratingId());
        assertAsFresh(fresh(t.root()), all, "after changedAll");
        assertRead(1, all, "after changedAll");
    }

    /** What the last load did not use is let go: a file removed and put back as it was is read again. */
    @Test
    void onlyWhatTheLastLoadUsedIsKept() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Session serve = new Session();
        Loaded first = serve.load(t.root());
        String text = Files.readString(t.path(COST));
        Files.delete(t.path(COST));
        serve.seen().changed(List.of(t.path(COST)));
        assertAsFresh(fresh(t.root()), serve.load(t.root()), "removed");

        t.write(COST, text);
        serve.seen().changed(List.of(t.path(COST)));
        Loaded back = serve.load(t.root());
        assertAsFresh(fresh(t.root()), back, "put back");
        assertRead(1, back, "put back");
        assertNotSame(claim(first, "bridge-cost"), claim(back, "bridge-cost"));
    }

    /** A file that changed after its hash was taken is read as it is, and not kept under the hash taken before. */
    @Test
    void aFileChangedWhileReadIsNotKeptUnderItsOldHash() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Session serve = new Session();
        String before = serve.seen().hashOf(t.path(COST));
        assertTrue(serve.seen().unchanged(t.path(COST)));

        t.edit(COST, "rating: false", "rating: mostly-false");
        assertFalse(serve.seen().unchanged(t.path(COST)), "a longer file is a changed one");
        Loaded edited = serve.load(t.root());
        assertAsFresh(fresh(t.root()), edited, "read as it is, under the hash taken before");
        assertEquals(before, serve.seen().hashOf(t.path(COST)), "not told: the hash as taken");

        // Back as it was when hashed, and told: had the edited read been kept under that hash, it would be given.
        t.edit(COST, "rating: mostly-false", "rating: false");
        serve.seen().changed(List.of(t.path(COST)));
        assertEquals(before, serve.seen().hashOf(t.path(COST)));
        Loaded back = serve.load(t.root());
        assertEquals("false", claim(back, "bridge-cost").verdict().ratingId());
        assertAsFresh(fresh(t.root()), back, "back as it was");
    }
}
