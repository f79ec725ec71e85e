package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;

/** Each warning: allowed by the contract but probably a slip. The file, line and message of each. */
class WarningsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String COST = "articles/bridge-report/bridge-cost.md";

    @TempDir
    Path dir;

    private static List<Problem> warnings(ContentTree tree, LocalDate today) {
        Problems problems = SiteBuild.check(tree.root(), today).problems();
        assertFalse(problems.hasErrors(), () -> "unexpected errors: " + problems.all());
        return problems.all().stream().filter(p -> !p.isError()).toList();
    }

    private static List<Problem> warnings(ContentTree tree) {
        return warnings(tree, TODAY);
    }

    /** The one warning whose message contains {@code part}, at {@code file}:{@code line}. */
    private static Problem warningAt(List<Problem> warnings, Path file, int line, String part) {
        List<Problem> found = warnings.stream().filter(p -> p.message().contains(part)).toList();
        assertEquals(1, found.size(), () -> "expected one warning '" + part + "' in " + warnings);
        Problem p = found.get(0);
        assertEquals(file, p.position().file(), p::toString);
        assertEquals(line, p.position().line(), p::toString);
        return p;
    }

    private static boolean none(List<Problem> warnings, String part) {
        return warnings.stream().noneMatch(p -> p.message().contains(part));
    }

    @Test
    void sourceWithoutArchivedCopy() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        Problem p = warningAt(warnings(t).stream().filter(w -> w.position().file().endsWith("bridge-cost.md")).toList(),
                t.path(COST), 14, "source 'Budget report 2024' has no archived copy");
        assertEquals(5, p.position().column());
        assertTrue(p.hint().contains("archived_url"), p.hint());

        t.edit(COST, "    url: https://finance.example.org/budget-2024",
                "    url: https://finance.example.org/budget-2024\n"
                        + "    archived_url: https://web.archive.org/web/2025/https://finance.example.org/budget-2024");
        assertTrue(warnings(t).stream().noneMatch(w -> w.position().file().endsWith("bridge-cost.md")
                && w.message().contains("archived")), () -> warnings(t).toString());
    }

    @Test
    void claimWithoutSources() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, """
                sources:
                  - title: Budget report 2024
                    publisher: Ministry of Finance
                    date: 2024-12-01
                    url: https://finance.example.org/budget-2024
                """, "");
        warningAt(warnings(t), t.path(COST), 1, "claim has no sources");
    }

    @Test
    void quoteLongerThanClaimReviewedAllows() throws Exception {
        String quote = "Critics replied that the bridge's real cost was closer to two billion, and that the minister";
        assertTrue(quote.length() > ContentCheck.CLAIM_REVIEWED_MAX);
        ContentTree t = ContentTree.valid(dir).edit(COST, "the bridge cost \\\"four billion euros\\\" to build", quote);
        Problem p = warningAt(warnings(t), t.path(COST), 2, "quote is " + quote.length() + " characters");
        assertTrue(p.message().contains("claimReviewed"), p.message());

        String exactly75 = quote.substring(0, ContentCheck.CLAIM_REVIEWED_MAX);
        t.edit(COST, quote, exactly75);
        assertTrue(none(warnings(t), "characters"), () -> warnings(t).toString());
    }

    @Test
    void dateInTheFutureIsMeasuredFromTheGivenDay() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        // bridge-cost is published 2025-03-03, roads-counted 2025-03-02.
        List<Problem> w = warnings(t, LocalDate.of(2025, 3, 2));
        Problem p = warningAt(w, t.path(COST), 11, "'published' (2025-03-03) is in the future");
        assertTrue(p.hint().contains("2025-03-02"), p.hint());
        assertTrue(none(warnings(t, LocalDate.of(2025, 3, 3)), "future"));

        t.edit(COST, "    date: 2024-12-01", "    date: 2026-12-01");
        warningAt(warnings(t), t.path(COST), 16, "'sources[0].date' (2026-12-01) is in the future");
        t.edit("articles/bridge-report/article.md", "published: 2025-03-01", "published: 2027-03-01");
        warningAt(warnings(t), t.path("articles/bridge-report/article.md"), 5, "'published' (2027-03-01) is in the future");
    }

    @Test
    void articleWithNoClaims() throws Exception {
        ContentTree t = ContentTree.valid(dir).write("articles/lonely/article.md", """
                ---
                title: Nobody checked this
                publisher: The Daily News
                url: https://news.example.com/lonely
                published: 2025-03-01
                ---
                Some text.
                """);
        warningAt(warnings(t), t.path("articles/lonely/article.md"), 2, "source article has no claims");
    }

    @Test
    void personNeverUsed() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("people.yaml", "daily-news:", """
                zed-nobody:
                  name: Zed Nobody
                daily-news:""");
        warningAt(warnings(t), t.path("people.yaml"), 11, "person 'zed-nobody' is never used");
        assertTrue(none(warnings(t), "'bob-editor' is never used"), "an editor counts as used");
    }

    @Test
    void publishedQuoteOccurringTwiceAsksForOccurrence() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "the bridge cost \\\"four billion euros\\\" to build",
                "the bridge");
        Problem p = warningAt(warnings(t), t.path(COST), 2, "quote occurs 2 times in the article");
        assertTrue(p.hint().contains("occurrence"), p.hint());

        t.edit(COST, "claimant:", "occurrence: 2\nclaimant:");
        assertTrue(none(warnings(t), "occurs"), () -> warnings(t).toString());
        t.edit(COST, "occurrence: 2\n", "status: draft\n");
        assertTrue(none(warnings(t), "occurs"), "drafts are not published, so no warning yet");
    }

    @Test
    void updatedBeforePublished() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "published: 2025-03-03", "published: 2025-03-03\nupdated: 2025-03-01");
        warningAt(warnings(t), t.path(COST), 12, "'updated' (2025-03-01) is before 'published' (2025-03-03)");
    }

    @Test
    void warningsDoNotStopTheBuildAndOutputDoesNotDependOnTheDay() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        System.setProperty(Today.VARIABLE, "2025-03-01");
        try {
            SiteBuild.Checked early = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), a, null, false));
            assertFalse(early.problems().hasErrors());
            assertTrue(early.problems().all().stream().anyMatch(p -> p.message().contains("future")));
            System.setProperty(Today.VARIABLE, "2030-01-01");
            SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), b, null, false));
        } finally {
            System.clearProperty(Today.VARIABLE);
        }
        String claim = "claims/bridge-cost/index.html";
        assertEquals(java.nio.file.Files.readString(a.resolve(claim)), java.nio.file.Files.readString(b.resolve(claim)));
    }
}
