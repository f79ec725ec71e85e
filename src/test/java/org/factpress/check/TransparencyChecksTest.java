package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/** Corrections, repeats, appearances, scales and who-we-are: each mistake one problem at its line, with a hint. */
class TransparencyChecksTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    static final String ROADS = "articles/bridge-report/roads-counted.md";
    static final String TAGS = "tags: [infrastructure, budget]";

    @TempDir
    Path dir;

    private static List<Problem> problems(ContentTree t, boolean errors) {
        return SiteBuild.check(t.root(), WarningsTest.TODAY).problems().all().stream()
                .filter(p -> p.isError() == errors).toList();
    }

    private static Problem onlyError(ContentTree t, String file, int line, String part) {
        List<Problem> errors = problems(t, true);
        assertEquals(1, errors.size(), errors::toString);
        Problem p = errors.get(0);
        assertEquals(t.path(file), p.position().file(), p::toString);
        assertEquals(line, p.position().line(), p::toString);
        assertTrue(p.message().contains(part), p::toString);
        return p;
    }

    @Test
    void sameAsMustNameAnExistingCheck() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(ROADS, TAGS, TAGS + "\nsame_as: bridge-cots");
        Problem p = onlyError(t, ROADS, 13, "'same_as' names no check: 'bridge-cots'");
        assertEquals("did you mean 'bridge-cost'?", p.hint());
    }

    @Test
    void sameAsMayNotPointAtItself() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(ROADS, TAGS, TAGS + "\nsame_as: roads-counted");
        onlyError(t, ROADS, 13, "points at this check itself");
    }

    @Test
    void sameAsMayNotChain() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(ROADS, TAGS, TAGS + "\nsame_as: bridge-cost");
        t.write("articles/bridge-report/roads.md", ContentTree.claim("the bridge's real cost was closer to two billion",
                "jane-minister", "false", "Again?", "2025-03-05").replace(TAGS, TAGS + "\nsame_as: roads-counted"));
        Problem p = onlyError(t, "articles/bridge-report/roads.md", 13, "which is itself a repeat of 'bridge-cost'");
        assertEquals("point at the first check directly: same_as: bridge-cost", p.hint());
    }

    @Test
    void aRatingChangeNamesAKnownPreviousRating() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, TAGS, TAGS + """

                updates:
                  - date: 2025-03-04
                    type: rating-change
                    previous_rating: mostly-flase
                    note: Changed.""");
        Problem p = onlyError(t, COST, 16, "unknown rating 'mostly-flase' in 'previous_rating'");
        assertTrue(p.hint().startsWith("this site's ratings: true (True), mostly-true (Mostly true),"), p.hint());

        t.edit(COST, "    previous_rating: mostly-flase\n", "");
        onlyError(t, COST, 14, "missing required field 'updates[0].previous_rating'");
    }

    @Test
    void aRatingChangeToTheSameRatingIsAWarning() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, TAGS, TAGS + """

                updates:
                  - date: 2025-03-04
                    type: rating-change
                    previous_rating: "false"
                    note: Changed.""");
        List<Problem> w = problems(t, false).stream().filter(p -> p.message().contains("previous_rating")).toList();
        assertEquals(1, w.size(), w::toString);
        assertEquals(16, w.get(0).position().line());
        assertEquals("'previous_rating' is 'false', the rating the check has now", w.get(0).message());
    }

    @Test
    void aConclusionOnlySiteHasNoRatingToChange() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "publisher:", "rating_scale: conclusion\npublisher:");
        t.edit(COST, "rating: false", "verdict: Wrong.");
        t.edit(ROADS, "rating: mostly-true", "verdict: Correct.");
        t.edit(COST, TAGS, TAGS + """

                updates:
                  - date: 2025-03-04
                    type: rating-change
                    previous_rating: right
                    note: Changed.""");
        Problem p = onlyError(t, COST, 15, "a conclusion-only site has no rating to change");
        assertTrue(p.hint().contains("type: correction"), p.hint());
    }

    @Test
    void anUpdateSaysWhatKindItIs() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, TAGS, TAGS + """

                updates:
                  - date: 2025-03-04
                    type: corection
                    note: Fixed.""");
        Problem p = onlyError(t, COST, 15, "found 'corection'");
        assertEquals("did you mean 'correction'?", p.hint());
        // Written {date, note}, as before 'type' existed: an update, not an error.
        t.edit(COST, "    type: corection\n", "");
        assertTrue(problems(t, true).stream().noneMatch(e -> e.message().contains("type")), () -> problems(t, true).toString());
    }

    @Test
    void onlyOneAppearanceIsTheFirst() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, TAGS, TAGS + """

                appearances:
                  - url: https://social.example/1
                    date: 2025-02-27
                    first: true
                  - url: https://social.example/2
                    date: 2025-02-28
                    first: true""");
        onlyError(t, COST, 13, "more than one appearance is marked 'first: true'");
    }

    @Test
    void anUnknownPresetSuggestsTheNearest() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "publisher:", "rating_scale: snoops\npublisher:");
        List<Problem> errors = problems(t, true);
        assertTrue(errors.stream().allMatch(p -> p.position().file().equals(t.path("site.yaml")) && p.position().line() == 5),
                errors::toString);
        assertTrue(errors.stream().anyMatch(p -> "did you mean 'snopes'?".equals(p.hint())), errors::toString);
    }

    @Test
    void aConclusionOnlySiteAsksForAVerdictNotARating() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "publisher:", "rating_scale: conclusion\npublisher:");
        t.edit(ROADS, "rating: mostly-true", "verdict: Correct.");
        // bridge-cost still has a rating and no verdict: both said, at their lines.
        List<Problem> errors = problems(t, true);
        assertEquals(List.of("2: missing required field 'verdict'",
                "6: this site gives conclusions, not ratings (rating_scale: conclusion)"),
                errors.stream().map(p -> p.position().line() + ": " + p.message()).toList());
        assertTrue(errors.get(1).hint().contains("'verdict'"), errors.get(1).hint());

        ContentTree scaled = ContentTree.valid(dir.resolve("scaled")).edit(ROADS, "rating: mostly-true",
                "rating: mostly-true\nverdict: Correct.");
        onlyError(scaled, ROADS, 7, "'verdict' is for sites with rating_scale: conclusion");
    }

    @Test
    void peoplesSameAsIsAListOfUrls() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("people.yaml", "  role: Minister of Works",
                "  role: Minister of Works\n  same_as:\n    - wikidata Q42");
        assertTrue(problems(t, true).stream().anyMatch(p -> p.position().file().equals(t.path("people.yaml"))
                && p.position().line() == 5), () -> problems(t, true).toString());
    }

    @Test
    void eachMissingWhoWeAreItemIsAWarning() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        assertEquals(List.of(), problems(t, false).stream().filter(p -> p.message().contains("about.")).toList());

        t.edit("site.yaml", "  submit_claim: mailto:tips@example.org\n", "");
        List<Problem> one = problems(t, false).stream().filter(p -> p.message().contains("about.")).toList();
        assertEquals(1, one.size(), one::toString);
        assertEquals("site.yaml has no 'about.submit_claim'", one.get(0).message());
        assertEquals(8, one.get(0).position().line());

        t.write("site.yaml", Files.readString(t.path("site.yaml")).replaceAll("(?s)about:.*", ""));
        List<Problem> all = problems(t, false).stream().filter(p -> p.message().contains("about.")).toList();
        assertEquals(List.of("site.yaml has no 'about.corrections_policy'", "site.yaml has no 'about.funding_and_ownership'",
                "site.yaml has no 'about.masthead'", "site.yaml has no 'about.methodology'",
                "site.yaml has no 'about.submit_claim'"), all.stream().map(Problem::message).sorted().toList());
        assertTrue(all.stream().allMatch(p -> p.position().line() == 1 && p.hint().startsWith("fact-checking networks")));
    }

    @Test
    void aSubmitAddressIsMailtoOrAWebForm() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "mailto:tips@example.org", "tips at example.org");
        assertTrue(problems(t, true).stream().anyMatch(p -> p.position().line() == 13), () -> problems(t, true).toString());
    }
}
