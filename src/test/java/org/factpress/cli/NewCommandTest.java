package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.model.Claim;
import org.factpress.model.Status;

/** new article / new claim: every field, ready to fill in; check accepts them once filled; nothing is overwritten. */
class NewCommandTest {
    @TempDir
    Path dir;

    static Factpress.Run run(String... args) {
        return Factpress.run(args);
    }

    /** Gives {@code key} a value on its (first) line, the way an editor fills a placeholder. */
    static String fill(String text, String key, String value) {
        Matcher m = Pattern.compile("(?m)^(\\s*(?:- )?)" + Pattern.quote(key) + ":.*$").matcher(text);
        assertTrue(m.find(), "no line for " + key + " in\n" + text);
        return text.substring(0, m.start()) + m.group(1) + key + ": " + value + text.substring(m.end());
    }

    private static List<Problem> errors(Path content) {
        return SiteBuild.check(content).problems().all().stream().filter(Problem::isError).toList();
    }

    @Test
    void newArticleAndClaimPassCheckOnceFilledIn() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        String c = t.root().toString();
        Factpress.Run a = run("new", "article", "tunnel-report", "--content", c,
                "--url", "https://news.example.com/tunnel", "--title", "Minister's \"tunnel\" plan: # costs");
        assertEquals(0, a.status(), a.err());
        Path articleFile = t.path("articles/tunnel-report/article.md");
        assertTrue(a.out().contains("wrote " + articleFile), a.out());
        String article = Files.readString(articleFile);
        for (String field : List.of("title", "publisher", "url", "published", "# author", "# archived_url")) {
            assertTrue(article.contains(field + ":"), field);
        }

        Factpress.Run cl = run("new", "claim", "tunnel-report", "tunnel-cost", "--content", c,
                "--quote", "the tunnel will cost \u201cthree billion\u201d");
        assertEquals(0, cl.status(), cl.err());
        Path claimFile = t.path("articles/tunnel-report/tunnel-cost.md");
        String claim = Files.readString(claimFile);
        for (String field : List.of("quote", "# occurrence", "claimant", "said_on", "# said_where", "rating", "headline",
                "summary", "author", "# editor", "published", "# updated", "# tags", "sources", "title", "url",
                "# publisher", "# date", "# archived_url", "# updates", "status")) {
            assertTrue(claim.contains(field + ":"), field);
        }

        // As written, check points at each field still to fill in, at its line.
        List<Problem> before = errors(t.root());
        int claimantLine = 1 + (int) claim.lines().takeWhile(l -> !l.startsWith("claimant:")).count();
        assertTrue(before.stream().anyMatch(p -> p.position().file().equals(claimFile)
                && p.position().line() == claimantLine && p.message().equals("field 'claimant' is empty")),
                before::toString);
        assertTrue(before.stream().anyMatch(p -> p.position().file().equals(articleFile)
                && p.message().equals("the article has no text")), before::toString);

        // Filled in, the way an editor would.
        article = fill(article, "publisher", "The Daily News");
        article = fill(article, "published", "2025-03-04");
        Files.writeString(articleFile, article + "\nThe minister said the tunnel will cost \u201cthree billion\u201d euros.\n");
        claim = fill(claim, "claimant", "jane-minister");
        claim = fill(claim, "said_on", "2025-03-04");
        claim = fill(claim, "rating", "\"false\"");
        claim = fill(claim, "headline", "Will the tunnel cost three billion?");
        claim = fill(claim, "summary", "\"No: the budget says two.\"");
        claim = fill(claim, "author", "ann-checker");
        claim = fill(claim, "published", "2025-03-05");
        claim = fill(claim, "title", "Budget 2025");
        claim = fill(claim, "url", "https://finance.example.org/budget-2025");
        Files.writeString(claimFile, claim + "\nThe analysis.\n");

        assertEquals(List.of(), errors(t.root()));
        Factpress.Run check = run("check", "--content", c);
        assertEquals(0, check.status(), check.err());
        Claim loaded = SiteBuild.check(t.root()).library().claims().stream()
                .filter(x -> x.slug().equals("tunnel-cost")).findFirst().orElseThrow();
        assertEquals(Status.DRAFT, loaded.status(), "a new claim starts as a draft");
        assertEquals("the tunnel will cost \u201cthree billion\u201d", loaded.statement().quote());
        assertEquals("Minister's \"tunnel\" plan: # costs", SiteBuild.check(t.root()).library()
                .article("tunnel-report").orElseThrow().title());
    }

    /** Every field name the claim schema declares, nested ones (sources, updates, appearances) included. */
    private static java.util.Set<String> claimSchemaFields() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema;
        try (var in = NewCommandTest.class.getResourceAsStream("/schemas/claim.schema.json")) {
            schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.ArrayDeque<com.fasterxml.jackson.databind.JsonNode> todo = new java.util.ArrayDeque<>(List.of(schema));
        while (!todo.isEmpty()) {
            com.fasterxml.jackson.databind.JsonNode node = todo.pop();
            node.path("properties").fields().forEachRemaining(e -> {
                names.add(e.getKey());
                todo.push(e.getValue().path("items"));
            });
        }
        return names;
    }

    /**
     * A new claim shows every field of the contract, written or commented out, so a field added to the schema
     * fails here until {@code new} writes it; filled in, the claim passes check, on a scale and on a conclusion site.
     */
    @Test
    void newClaimWritesEveryFieldTheSchemaHas() throws Exception {
        java.util.Set<String> fields = claimSchemaFields();
        assertTrue(fields.containsAll(List.of("quote", "verdict", "rating_explanation", "appearances", "same_as",
                "previous_rating", "first")), fields::toString);
        for (boolean conclusion : List.of(false, true)) {
            ContentTree t = ContentTree.valid(dir.resolve(conclusion ? "conclusion" : "scale"));
            if (conclusion) {
                t.edit("site.yaml", "language: en", "language: en\nrating_scale: conclusion");
                t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "verdict: Wrong.");
                t.edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "verdict: Right.");
            }
            Factpress.Run cl = run("new", "claim", "bridge-report", "bridge-total", "--content", t.root().toString(),
                    "--quote", "four billion euros");
            assertEquals(0, cl.status(), cl.err());
            Path claimFile = t.path("articles/bridge-report/bridge-total.md");
            String claim = Files.readString(claimFile);
            for (String field : fields) {
                assertTrue(Pattern.compile("(?m)^\\s*(#\\s*)?(-\\s*)?" + Pattern.quote(field) + ":").matcher(claim).find(),
                        "new claim has no line for '" + field + "' (conclusion site: " + conclusion + ")\n" + claim);
            }
            claim = fill(claim, "claimant", "jane-minister");
            claim = fill(claim, "said_on", "2025-03-01");
            claim = conclusion ? fill(claim, "verdict", "\"Wrong: two billion.\"") : fill(claim, "rating", "\"false\"");
            claim = fill(claim, "headline", "Did the bridge cost four billion?");
            claim = fill(claim, "summary", "No.");
            claim = fill(claim, "author", "ann-checker");
            claim = fill(claim, "published", "2025-03-05");
            claim = fill(claim, "title", "Budget 2025");
            claim = fill(claim, "url", "https://finance.example.org/budget-2025");
            Files.writeString(claimFile, claim + "\nThe analysis.\n");
            assertEquals(List.of(), errors(t.root()), claim);
        }
    }

    @Test
    void neverOverwrites() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        String c = t.root().toString();
        Path article = t.path("articles/bridge-report/article.md");
        String before = Files.readString(article);
        Factpress.Run a = run("new", "article", "bridge-report", "--content", c);
        assertEquals(1, a.status());
        assertEquals("factpress: " + article + " already exists; factpress new never overwrites a file\n", a.err());
        assertEquals(before, Files.readString(article));

        String claimBefore = Files.readString(t.path("articles/bridge-report/bridge-cost.md"));
        Factpress.Run same = run("new", "claim", "bridge-report", "bridge-cost", "--content", c);
        assertEquals(1, same.status());
        assertTrue(same.err().contains("bridge-cost.md already exists"), same.err());
        assertEquals(claimBefore, Files.readString(t.path("articles/bridge-report/bridge-cost.md")));

        // Claim slugs are page addresses, unique across articles.
        run("new", "article", "other-report", "--content", c);
        Factpress.Run elsewhere = run("new", "claim", "other-report", "bridge-cost", "--content", c);
        assertEquals(1, elsewhere.status());
        assertTrue(elsewhere.err().contains("claim slugs are unique across articles"), elsewhere.err());
        assertTrue(Files.notExists(t.path("articles/other-report/bridge-cost.md")));
    }

    @Test
    void refusesWhatCheckWouldReject() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        String c = t.root().toString();
        Factpress.Run noArticle = run("new", "claim", "no-such-report", "a-claim", "--content", c);
        assertEquals(2, noArticle.status(), "an article that is not there is a usage error");
        assertTrue(noArticle.err().contains("no source article 'no-such-report'"), noArticle.err());
        assertTrue(noArticle.err().contains("factpress new article no-such-report"), noArticle.err());

        Factpress.Run badSlug = run("new", "article", "Bridge Report", "--content", c);
        assertEquals(Main.USAGE, badSlug.status(), "a name no content file may have is a usage error");
        assertTrue(badSlug.err().contains("article slug 'Bridge Report' is not a valid slug: use lower-case letters"),
                badSlug.err());
        assertTrue(badSlug.err().contains("e.g. bridge-report"), badSlug.err());
        assertTrue(Files.notExists(t.path("articles/Bridge Report")));
        Factpress.Run article = run("new", "claim", "bridge-report", "article", "--content", c);
        assertEquals(Main.USAGE, article.status());
        assertTrue(article.err().contains("a claim cannot be called 'article'"), article.err());
        assertEquals(2, run("new", "claim", "bridge-report", "--content", c).status(), "a missing slug is a usage error");
    }

    /** A reserved name, which check would reject, is refused by new with check's reason, and nothing is written. */
    @Test
    void reservedNamesAreRefusedWithCheckReason() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        String c = t.root().toString();
        Factpress.Run claim = run("new", "claim", "bridge-report", "con", "--content", c);
        assertEquals(Main.USAGE, claim.status(), claim.err());
        assertTrue(claim.err().startsWith("factpress: claim slug 'con' is a reserved name: reserved: con, nul, aux, prn,"
                + " com0-9, lpt0-9 (Windows devices) and index, page, static, feed (the site's own); e.g. con-report\n"),
                claim.err());
        assertTrue(Files.notExists(t.path("articles/bridge-report/con.md")));
        Factpress.Run article = run("new", "article", "index", "--content", c);
        assertEquals(Main.USAGE, article.status(), article.err());
        assertTrue(article.err().contains("article slug 'index' is a reserved name"), article.err());
        assertTrue(Files.notExists(t.path("articles/index")));
        // The same words check gives for such a file.
        t.write("articles/bridge-report/con.md", Files.readString(t.path("articles/bridge-report/bridge-cost.md")));
        assertTrue(errors(t.root()).stream().anyMatch(p -> p.message().equals("claim file name 'con' is a reserved name")
                && p.hint().endsWith("e.g. con-report")), errors(t.root())::toString);
    }
}
