package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/**
 * What {@code check} prints, as the editor and CI read it: every problem of a file in one run, each pointing at the
 * value that is wrong, a missing quote's nearest passage in whole words with what differs, and no file name or
 * value that breaks the line.
 */
class EveryProblemTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    static final String ARTICLE = "articles/bridge-report/article.md";

    @TempDir
    Path dir;

    static List<String> check(ContentTree t, String... more) {
        Factpress.Run r = Factpress.run(List.of("check", "--content", t.root().toString()), more);
        return r.errLines().stream().map(l -> l.replace(t.root().toString(), "desk")).toList();
    }

    private static List<String> errors(List<String> lines) {
        return lines.stream().filter(l -> l.contains(": error: ")).toList();
    }

    @Test
    void aMissingQuoteIsReportedBesideEveryOtherMistakeOfItsFile() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(COST, "the bridge cost \\\"four billion euros\\\" to build", "the bridge cost five billion euros")
                .edit(COST, "claimant: jane-minister", "claimant: jane-ministr")
                .edit(COST, "published: 2025-03-03", "published: 2025-02-30")
                .edit(COST, "summary: The short answer.", "summary:");
        List<String> errors = errors(check(t));
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("desk/" + COST + ":2:8: error: quote not found in the article text"),
                errors::toString);
        assertTrue(errors.get(1).startsWith("desk/" + COST + ":3:11: error: unknown person 'jane-ministr'"), errors::toString);
        assertTrue(errors.get(2).startsWith("desk/" + COST + ":8:10: error: field 'summary' is empty"), errors::toString);
        assertTrue(errors.get(3).startsWith("desk/" + COST + ":11:12: error: field 'published': 2025-02-30 does not"),
                errors::toString);
    }

    @Test
    void aQuoteIsLookedForInAnArticleWhoseOwnFieldsDidNotLoad() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(ARTICLE, "published: 2025-03-01", "published: 2025-13-01")
                .edit(COST, "the bridge cost \\\"four billion euros\\\" to build", "the bridge cost five billion euros");
        List<String> errors = errors(check(t));
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("desk/" + ARTICLE + ":5:12: error: field 'published'"), errors::toString);
        assertTrue(errors.get(1).startsWith("desk/" + COST + ":2:8: error: quote not found"), errors::toString);
    }

    @Test
    void aRepeatOfACheckWithMistakesIsNoFalseError() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(COST, "summary: The short answer.", "summary:")
                .edit("articles/bridge-report/roads-counted.md", "tags: [infrastructure, budget]",
                        "tags: [infrastructure, budget]\nsame_as: bridge-cost");
        assertEquals(List.of("desk/" + COST + ":8:10: error: field 'summary' is empty (fill it in, or remove the line)"),
                errors(check(t)));
    }

    @Test
    void messagesPointAtTheValueInListsAndNestedFieldsToo() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(COST, "rating: false", "rating: flase")
                .edit(COST, "    url: https://finance.example.org/budget-2024", "    url: javascript:alert(1)")
                .edit(COST, "tags: [infrastructure, budget]", "tags: [infrastructure, budget, index]")
                .edit("site.yaml", "  submit_claim: mailto:tips@example.org", "  submit_claim: call us")
                .edit("articles/bridge-report/roads-counted.md", "headline: \"Did the figure count the roads?\"\n", "");
        List<String> errors = errors(check(t));
        List<String> at = errors.stream().map(l -> l.substring(0, l.indexOf(": error: "))).toList();
        assertEquals(List.of("desk/" + COST + ":6:9", "desk/" + COST + ":12:32", "desk/" + COST + ":17:10",
                "desk/articles/bridge-report/roads-counted.md:2:1", "desk/site.yaml:13:17"), at, errors::toString);
        JsonNode json = new ObjectMapper().readTree(Factpress.run("check", "--content", t.root().toString(),
                "--format", "json").out());
        JsonNode rating = json.get("problems").get(0);
        assertEquals(6, rating.get("line").asInt());
        assertEquals(9, rating.get("column").asInt());
    }

    @Test
    void theClosestPassageIsWholeWordsAndSaysWhatDiffers() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(COST, "the bridge cost \\\"four billion euros\\\" to build", "the bridge cost four billion dollars to build");
        List<String> errors = errors(check(t));
        assertEquals(List.of("desk/" + COST + ":2:8: error: quote not found in the article text (closest passage:"
                + " \"the bridge cost \"four billion euros\" to build\"; the article has \"euros\" where the quote has"
                + " \"dollars\")"), errors);
        String json = Factpress.run("check", "--content", t.root().toString(), "--format", "json").out();
        assertTrue(json.contains("the article has \\\"euros\\\" where the quote has \\\"dollars\\\""), json);
    }

    @Test
    void aPassageInQuoteMarksIsShownWithoutThemAndItsFirstWordIsNotLost() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit(ARTICLE, "Critics replied", "O ministro disse: \"a obra estará concluída em 2027\", embora"
                        + " sem dar datas.\n\nCritics replied")
                .edit(COST, "the bridge cost \\\"four billion euros\\\" to build", "a obra estará pronta em 2027");
        assertEquals(List.of("desk/" + COST + ":2:8: error: quote not found in the article text (closest passage:"
                + " \"a obra estará concluída em 2027\"; the article has \"concluída\" where the quote has"
                + " \"pronta\")"), errors(check(t)));
    }

    @Test
    void aWordLeftOutAndAWordAddedAreNamed() {
        assertEquals("the article has \"real\", not in the quote; the quote has \"very\", not in the article",
                org.factpress.text.WordDiff.of("the bridge's real cost was closer to two", "the bridge's cost was very closer to two"));
        assertEquals("", org.factpress.text.WordDiff.of("the same words", "the  same words"));
    }

    /** The workflow's problem matcher, read from the repository's file as GitHub reads it. */
    private static Pattern problemMatcher() throws Exception {
        JsonNode matcher = new ObjectMapper().readTree(Path.of(".github/factpress-problems.json").toFile());
        return Pattern.compile(matcher.get("problemMatcher").get(0).get("pattern").get(0).get("regexp").asText());
    }

    @Test
    void fileNamesAndValuesCannotInjectAnnotationsOrWorkflowCommands() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .write("articles/bridge-report/bad\n::error file=x.md::injected.md", "---\n---\n")
                .write("articles/bridge-report/evil\u202Egnp.md", "---\n---\n")
                .edit(COST, "rating: false", "rating: \"flase\\n::warning file=y.md,line=1::forged\\u202E\"");
        Factpress.Run r = Factpress.run("check", "--content", t.root().toString());
        assertEquals(1, r.status(), r.err());
        Pattern matcher = problemMatcher();
        List<String> lines = r.err().lines().toList();
        String summary = lines.get(lines.size() - 1);
        Matcher counts = Pattern.compile("(\\d+) errors?, (\\d+) warnings?").matcher(summary);
        assertTrue(counts.matches(), summary);
        // One line a problem, and the count: nothing a name or a value held made a line of its own.
        assertEquals(Long.parseLong(counts.group(1)) + Long.parseLong(counts.group(2)) + 1, lines.size(), r.err());
        long annotations = 0;
        for (String line : lines) {
            assertFalse(line.startsWith("::"), () -> "a workflow command: " + line);
            assertTrue(line.chars().noneMatch(c -> c == '\u202E' || Character.getType(c) == Character.CONTROL),
                    () -> "a raw control or bidi character: " + line);
            Matcher m = matcher.matcher(line);
            if (m.matches()) {
                annotations++;
                assertTrue(m.group(1).startsWith(t.root().toString()), () -> "an annotation on another file: " + line);
                assertTrue(m.group(5).contains("flase\\n::warning") || !m.group(5).contains("forged"), line);
            }
        }
        assertTrue(annotations >= 3, r.err());
        assertTrue(r.err().contains("bad\\n::error file=x.md::injected.md"), r.err());
        assertTrue(r.err().contains("evil\\u202Egnp.md"), r.err());
        assertTrue(r.err().contains("'flase\\n::warning file=y.md,line=1::forged\\u202E'"), r.err());
        assertTrue(Files.exists(t.path("articles/bridge-report/evil\u202Egnp.md")));
    }
}
