package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check on translations, as the editor reads it: each mistake at its file, line and field with the fix, all in one
 * run, and the one warning no generator gives: a translation older than a change to its original.
 */
class TranslationCheckTest {
    static final String COST = ContentTree.COST;
    static final String COST_UK = ContentTree.COST_UK;
    static final String ARTICLE_UK = "articles/bridge-report/article.uk.md";

    @TempDir
    Path dir;

    /** The valid tree in English (the default) and Ukrainian, checking clean, with no translation yet. */
    ContentTree tree() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (String claim : List.of(COST, "articles/bridge-report/roads-counted.md")) {
            t.edit(claim, "    url: https://finance.example.org/budget-2024",
                    "    url: https://finance.example.org/budget-2024\n"
                            + "    archived_url: https://web.archive.org/web/2025/https://finance.example.org/budget-2024");
        }
        return t.inEnglishAnd("uk", "Українська");
    }

    /** {@link #tree()} with a translator in people.yaml. */
    ContentTree withTranslator() throws Exception {
        return tree().withTranslator();
    }

    /** A Ukrainian translation of bridge-cost; {@code more}: lines added to its front matter. */
    static String translation(String quote, String more) {
        return ContentTree.costInUkrainian(quote, more);
    }

    static final String ARTICLE_IN_UK = """
            ---
            title: Міністр захищає вартість мосту
            ---
            Міністр сказав, що міст коштував «чотири мільярди євро».
            """;

    /** What check printed, line by line, the content folder as "desk", the exit status last. */
    static List<String> check(Path content) {
        Factpress.Run r = Factpress.run("check", "--content", content.toString(), "--templates", "templates");
        return r.errLines().stream().map(l -> l.replace(content.toString(), "desk")).toList();
    }

    /** The fixture desk's own texts are in uk and en: each one's Arabic missing is a warning, at its line. */
    @Test
    void theFixtureDeskChecksWithItsStaleTranslationAndItsArabicLessTextsWarned() {
        List<String> missingInArabic = new java.util.ArrayList<>();
        for (String at : List.of("4:1: warning: 'title'", "7:1: warning: 'description'",
                "22:3: warning: 'about.masthead'", "25:3: warning: 'about.funding_and_ownership'",
                "28:3: warning: 'about.corrections_policy'", "31:3: warning: 'about.methodology'")) {
            String field = at.substring(at.indexOf('\''));
            missingInArabic.add("desk/site.yaml:" + at + " has no text in ar (العربية) (readers in ar see the uk text,"
                    + " marked with its language; to give theirs, add ar: ... under " + field + ")");
        }
        List<String> expected = new java.util.ArrayList<>(List.of("desk/articles/zelenodar-budget-2025/"
                + "tram-line-funded.en.md:8:13: warning: uk original articles/zelenodar-budget-2025/tram-line-funded.md"
                + " re-rated mostly-true -> missing-context on 2025-03-06; en translation dated 2025-03-04 (bring the"
                + " en words up to date with the original, then set 'translated:' to the day you did)"));
        expected.addAll(missingInArabic);
        expected.addAll(List.of("0 errors, 7 warnings", "exit 0"));
        assertEquals(expected, check(TestSites.content("multilingual")));
        assertEquals("desk/site.yaml:31:3: warning: 'about.methodology' has no text in ar (العربية) (readers in ar"
                + " see the uk text, marked with its language; to give theirs, add ar: ... under 'about.methodology')",
                missingInArabic.get(5));
        assertEquals("content OK: 2 source articles, 4 claims, 5 translations\n", Factpress.run("check", "--content",
                TestSites.content("multilingual").toString()).out());
    }

    @Test
    void aGoodTranslationChecksClean() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("чотири мільярди євро", ""))
                .write(ARTICLE_UK, ARTICLE_IN_UK);
        assertEquals(List.of("exit 0"), check(t.root()));
    }

    @Test
    void aTranslationWithAnEmptyFieldHasItsQuoteCheckedAllTheSame() throws Exception {
        ContentTree t = withTranslator()
                .write(COST_UK, translation("п'ять мільярдів", "").replace("translated: 2025-03-04", "translated:"))
                .write(ARTICLE_UK, ARTICLE_IN_UK);
        List<String> errors = check(t.root()).stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("desk/" + COST_UK + ":2:8: error: quote not found in the article text"),
                errors::toString);
        assertTrue(errors.get(1).startsWith("desk/" + COST_UK + ":5:13: error: field 'translated' is empty"),
                errors::toString);
    }

    @Test
    void everyMistakeInTranslationsIsReportedInOneRun() throws Exception {
        ContentTree t = withTranslator()
                .write("articles/bridge-report/bridge-cots.uk.md", translation("міст", ""))
                .write("articles/bridge-report/roads-counted.fr.md", translation("roads", ""))
                .write("articles/bridge-report/roads-counted.en.md", translation("roads", ""))
                .write(COST_UK, translation("п'ять мільярдів", """
                        rating: "false"
                        updates:
                          - date: 2025-03-07
                            note: Виправили суму.
                        """).replace("translator: olha-translator", "translator: olha-translatr"))
                .write(ARTICLE_UK, ARTICLE_IN_UK);
        assertEquals(List.of(
                "desk/articles/bridge-report/bridge-cost.uk.md:2:8: error: quote not found in the article text"
                        + " (closest passage: \"чотири мільярди\"; the article has \"чотири мільярди\" where the quote has"
                        + " \"п'ять мільярдів\")",
                "desk/articles/bridge-report/bridge-cost.uk.md:6:13: error: unknown person 'olha-translatr' in"
                        + " 'translator' (did you mean 'olha-translator'?)",
                "desk/articles/bridge-report/bridge-cost.uk.md:7:1: error: field 'rating' comes from the original:"
                        + " a translation holds only the words (remove it here; the original's 'rating' holds in"
                        + " every language)",
                "desk/articles/bridge-report/bridge-cost.uk.md:9:11: error: the original has no update on 2025-03-07"
                        + " for this note to translate (the original has no updates; give the date of the update this"
                        + " note translates, or remove it)",
                "desk/articles/bridge-report/bridge-cots.uk.md:1:1: error: translation of 'bridge-cots', but there is no"
                        + " bridge-cots.md beside it in articles/bridge-report/ (a translation into uk already exists"
                        + " (bridge-cost.uk.md); remove this file, or, if it translates another check, name it after"
                        + " that check: <claim-slug>.uk.md)",
                "desk/articles/bridge-report/roads-counted.en.md: error: a translation into en, the site's default"
                        + " language, which the original (roads-counted.md) is written in (remove this file, or name"
                        + " it for the language it is in: roads-counted.<code>.md)",
                "desk/articles/bridge-report/roads-counted.fr.md: error: translation into 'fr', which is not one of"
                        + " the site's languages (en, uk) (add {code: fr, name: ...} to 'languages' in site.yaml)",
                "7 errors, 0 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void aQuoteIsNotLookedForWhenTheArticleIsNotTranslated() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("будь-які слова перекладу", ""));
        assertEquals(List.of("exit 0"), check(t.root()));
    }

    @Test
    void siteLanguagesMustBeTagsGivenOnceAndAgreeWithLanguage() throws Exception {
        ContentTree t = tree().edit("site.yaml", "  - code: uk", "  - code: en\n    name: English again\n  - code: uk_UA\n"
                + "    name: Українська\n  - code: uk").edit("site.yaml", "languages:", "language: uk\nlanguages:");
        assertEquals(List.of(
                "desk/site.yaml:4:11: error: 'language' (uk) is not the first of 'languages' (en), the site's default"
                        + " (remove 'language': the first of 'languages' is the default; or put uk first)",
                "desk/site.yaml:8:11: error: language 'en' is listed twice in 'languages' (list each language once,"
                        + " the default first)",
                "desk/site.yaml:10:11: error: field 'languages[2].code' is not a language tag: 'uk_UA' (write the"
                        + " language's code, e.g. en, uk, es or pt-BR)",
                "3 errors, 0 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void aSiteNeedsLanguageOrLanguages() throws Exception {
        ContentTree t = tree().edit("site.yaml", """
                languages:
                  - code: en
                    name: English
                  - code: uk
                    name: Українська
                """, "");
        assertEquals(List.of("desk/site.yaml:1:1: error: missing required field 'language'", "1 error, 0 warnings",
                "exit 1"), check(t.root()));
    }

    @Test
    void eachLanguageNeedsTheThemesWords() throws Exception {
        ContentTree t = tree().edit("site.yaml", "  - code: uk\n    name: Українська", "  - code: ja\n    name: 日本語");
        assertEquals(List.of("desk/site.yaml:7:11: error: the theme has no words for language 'ja': there is no"
                        + " templates/i18n/ja.yaml (use a shipped language (ar, de, el, en, es, fr, pt, uk), or copy"
                        + " templates/i18n/en.yaml to ja.yaml and translate its texts)", "1 error, 0 warnings", "exit 1"),
                check(t.root()));
    }

    @Test
    void aDesksOwnScaleGivesEachLabelInEveryLanguage() throws Exception {
        ContentTree t = tree().edit("site.yaml", "publisher:", """
                ratings:
                  - id: mostly-true
                    label: {en: Mostly true, uk: Переважно правда}
                    value: 2
                    meaning: {en: Nearly right., uk: Майже так.}
                  - id: "false"
                    label: {en: "False", ua: Неправда}
                    value: 1
                    meaning: Not right.
                publisher:""");
        assertEquals(List.of(
                "desk/site.yaml:15:12: error: rating 'false' has no label in uk (Українська) (give the label in each"
                        + " of the site's languages: label: {en: ..., uk: ...})",
                "desk/site.yaml:15:26: error: rating 'false' has a label in 'ua', which is not one of the site's"
                        + " languages (en, uk) (add it to 'languages' in site.yaml, or remove this line)",
                "desk/site.yaml:17:14: error: rating 'false' has no meaning in uk (Українська) (give the meaning in each"
                        + " of the site's languages: meaning: {en: ..., uk: ...})",
                "3 errors, 0 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void theDesksOwnTextsPerLanguageNameEachSlip() throws Exception {
        ContentTree t = tree().edit("site.yaml", "title: Test Desk\n", "title: {en: Test Desk, UK: Тестова редакція}\n")
                .edit("site.yaml", "  methodology: We check claims against **primary sources**.\n", """
                          methodology:
                            en: We check claims against **primary sources**.
                            de: Wir prüfen Aussagen an **Primärquellen**.
                        """)
                .edit("site.yaml", "  submit_claim: mailto:tips@example.org\n",
                        "  submit_claim: {en: \"mailto:tips@example.org\", uk: tips at example.org}\n");
        assertEquals(List.of(
                "desk/site.yaml:1:8: warning: 'title' has no text in uk (Українська) (readers in uk see the en text,"
                        + " marked with its language; to give theirs, add uk: ... under 'title')",
                "desk/site.yaml:1:24: error: 'title' has a text in 'UK', which is not one of the site's languages"
                        + " (en, uk) (did you mean 'uk'?)",
                "desk/site.yaml:16:3: warning: 'about.methodology' has no text in uk (Українська) (readers in uk see"
                        + " the en text, marked with its language; to give theirs, add uk: ... under"
                        + " 'about.methodology')",
                "desk/site.yaml:18:5: error: 'about.methodology' has a text in 'de', which is not one of the site's"
                        + " languages (en, uk) (add it to 'languages' in site.yaml, or remove this line)",
                "desk/site.yaml:19:53: error: field 'about.submit_claim.uk' must be a mailto: address or an http(s)"
                        + " URL, found 'tips at example.org' (e.g. mailto:tips@example.org or"
                        + " https://example.org/tips)",
                "3 errors, 2 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void theDesksOwnTextsSpeakEachEditionsLanguage() throws Exception {
        ContentTree t = tree().edit("site.yaml", "title: Test Desk\n", "title: {en: Test Desk, uk: Тестова редакція}\n")
                .edit("site.yaml", "  methodology: We check claims against **primary sources**.\n", """
                          methodology:
                            en: We check claims against **primary sources**.
                            uk: Ми перевіряємо твердження за **першоджерелами**.
                        """)
                .edit("site.yaml", "  submit_claim: mailto:tips@example.org\n",
                        "  submit_claim: {en: \"mailto:tips@example.org\", uk: \"https://example.org/uk/tips\"}\n");
        assertEquals(List.of("exit 0"), check(t.root()));
        var library = org.factpress.build.SiteBuild.check(t.root()).library();
        assertEquals("Test Desk", library.site().title());
        assertEquals("We check claims against **primary sources**.", library.site().about().methodology().text());
        var uk = library.edition("uk").site();
        assertEquals("Тестова редакція", uk.title());
        assertEquals("uk", uk.titleText().language());
        assertEquals("Ми перевіряємо твердження за **першоджерелами**.", uk.about().methodology().text());
        assertEquals("https://example.org/uk/tips", uk.about().submitClaim().text());
        // plain texts hold in every language, in no language of their own
        assertEquals("Write to us and we correct within a day, openly.", uk.about().correctionsPolicy().text());
        assertEquals(null, uk.about().correctionsPolicy().language());
        assertEquals("Checks for tests.", uk.description());
    }

    @Test
    void aDesksOwnScaleSpeaksEachEditionsLanguage() throws Exception {
        ContentTree t = tree().edit("site.yaml", "publisher:", """
                ratings:
                  - id: mostly-true
                    label: {en: Mostly true, uk: Переважно правда}
                    value: 2
                    meaning: {en: Nearly right., uk: Майже так.}
                  - id: "false"
                    label: {en: "False", uk: Неправда}
                    value: 1
                    meaning: {en: Not right., uk: Не так.}
                publisher:""");
        assertEquals(List.of("exit 0"), check(t.root()));
        var library = org.factpress.build.SiteBuild.check(t.root()).library();
        assertEquals(List.of("Mostly true", "False"),
                library.site().scale().ratings().stream().map(org.factpress.model.Rating::label).toList());
        var uk = library.edition("uk").site().scale();
        assertEquals(List.of("Переважно правда", "Неправда"),
                uk.ratings().stream().map(org.factpress.model.Rating::label).toList());
        assertEquals("Не так.", uk.find("false").orElseThrow().meaning());
    }

    @Test
    void aTranslationThatDidNotLoadStillNamesItsTranslator() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("міст", "")
                .replace("headline: Чи коштував міст чотири мільярди євро?\n", ""));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cost.uk.md:2:1: error: missing required field"
                + " 'headline'", "1 error, 0 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void aSiteInOneLanguageIsToldHowToListItsLanguages() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("people.yaml", "daily-news:", "olha-translator:\n  name: Ольга\ndaily-news:")
                .write(COST_UK, translation("міст", ""));
        List<String> lines = check(t.root()).stream().filter(l -> l.contains("error")).toList();
        assertEquals("desk/articles/bridge-report/bridge-cost.uk.md: error: translation into 'uk', which is not one"
                + " of the site's languages (en) (to publish in uk, list the site's languages in site.yaml, the"
                + " default first: languages: [{code: en, name: ...}, {code: uk, name: ...}])", lines.get(0));
    }

    @Test
    void fileNamesAndTextsOfTranslationsAreChecked() throws Exception {
        ContentTree t = withTranslator().write("articles/bridge-report/bridge-cost.u_k.md", translation("міст", ""))
                .write(ARTICLE_UK, "---\ntitle: Міст\n---\n");
        assertEquals(List.of(
                "desk/articles/bridge-report/article.uk.md:4:1: error: the translation has no text (paste the"
                        + " article's text in this language under the closing '---')",
                "desk/articles/bridge-report/bridge-cost.u_k.md: error: file name 'bridge-cost.u_k.md': 'u_k' is not"
                        + " a language code (a translation is named <original>.<code>.md with one of site.yaml's"
                        + " 'languages', e.g. bridge-cost.en.md)",
                "desk/people.yaml:11:9: warning: person 'olha-translator' is never used (no claim names them as"
                        + " claimant, author, editor or translator; remove them or check the ids)",
                "2 errors, 1 warning", "exit 1"), check(t.root()));
    }

    @Test
    void aConclusionSitesTranslationGivesTheVerdictInItsLanguage() throws Exception {
        ContentTree t = withTranslator().edit("site.yaml", "publisher:", "rating_scale: conclusion\npublisher:")
                .edit(COST, "rating: false", "verdict: Wrong, it cost half.")
                .edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "verdict: Right.")
                .write(COST_UK, translation("міст", ""));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cost.uk.md:2:1: error: missing required field"
                + " 'verdict'", "1 error, 0 warnings", "exit 1"), check(t.root()));
        t.edit(COST_UK, "translated:", "verdict: Неправда, він коштував удвічі менше.\ntranslated:");
        assertEquals(List.of("exit 0"), check(t.root()));
        var en = org.factpress.build.SiteBuild.check(t.root()).library().edition("uk");
        assertEquals("Неправда, він коштував удвічі менше.", en.claims().stream()
                .filter(c -> c.slug().equals("bridge-cost")).findFirst().orElseThrow().verdict().conclusion());
    }

    /** The warning on bridge-cost.uk.md for {@code change}, the translation dated {@code translated}. */
    static String stale(String change, String translated) {
        return "desk/articles/bridge-report/bridge-cost.uk.md:5:13: warning: en original"
                + " articles/bridge-report/bridge-cost.md " + change + "; uk translation dated " + translated
                + " (bring the uk words up to date with the original, then set 'translated:' to the day you did)";
    }

    /** bridge-cost with {@code updates} (front matter lines) after its tags. */
    static ContentTree withUpdates(ContentTree t, String updates) throws Exception {
        return t.withCostUpdates(updates);
    }

    @Test
    void aTranslationIsWarnedOfTheMostSeriousChangeItPredatesAndHowMany() throws Exception {
        ContentTree t = withUpdates(withTranslator().write(COST_UK, translation("міст", "")), """
                updated: 2025-03-09
                updates:
                  - date: 2025-03-05
                    type: rating-change
                    previous_rating: mostly-true
                    note: Re-rated.
                  - date: 2025-03-07
                    type: correction
                    note: Corrected a figure.""");
        // the re-rating, not the later correction nor the later 'updated', is what the translator must hear of
        assertEquals(List.of(stale("re-rated mostly-true -> false on 2025-03-05, the most serious of 3 changes the"
                + " translation predates (2025-03-05, 2025-03-07, 2025-03-09)", "2025-03-04"), "0 errors, 1 warning",
                "exit 0"), check(t.root()));
        t.edit(COST, "updated: 2025-03-09\n", "");
        assertEquals(List.of(stale("re-rated mostly-true -> false on 2025-03-05, the most serious of 2 changes the"
                + " translation predates (2025-03-05, 2025-03-07)", "2025-03-04"), "0 errors, 1 warning", "exit 0"),
                check(t.root()));
        // a change on the 'translated' day is taken as in the translation: only the correction after it counts
        t.edit(COST_UK, "translated: 2025-03-04", "translated: 2025-03-05");
        assertEquals(List.of(stale("corrected on 2025-03-07", "2025-03-05"), "0 errors, 1 warning", "exit 0"),
                check(t.root()));
        t.edit(COST_UK, "translated: 2025-03-05", "translated: 2025-03-07");
        assertEquals(List.of("exit 0"), check(t.root()));
    }

    @Test
    void aReRatingFollowedByAPlainUpdateIsStillAReRating() throws Exception {
        ContentTree t = withUpdates(withTranslator().write(COST_UK, translation("міст", "")), """
                updates:
                  - date: 2025-03-06
                    type: rating-change
                    previous_rating: mostly-true
                    note: Re-rated.
                  - date: 2025-03-07
                    note: Added a source.""");
        assertEquals(List.of(stale("re-rated mostly-true -> false on 2025-03-06, the most serious of 2 changes the"
                + " translation predates (2025-03-06, 2025-03-07)", "2025-03-04"), "0 errors, 1 warning", "exit 0"),
                check(t.root()));
        var library = org.factpress.build.SiteBuild.check(t.root()).library();
        var cost = library.claims().stream().filter(c -> c.slug().equals("bridge-cost")).findFirst().orElseThrow();
        org.factpress.model.Staleness s = library.staleness(cost, "uk").orElseThrow();
        assertEquals(true, s.rerated());
        assertEquals(java.time.LocalDate.of(2025, 3, 6), s.changed());
        assertEquals(2, s.changes().size());
    }

    @Test
    void aWithdrawalOutranksEveryOtherChange() throws Exception {
        ContentTree t = withUpdates(withTranslator().write(COST_UK, translation("міст", "")), """
                updates:
                  - date: 2025-03-05
                    type: void
                    note: Withdrawn.
                  - date: 2025-03-06
                    type: rating-change
                    previous_rating: mostly-true
                    note: Re-rated.
                  - date: 2025-03-07
                    type: correction
                    note: Corrected.""");
        List<String> lines = check(t.root());
        String withdrawn = stale("withdrawn on 2025-03-05, the most serious of 3 changes the translation predates"
                + " (2025-03-05, 2025-03-06, 2025-03-07)", "2025-03-04");
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains(withdrawn), lines.toString());
    }

    @Test
    void anUpdatedDateAloneIsAChange() throws Exception {
        ContentTree t = withUpdates(withTranslator().write(COST_UK, translation("міст", "")), "updated: 2025-03-08");
        assertEquals(List.of(stale("updated ('updated') on 2025-03-08", "2025-03-04"), "0 errors, 1 warning",
                "exit 0"), check(t.root()));
    }

    @Test
    void aTranslationOfAMisspeltSlugIsNotToldToTakeTheNameOfOneThatExists() throws Exception {
        ContentTree t = withTranslator().write("articles/bridge-report/bridge-cots.uk.md", translation("міст", ""));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cots.uk.md:1:1: error: translation of 'bridge-cots',"
                + " but there is no bridge-cots.md beside it in articles/bridge-report/ (did you mean 'bridge-cost'?"
                + " rename the file bridge-cost.uk.md)", "1 error, 0 warnings", "exit 1"), check(t.root()));
        t.write(COST_UK, translation("міст", ""));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cots.uk.md:1:1: error: translation of 'bridge-cots',"
                + " but there is no bridge-cots.md beside it in articles/bridge-report/ (a translation into uk already"
                + " exists (bridge-cost.uk.md); remove this file, or, if it translates another check, name it after"
                + " that check: <claim-slug>.uk.md)", "1 error, 0 warnings", "exit 1"), check(t.root()));
    }

    @Test
    void aTranslationsWordsThePdfFontsLackAreWarnedAtTheirField() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("міст", "").replace(
                "headline: Чи коштував міст чотири мільярди євро?", "headline: 大桥花了四十亿欧元吗？"));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cost.uk.md:3:11: warning: 'headline' has characters"
                + " the PDF fonts lack: '了' U+4E86, '亿' U+4EBF, '元' U+5143, '十' U+5341, '吗' U+5417, and 6 more"
                + " (the PDFs would print '#' in their place; the web pages show them)", "0 errors, 1 warning", "exit 0"),
                check(t.root()));
    }

    @Test
    void anArticlesTranslationHoldsItsTitleTextAndAddress() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("чотири мільярди євро", ""))
                .write(ARTICLE_UK, ARTICLE_IN_UK.replace("title:", "publisher: Щоденні новини\ntitle:"));
        assertEquals(List.of("desk/articles/bridge-report/article.uk.md:2:1: error: field 'publisher' comes from the"
                + " original: a translation holds only the words (remove it here; the original's 'publisher' holds in"
                + " every language)", "1 error, 0 warnings", "exit 1"), check(t.root()));
        t.write(ARTICLE_UK, ARTICLE_IN_UK.replace("title:", "url: https://news.example.com/uk/bridge\ntitle:"));
        assertEquals(List.of("exit 0"), check(t.root()));
        var uk = org.factpress.build.SiteBuild.check(t.root()).library().edition("uk");
        assertEquals("https://news.example.com/uk/bridge", uk.article("bridge-report").orElseThrow().url());
        assertEquals("Міністр захищає вартість мосту", uk.article("bridge-report").orElseThrow().title());
    }

    @Test
    void languageMayBeGivenWithLanguagesWhenItIsTheFirst() throws Exception {
        ContentTree t = tree().edit("site.yaml", "languages:", "language: en\nlanguages:");
        assertEquals(List.of("exit 0"), check(t.root()));
    }

    @Test
    void twoTranslationsTagsWrittenDifferentlyWouldShareAPage() throws Exception {
        ContentTree t = withTranslator().write(COST_UK, translation("міст", "tags: [Бюджет]\n"))
                .write("articles/bridge-report/roads-counted.uk.md", translation("дороги", "tags: [бюджет]\n"));
        assertEquals(List.of("desk/articles/bridge-report/roads-counted.uk.md:7:7: error: tag 'бюджет' and tag"
                + " 'Бюджет' (articles/bridge-report/bridge-cost.uk.md:7) would share one page, tags/бюджет/ in the uk"
                + " edition (write the tag the same way in both files)", "1 error, 0 warnings", "exit 1"),
                check(t.root()));
    }

    @Test
    void aTranslatedQuoteLongerThanSearchToolsShowIsWarned() throws Exception {
        String quote = "міністр сказав, що міст коштував чотири мільярди євро, і що дороги довкола нього теж";
        ContentTree t = withTranslator().write(COST_UK, translation(quote, ""));
        assertEquals(List.of("desk/articles/bridge-report/bridge-cost.uk.md:2:8: warning: quote is " + quote.length()
                + " characters; fact-check search tools cut ClaimReview's claimReviewed after 75 (quote the shortest"
                + " passage that makes the claim)", "0 errors, 1 warning", "exit 0"), check(t.root()));
    }
}
