package org.factpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.Factpress.Run;
import org.factpress.cli.Main;

/**
 * The build weighs the site it publishes: one line always; above 80% of the budget a warning with the biggest kinds
 * of file and the desk's lever; over it with --fail-over-budget, an error and nothing published.
 */
class SizeBudgetTest {
    @TempDir
    Path dir;

    private Run build(Path content, Path out, String... more) {
        return Factpress.run(java.util.List.of("build", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString(), "--no-pdf", "--no-cache"), more);
    }

    @Test
    void underTheBudgetTheBuildPrintsTheSizeOnly() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run r = build(t.root(), dir.resolve("site"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("(?s).*site size: [0-9.]+ KB in \\d+ files, [0-9.]+ KB per check \\(2 checks\\),"
                + " 0% of the 1.00 GB budget.*"), r.out());
        assertFalse(r.err().contains("budget"), r.err());
    }

    @Test
    void above80PercentOfTheBudgetItWarnsWithTheBiggestKindsAndTheLever() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run r = build(t.root(), dir.resolve("site"), "--size-budget", "100KB");
        assertEquals(0, r.status(), "a warning does not fail the build: " + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        String err = r.err();
        assertTrue(err.contains("site.yaml: warning: the site is "), err);
        assertTrue(err.contains("of its 100.0 KB budget (GitHub Pages publishes at most 1 GB)"), err);
        assertTrue(err.contains("biggest kinds of file:") && err.contains("pages "), err);
        assertTrue(err.contains("print: {fact_briefs: last 12 months, cards: last 12 months}"), err);
    }

    @Test
    void overTheBudgetWithFailOverBudgetItFailsAndPublishesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        Run r = build(t.root(), out, "--size-budget", "40000", "--fail-over-budget");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("error: over budget: the site is "), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing published");

        Run under = build(t.root(), out, "--size-budget", "1GB", "--fail-over-budget");
        assertEquals(0, under.status(), under.err());
    }

    @Test
    void aBudgetThatIsNotASizeIsAUsageError() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run r = build(t.root(), dir.resolve("site"), "--size-budget", "lots");
        assertEquals(Main.USAGE, r.status());
        assertEquals(java.util.List.of("factpress: Invalid value for option '--size-budget': 'lots' is not a size;"
                + " write e.g. 1GB, 500MB or 40000 (bytes)", "see: factpress build --help", "exit 2"), r.errLines());
    }
}
