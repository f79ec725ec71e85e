package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/** Each kind of bad input gives an error at the right file and line, with a hint where one helps. */
class BadInputTest {
    @TempDir
    Path dir;

    private List<Problem> errors(ContentTree tree) {
        return SiteBuild.check(tree.root()).problems().all().stream().filter(Problem::isError).toList();
    }

    private Problem onlyError(ContentTree tree) {
        List<Problem> errors = errors(tree);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    private static void assertAt(Problem p, Path file, int line, String messagePart) {
        assertEquals(file, p.position().file(), p::toString);
        assertEquals(line, p.position().line(), p::toString);
        assertTrue(p.message().contains(messagePart), () -> "message '" + p.message() + "' lacks '" + messagePart + "'");
    }

    @Test
    void validTreeHasNoErrors() throws Exception {
        assertEquals(List.of(), errors(ContentTree.valid(dir)));
    }

    @Test
    void malformedYamlNamesTheLine() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "rating: false", "rating: [false");
        Problem p = onlyError(t);
        assertEquals(t.path("articles/bridge-report/bridge-cost.md"), p.position().file());
        assertTrue(p.message().startsWith("YAML syntax"), p.message());
        assertTrue(p.position().line() >= 6 && p.position().line() <= 8, p.toString());
    }

    @Test
    void missingRequiredField() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "summary: The short answer.\n", "");
        Problem p = onlyError(t);
        assertEquals(t.path("articles/bridge-report/bridge-cost.md"), p.position().file());
        assertTrue(p.message().contains("missing required field 'summary'"), p.message());
    }

    @Test
    void unknownRatingListsTheScale() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "rating: false", "rating: mostly-flase");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 6, "unknown rating 'mostly-flase'");
        assertTrue(p.hint().startsWith("this site's ratings: true (True), mostly-true (Mostly true),"), p.hint());
    }

    @Test
    void unknownPersonSuggestsTheNearest() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "claimant: jane-minister", "claimant: jane-ministr");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 3, "unknown person 'jane-ministr'");
        assertEquals("did you mean 'jane-minister'?", p.hint());
    }

    @Test
    void personGivenByNameSuggestsTheId() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "author: ann-checker", "author: Ann Checker");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 9, "unknown person 'Ann Checker'");
        assertEquals("did you mean 'ann-checker'?", p.hint());
    }

    @Test
    void badDate() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "published: 2025-03-03", "published: 03/03/2025");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 11, "'published' is not a date");
        assertTrue(p.hint().contains("YYYY-MM-DD"));
    }

    @Test
    void duplicateSlugAcrossArticles() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        t.write("articles/other-report/article.md", """
                ---
                title: Another report
                publisher: The Daily News
                url: https://news.example.com/other
                published: 2025-03-05
                ---
                The bridge cost "four billion euros" to build, she said again.
                """);
        t.write("articles/other-report/bridge-cost.md", ContentTree.claim(
                "The bridge cost \\\"four billion euros\\\"", "jane-minister", "false", "Again?", "2025-03-06"));
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/other-report/bridge-cost.md"), 1, "duplicate claim slug 'bridge-cost'");
        assertTrue(p.hint().contains("articles/bridge-report/bridge-cost.md"), p.hint());
    }

    @Test
    void quoteNotInArticleShowsTheClosestPassage() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/roads-counted.md",
                "the minister's figure counted the roads around it", "the minister's figure included the roads around it");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/roads-counted.md"), 2, "quote not found in the article text");
        assertTrue(p.hint().contains("the minister's figure counted the roads around it"), p.hint());
    }

    @Test
    void unknownFieldSuggestsTheContractName() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "said_where: Press conference", "said_were: Press conference");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 5, "unknown field 'said_were'");
        assertEquals("did you mean 'said_where'?", p.hint());
    }

    @Test
    void duplicateKeyIsAnError() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "rating: false\n", "rating: false\nrating: true\n");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 7, "duplicate key 'rating'");
    }

    @Test
    void unsafeSourceUrlIsAnErrorNamingTheField() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "url: https://finance.example.org/budget-2024", "url: javascript:alert(1)");
        Problem p = onlyError(t);
        assertAt(p, t.path("articles/bridge-report/bridge-cost.md"), 17, "'sources[0].url' must be an absolute http(s) URL");
    }

    @Test
    void everyErrorIsReportedInOneRunSortedByFileAndLine() throws Exception {
        ContentTree t = ContentTree.valid(dir)
                .edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase")
                .edit("articles/bridge-report/bridge-cost.md", "claimant: jane-minister", "claimant: nobody-at-all")
                .edit("articles/bridge-report/roads-counted.md", "said_on: 2025-03-01", "said_on: yesterday");
        List<Problem> errors = errors(t);
        assertEquals(3, errors.size(), errors::toString);
        assertEquals(List.of(3, 6, 4), errors.stream().map(p -> p.position().line()).toList());
        assertTrue(errors.get(2).position().file().endsWith("roads-counted.md"));
    }

    @Test
    void problemFormatIsTheCompilerForm() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md",
                "rating: false", "rating: flase");
        String line = onlyError(t).format(dir);
        assertTrue(line.startsWith("articles/bridge-report/bridge-cost.md:6:9: error: unknown rating 'flase'"
                + " (this site's ratings: true (True), "), line);
    }

    @Test
    void notUtf8IsAClearError() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        java.nio.file.Files.write(t.path("people.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        List<Problem> errors = errors(t);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("not valid UTF-8")
                && p.position().file().equals(t.path("people.yaml"))), errors::toString);
    }
}
