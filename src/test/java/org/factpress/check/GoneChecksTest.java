package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/**
 * The warning that a published check will answer 404 is never false: a desk that deletes the example it started
 * from, or moves its site, is not told that it removes checks it never published there; a desk removing one of its
 * own published checks still is.
 */
class GoneChecksTest {
    @TempDir
    Path dir;

    private Path live;

    private ContentTree published() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        live = dir.resolve("site");
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--out", live.toString(), "--no-pdf");
        assertEquals(0, built.status(), built.err());
        return t;
    }

    private static boolean warnsOf404(Factpress.Run r) {
        return r.err().contains("will answer 404");
    }

    private Factpress.Run check(ContentTree t) {
        return Factpress.run("check", "--content", t.root().toString(), "--out", live.toString());
    }

    private Factpress.Run build(ContentTree t) {
        return Factpress.run("build", "--content", t.root().toString(), "--out", live.toString(), "--no-pdf");
    }

    /** README, "Start your own desk": rm -r content/articles/*, then the desk's own first article and claim. */
    private static void replaceTheExample(ContentTree t) throws Exception {
        try (var walk = Files.walk(t.path("articles"))) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(t.path("articles")))
                    .forEach(p -> p.toFile().delete());
        }
        assertEquals(List.of(), List.of(t.path("articles").toFile().list()));
    }

    @Test
    void deletingTheExampleWarnsOfNothing() throws Exception {
        ContentTree t = published();
        replaceTheExample(t);
        Factpress.Run empty = check(t);
        assertFalse(warnsOf404(empty), empty.err());
        t.write("articles/council-budget/article.md", """
                ---
                title: Council debates budget
                publisher: The Daily News
                url: https://news.example.com/budget
                published: 2025-03-01
                ---
                """ + ContentTree.ARTICLE_TEXT);
        t.write("articles/council-budget/bridge-price.md", ContentTree.claim("the bridge cost \\\"four billion euros\\\" to build",
                "jane-minister", "false", "Did the bridge cost four billion euros?", "2025-03-03"));
        Factpress.Run own = check(t);
        assertFalse(warnsOf404(own), own.err());
        Factpress.Run built = build(t);
        assertEquals(0, built.status(), built.err());
        assertFalse(warnsOf404(built), built.err());
    }

    @Test
    void aDeskThatMovedItsSiteIsNotWarned() throws Exception {
        ContentTree t = published();
        Files.delete(t.path("articles/bridge-report/roads-counted.md"));
        t.edit("site.yaml", "base_url: https://example.org/factpress/", "base_url: https://checks.example.net/");
        Factpress.Run moved = check(t);
        assertFalse(warnsOf404(moved), moved.err());
        Factpress.Run built = build(t);
        assertFalse(warnsOf404(built), built.err());
    }

    @Test
    void removingOneOfItsOwnChecksStillWarns() throws Exception {
        ContentTree t = published();
        Files.delete(t.path("articles/bridge-report/roads-counted.md"));
        Factpress.Run r = check(t);
        assertTrue(warnsOf404(r) && r.err().contains("'roads-counted'"), r.err());
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--out", live.toString(),
                "--no-pdf");
        assertTrue(warnsOf404(built), built.err());
    }

    /**
     * The Pages workflow builds a fork's site for its own address (build --base-url) without editing site.yaml; its
     * check, given the same address, still warns of a check removed there, and without it warns of nothing.
     */
    @Test
    void aSiteBuiltForAnotherAddressIsCheckedUnderThatAddress() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        live = dir.resolve("site");
        String pages = "https://a-fork.github.io/factpress/";
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--out", live.toString(),
                "--no-pdf", "--base-url", pages);
        assertEquals(0, built.status(), built.err());
        Files.delete(t.path("articles/bridge-report/roads-counted.md"));
        Factpress.Run there = Factpress.run("check", "--content", t.root().toString(), "--out", live.toString(),
                "--base-url", pages);
        assertTrue(warnsOf404(there) && there.err().contains("'roads-counted'"), there.err());
        Factpress.Run siteYaml = check(t);
        assertFalse(warnsOf404(siteYaml), siteYaml.err());
    }
}
