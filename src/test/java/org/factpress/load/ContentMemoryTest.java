package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Library;

/** A load with a {@link ContentLoader.Memory}, told what changed, gives what a fresh load of the folder gives. */
class ContentMemoryTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";

    @TempDir
    Path dir;

    record Loaded(Library library, List<Problem> problems) {}

    static Loaded fresh(Path content) {
        Problems p = new Problems();
        Library l = ContentLoader.load(content, p);
        return new Loaded(l, p.all());
    }

    static Loaded remembered(Path content, ContentLoader.Memory memory) {
        Problems p = new Problems();
        Library l = ContentLoader.load(content, p, memory);
        return new Loaded(l, p.all());
    }

    static void assertSame(Loaded expected, Loaded actual, String when) {
        assertEquals(expected.problems(), actual.problems(), when);
        assertEquals(expected.library().claims(), actual.library().claims(), when);
        assertEquals(expected.library().articles(), actual.library().articles(), when);
        assertEquals(expected.library().people(), actual.library().people(), when);
        assertEquals(expected.library().site(), actual.library().site(), when);
    }

    @Test
    void aLoadFromMemoryIsAFreshLoad() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        ContentLoader.Memory memory = new ContentLoader.Memory();
        assertSame(fresh(t.root()), remembered(t.root(), memory), "first load");
        assertSame(fresh(t.root()), remembered(t.root(), memory), "nothing changed");

        // A mistake, told: reported as a fresh load reports it.
        t.edit(COST, "claimant: jane-minister", "claimant: jane-minister\nclaimant: twice");
        memory.changed(List.of(t.path(COST)));
        Loaded broken = remembered(t.root(), memory);
        assertTrue(broken.problems().stream().anyMatch(Problem::isError), broken.problems().toString());
        assertSame(fresh(t.root()), broken, "a broken claim");
        assertSame(fresh(t.root()), remembered(t.root(), memory), "still broken, nothing told");

        // Fixed, and a new claim in a new article folder, then a removed claim: each told.
        t.edit(COST, "claimant: jane-minister\nclaimant: twice", "claimant: jane-minister");
        t.write("articles/second/article.md", Files.readString(t.path("articles/bridge-report/article.md")));
        t.write("articles/second/second-claim.md", Files.readString(t.path(COST)));
        memory.changed(List.of(t.path(COST), t.path("articles/second")));
        assertSame(fresh(t.root()), remembered(t.root(), memory), "fixed, and a new folder");
        Files.delete(t.path("articles/second/second-claim.md"));
        memory.changed(List.of(t.path("articles/second/second-claim.md")));
        assertSame(fresh(t.root()), remembered(t.root(), memory), "a removed claim");

        // The desk's own files too.
        t.edit("people.yaml", "name: Jane Minister", "name: Jane Q. Minister");
        t.edit("site.yaml", "title: Test Desk", "title: Test Desk, renamed");
        memory.changed(List.of(t.path("people.yaml"), t.path("site.yaml")));
        Loaded renamed = remembered(t.root(), memory);
        assertEquals("Jane Q. Minister", renamed.library().people().get("jane-minister").name());
        assertSame(fresh(t.root()), renamed, "people and site renamed");

        // Not told what: everything is looked at again.
        t.edit(COST, "rating: false", "rating: true");
        memory.changedAll();
        Loaded all = remembered(t.root(), memory);
        assertEquals("true", all.library().claims().stream().filter(c -> c.slug().equals("bridge-cost")).findFirst()
                .orElseThrow().verdict().ratingId());
        assertSame(fresh(t.root()), all, "after changedAll");
    }
}
