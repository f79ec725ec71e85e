package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.model.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new translation: a check's or an article's translation beside its original, every field, ready to fill in. */
class NewTranslationTest {
    static final String FOLDER = "articles/river-embankment/";

    @TempDir
    Path dir;

    private ContentTree desk() throws Exception {
        return ContentTree.copyOf(TestSites.content("multilingual"), dir.resolve("content"));
    }

    private static List<String> errors(Path content) {
        return SiteBuild.check(content).problems().all().stream().filter(Problem::isError)
                .map(p -> p.format(content)).toList();
    }

    /** Every field name the claim translation schema declares, nested ones (updates) included. */
    private static List<String> schemaFields() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema;
        try (var in = NewTranslationTest.class.getResourceAsStream("/schemas/claim-translation.schema.json")) {
            schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> names = new java.util.ArrayList<>();
        schema.path("properties").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            e.getValue().path("items").path("properties").fieldNames().forEachRemaining(names::add);
        });
        return names;
    }

    @Test
    void aNewTranslationHasEveryFieldAndPassesCheckOnceFilledIn() throws Exception {
        ContentTree t = desk();
        Factpress.Run r = Factpress.run("new", "translation", "river-embankment", "embankment-cost", "--language", "ar",
                "--content", t.root().toString());
        assertEquals(0, r.status(), r.err());
        Path file = t.path(FOLDER + "embankment-cost.ar.md");
        assertTrue(r.out().contains("wrote " + file), r.out());
        String text = Files.readString(file);
        for (String field : schemaFields()) {
            assertTrue(Pattern.compile("(?m)^\\s*(#\\s*)?(-\\s*)?" + Pattern.quote(field) + ":").matcher(text).find(),
                    field + " in\n" + text);
        }
        assertTrue(errors(t.root()).contains(FOLDER + "embankment-cost.ar.md:5:8: error: field 'quote' is empty"
                + " (fill it in, or remove the line)"), errors(t.root())::toString);

        text = NewCommandTest.fill(text, "quote", "\"سيكلّف المدينة 90 مليون هريفنيا\"");
        text = NewCommandTest.fill(text, "headline", "هل سيكلّف ترميم الكورنيش 90 مليون هريفنيا؟");
        text = NewCommandTest.fill(text, "summary", "لا. عقد الترميم بقيمة 146 مليون هريفنيا.");
        text = NewCommandTest.fill(text, "translated", "2025-03-01");
        Files.writeString(file, text + "\nالعقد يقدّر الترميم بـ146 مليون هريفنيا.\n");
        assertEquals(List.of(), errors(t.root()));
        Library ar = SiteBuild.check(t.root()).library().edition("ar");
        assertEquals("هل سيكلّف ترميم الكورنيش 90 مليون هريفنيا؟", ar.claims().stream()
                .filter(c -> c.slug().equals("embankment-cost")).findFirst().orElseThrow().headline());
    }

    @Test
    void aTranslationOfAnUpdatedCheckListsTheOriginalsUpdateDates() throws Exception {
        ContentTree t = desk();
        Factpress.Run r = Factpress.run("new", "translation", "zelenodar-budget-2025", "tram-line-funded", "--language",
                "ar", "--content", t.root().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(t.path("articles/zelenodar-budget-2025/tram-line-funded.ar.md"))
                .contains("#   - date: 2025-03-06\n#     note:\n"));
        Factpress.Run article = Factpress.run("new", "translation", "river-embankment", "--language", "en",
                "--content", t.root().toString());
        assertEquals(0, article.status(), article.err());
        assertTrue(Files.readString(t.path(FOLDER + "article.en.md")).contains("title:"));
    }

    @Test
    void aTranslationIntoALanguageTheSiteDoesNotListOrOfNothingIsRefused() throws Exception {
        ContentTree t = desk();
        String c = t.root().toString();
        assertEquals(List.of("factpress: uk is the site's default language, which the original is written in;"
                        + " translate into one of en, ar", "see: factpress new translation --help", "exit 2"),
                Factpress.run("new", "translation", "river-embankment", "embankment-cost", "--language", "uk",
                        "--content", c).errLines());
        assertEquals(List.of("factpress: 'fr' is not one of the site's other languages (en, ar); list it in"
                        + " site.yaml's 'languages' first, e.g. {code: fr, name: ...}", "see: factpress new translation --help",
                        "exit 2"),
                Factpress.run("new", "translation", "river-embankment", "embankment-cost", "--language", "fr",
                        "--content", c).errLines());
        assertEquals(List.of("factpress: no " + t.path(FOLDER + "embankment-price.md") + " to translate",
                        "see: factpress new translation --help", "exit 2"),
                Factpress.run("new", "translation", "river-embankment", "embankment-price", "--language", "en",
                        "--content", c).errLines());
        assertEquals(List.of("factpress: " + t.path(FOLDER + "embankment-half-done.en.md") + " already exists;"
                        + " factpress new never overwrites a file", "exit 1"),
                Factpress.run("new", "translation", "river-embankment", "embankment-half-done", "--language", "en",
                        "--content", c).errLines());
    }
}
