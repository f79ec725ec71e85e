package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.diagnostics.Problems;

/**
 * Each message of {@code check} as the editor reads it: the exact printed line (file:line:col: severity: message
 * (hint)), for mistakes desks really make. The fixture folder is printed as "desk".
 */
class CheckMessagesTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    static final String ROADS = "articles/bridge-report/roads-counted.md";

    @TempDir
    Path dir;

    /** The valid tree, with archived copies so that it checks without a warning. */
    ContentTree tree() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (String claim : List.of(COST, ROADS)) {
            t.edit(claim, "    url: https://finance.example.org/budget-2024",
                    "    url: https://finance.example.org/budget-2024\n"
                            + "    archived_url: https://web.archive.org/web/2025/https://finance.example.org/budget-2024");
        }
        return t;
    }

    /** What check printed on its error stream, line by line, and its exit status last. */
    static List<String> check(ContentTree t, String... more) {
        Factpress.Run r = Factpress.run(List.of("check", "--content", t.root().toString()), more);
        return r.errLines().stream().map(l -> l.replace(t.root().toString(), "desk")).toList();
    }

    @Test
    void theTreeChecksClean() throws Exception {
        assertEquals(List.of("exit 0"), check(tree()));
    }

    @Test
    void updatesWrittenAsDateAndNoteAreUpdates() throws Exception {
        ContentTree t = tree().edit(COST, "tags: [infrastructure, budget]", """
                tags: [infrastructure, budget]
                updates:
                  - date: 2025-03-04
                    note: Added the ministry's reply.""");
        assertEquals(List.of("exit 0"), check(t));
        var library = org.factpress.load.ContentLoader.load(t.root(), new Problems());
        var update = library.claims().stream().filter(c -> c.slug().equals("bridge-cost")).findFirst().orElseThrow()
                .updates().get(0);
        assertEquals(org.factpress.model.Update.Type.UPDATE, update.type());
        assertEquals("Added the ministry's reply.", update.note());
    }

    @Test
    void anUnknownRatingListsTheScaleNotANearSpelling() throws Exception {
        ContentTree t = tree().edit(COST, "rating: false", "rating: partly-true");
        assertEquals(List.of("desk/" + COST + ":6:9: error: unknown rating 'partly-true' (this site's ratings:"
                + " true (True), mostly-true (Mostly true), half-true (Half true), mostly-false (Mostly false),"
                + " false (False), pants-on-fire (Pants on fire); off the scale: misleading (Misleading),"
                + " missing-context (Missing context), unproven (Unproven), satire (Satire))",
                "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void anUnknownRatingOnASpanishSiteListsTheLabelsAsTheSiteShowsThem() throws Exception {
        ContentTree t = ContentTree.copyOf(org.factpress.TestSites.content("spanish"), dir.resolve("content"))
                .edit("articles/puente-vallesur/obras-antes-de-plazo.md", "rating: unproven", "rating: unproved");
        List<String> errors = check(t).stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of("desk/articles/puente-vallesur/obras-antes-de-plazo.md:5:9: error: unknown rating"
                + " 'unproved' (this site's ratings: true (Verdadero), mostly-true (Mayormente verdadero), half-true"
                + " (Verdad a medias), mostly-false (Mayormente falso), false (Falso), pants-on-fire (Falso y absurdo);"
                + " fuera de la escala: misleading (Engañoso), missing-context (Falta contexto), unproven (Sin pruebas),"
                + " satire (Sátira))"), errors);
    }

    @Test
    void aDayThatDoesNotExistIsSaidSo() throws Exception {
        ContentTree t = tree().edit(COST, "published: 2025-03-03", "published: 2025-02-30");
        assertEquals(List.of("desk/" + COST + ":11:12: error: field 'published': 2025-02-30 does not exist:"
                + " February 2025 has 28 days (check the day and the month)", "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void anUnknownPersonListsTheKnownIds() throws Exception {
        ContentTree t = tree().edit(COST, "editor: bob-editor", "editor: the-chief-editor");
        assertEquals(List.of("desk/" + COST + ":10:9: error: unknown person 'the-chief-editor' in 'editor'"
                + " (people.yaml has: ann-checker, bob-editor, daily-news, jane-minister; or add"
                + " 'the-chief-editor' to people.yaml)", "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void submitClaimAsksForAnAddress() throws Exception {
        ContentTree t = tree().edit("site.yaml", "submit_claim: mailto:tips@example.org",
                "submit_claim: \"Write to desk@example.org.\"");
        assertEquals(List.of("desk/site.yaml:13:17: error: field 'about.submit_claim' must be a mailto: address or an"
                + " http(s) URL, found 'Write to desk@example.org.' (e.g. mailto:desk@example.org)",
                "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void aLanguageThatIsNoLanguageTagSaysHowToWriteOne() throws Exception {
        ContentTree t = tree().edit("site.yaml", "language: en", "language: \"en\\\" onload=x\"");
        assertEquals(List.of("desk/site.yaml:4:11: error: field 'language' is not a language tag: 'en\" onload=x'"
                + " (write the language's code, e.g. en, uk, es or pt-BR)", "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void tagsWrittenAsOneLineShowTheListSyntax() throws Exception {
        ContentTree t = tree().edit(COST, "tags: [infrastructure, budget]", "tags: council finance");
        assertEquals(List.of("desk/" + COST + ":12:7: error: field 'tags' must be a list, found 'council finance'"
                + " (write a list: tags: [council, finance], or one '- council' line per item under 'tags:')",
                "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void anEmptyDateAsksForTheDate() throws Exception {
        ContentTree t = tree().edit("articles/bridge-report/article.md", "published: 2025-03-01", "published:");
        assertEquals(List.of("desk/articles/bridge-report/article.md:5:12: error: field 'published' is empty"
                + " (add the date, as YYYY-MM-DD, e.g. 2025-02-12)", "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void aColonInAValueSaysToQuoteIt() throws Exception {
        ContentTree t = tree().edit(COST, "said_where: Press conference", "said_where: Press conference: Brussels");
        assertEquals(List.of("desk/" + COST + ":5:29: error: YAML syntax: mapping values are not allowed here"
                + " (a value that contains ': ' must be in double quotes: put the value in double quotes,"
                + " e.g. title: \"Bridge: what it cost\")", "1 error, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void aTabSaysToIndentWithSpaces() throws Exception {
        ContentTree t = tree().edit(COST, "  - title: Budget report 2024", "\t- title: Budget report 2024");
        List<String> lines = check(t);
        assertTrue(lines.get(0).startsWith("desk/" + COST + ":14:1: error: YAML syntax: found character '\\t(TAB)' that cannot start any token."), lines::toString);
        assertTrue(lines.get(0).endsWith(" (indent with spaces, two per level: YAML does not allow tabs)"),
                lines::toString);
    }

    @Test
    void aMisalignedFieldSaysHowToIndent() throws Exception {
        ContentTree t = tree().edit(COST, "    publisher: Ministry of Finance", "     publisher: Ministry of Finance");
        assertEquals(List.of("desk/" + COST + ":15:15: error: YAML syntax: mapping values are not allowed here"
                + " (line this field up with the fields beside it: indent with spaces, two per"
                + " level; a value that contains ': ' or ' #' goes in double quotes)", "1 error, 0 warnings", "exit 1"),
                check(t));
    }

    @Test
    void twoTagsWithOnePageAreAnErrorNamingBoth() throws Exception {
        ContentTree t = tree().edit(COST, "tags: [infrastructure, budget]", "tags: [Київ, war crimes]")
                .edit(ROADS, "tags: [infrastructure, budget]", "tags: [київ, war-crimes]");
        assertEquals(List.of(
                "desk/" + ROADS + ":12:7: error: tag 'war-crimes' and tag 'war crimes' (" + COST + ":12) would"
                        + " share one page, tags/war-crimes/ (write the tag the same way in both files)",
                "desk/" + ROADS + ":12:7: error: tag 'київ' and tag 'Київ' (" + COST + ":12) would share one page,"
                        + " tags/київ/ (write the tag the same way in both files)",
                "2 errors, 0 warnings", "exit 1"), check(t));
    }

    @Test
    void tagsInAnyScriptAreAccepted() throws Exception {
        ContentTree t = tree().edit(COST, "tags: [infrastructure, budget]", "tags: [енергетика, Київ, Ελλάδα, عربي]");
        assertEquals(List.of("exit 0"), check(t));
    }

    @Test
    void aPublishedCheckWhoseFileIsGoneWarnsOf404() throws Exception {
        ContentTree t = tree();
        Path live = dir.resolve("site");
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--out", live.toString(), "--no-pdf");
        assertEquals(0, built.status(), built.err());
        assertEquals(List.of("exit 0"), check(t), "no warning while every published check has its file");

        java.nio.file.Files.delete(t.path(ROADS));
        String warning = "desk/articles: warning: the published check 'roads-counted' has no file any more: its"
                + " page https://example.org/factpress/claims/roads-counted/ will answer 404 after the next"
                + " build (to withdraw a check, keep its file and add an update with 'type: void' and a note saying"
                + " why (docs/content-format.md, Kinds of update))";
        String unused = "desk/people.yaml:11:9: warning: person 'daily-news' is never used (no claim names them as"
                + " claimant, author, editor or translator; remove them or check the ids)";
        assertEquals(List.of(warning, unused, "0 errors, 2 warnings", "exit 0"), check(t));
        assertEquals(List.of(warning, unused, "0 errors, 2 warnings", "exit 0"), check(t, "--out", live.toString()));
        assertEquals(List.of(unused, "0 errors, 1 warning", "exit 0"),
                check(t, "--out", dir.resolve("no-site-here").toString()), "no live site, no 404 warning");
    }

    @Test
    void sixMistakesAreAllReportedInOneRunAndNothingFalse() throws Exception {
        ContentTree t = tree()
                // 1. a bad date, 2. a misspelt claimant, 3. an unknown editor: all in one file
                .edit(COST, "published: 2025-03-03", "published: 2025-02-30")
                .edit(COST, "claimant: jane-minister", "claimant: jane-ministr")
                .edit(COST, "editor: bob-editor", "editor: chief-editor")
                // 4. a YAML mistake: the other claim does not load at all
                .edit(ROADS, "said_where: Press conference", "said_where: Press conference: Brussels")
                // 5. a rating off the scale, in a second article whose only claim also has 6. an empty date
                .write("articles/budget-speech/article.md", """
                        ---
                        title: Budget speech
                        publisher: The Daily News
                        url: https://news.example.com/budget
                        published:
                        ---
                        The minister said the budget grew by ten percent.
                        """)
                .write("articles/budget-speech/budget-growth.md", ContentTree.claim("the budget grew by ten percent",
                        "jane-minister", "partly-true", "Did the budget grow by ten percent?", "2025-03-04")
                        .replace("    url: https://finance.example.org/budget-2024",
                                "    url: https://finance.example.org/budget-2024\n"
                                        + "    archived_url: https://web.archive.org/web/2025/https://finance.example.org/b"));
        List<String> lines = check(t);
        assertEquals(List.of(
                "desk/articles/bridge-report/bridge-cost.md:3:11: error: unknown person 'jane-ministr' in 'claimant'"
                        + " (did you mean 'jane-minister'?)",
                "desk/articles/bridge-report/bridge-cost.md:10:9: error: unknown person 'chief-editor' in 'editor'"
                        + " (people.yaml has: ann-checker, bob-editor, daily-news, jane-minister; or add 'chief-editor'"
                        + " to people.yaml)",
                "desk/articles/bridge-report/bridge-cost.md:11:12: error: field 'published': 2025-02-30 does not exist:"
                        + " February 2025 has 28 days (check the day and the month)",
                "desk/articles/bridge-report/roads-counted.md:5:29: error: YAML syntax: mapping values are not"
                        + " allowed here (a value that contains ': ' must be in double quotes: put the value in double"
                        + " quotes, e.g. title: \"Bridge: what it cost\")",
                "desk/articles/budget-speech/article.md:5:12: error: field 'published' is empty (add the date, as"
                        + " YYYY-MM-DD, e.g. 2025-02-12)",
                "desk/articles/budget-speech/budget-growth.md:6:9: error: unknown rating 'partly-true' (this site's"
                        + " ratings: true (True), mostly-true (Mostly true), half-true (Half true), mostly-false (Mostly"
                        + " false), false (False), pants-on-fire (Pants on fire); off the scale: misleading (Misleading),"
                        + " missing-context (Missing context), unproven (Unproven), satire (Satire))",
                "6 errors, 0 warnings", "exit 1"), lines,
                "no 'has no claims' for bridge-report, no 'never used' for jane-minister, bob-editor or daily-news");
    }
}
