package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.junit.jupiter.api.Test;

/** The multilingual fixture desk read into the model: each translation beside its original, attached to it. */
class TranslationLoadTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static Library library() {
        SiteBuild.Checked checked = SiteBuild.check(TestSites.content("multilingual"), TODAY);
        List<Problem> errors = checked.problems().all().stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
        return checked.library();
    }

    private static Claim claim(Library library, String slug) {
        return library.claims().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void theSiteListsItsLanguagesDefaultFirst() {
        Library library = library();
        assertEquals(List.of(new Language("uk", "Українська"), new Language("en", "English"),
                new Language("ar", "العربية")), library.site().languages());
        assertEquals("uk", library.site().language());
        assertEquals("uk", library.site().defaultLanguage());
        assertTrue(library.site().multilingual());
    }

    @Test
    void translationsAreAttachedToTheirOriginalsNotReadAsChecks() {
        Library library = library();
        assertEquals(List.of("schools-budget-doubled", "tram-line-funded", "embankment-cost", "embankment-half-done"),
                library.claims().stream().map(Claim::slug).sorted(java.util.Comparator.comparing(s ->
                        List.of("schools-budget-doubled", "tram-line-funded", "embankment-cost",
                                "embankment-half-done").indexOf(s))).toList());
        assertEquals(4, library.claims().size());
        Claim schools = claim(library, "schools-budget-doubled");
        ClaimTranslation en = library.translation(schools, "en").orElseThrow();
        assertEquals("Has Zelenodar's school spending doubled?", en.headline());
        assertEquals("zelenodar-budget-2025", en.articleSlug());
        assertEquals(LocalDate.of(2025, 3, 9), en.translated());
        assertEquals("sofia-lysenko", en.translatorId());
        assertEquals(List.of("budget", "education"), en.tags());
        assertEquals(List.of(new ClaimTranslation.UpdateNote(LocalDate.of(2025, 3, 8),
                "We corrected the 2024 school spending figure: 412 million hryvnias, not 420.")), en.notes());
        assertEquals("هل تضاعف إنفاق زيلينودار على المدارس؟",
                library.translation(schools, "ar").orElseThrow().headline());
        assertTrue(library.translation(claim(library, "tram-line-funded"), "ar").isEmpty());
        assertTrue(library.translation(claim(library, "embankment-cost"), "en").isEmpty());
        assertEquals(4, library.claimTranslations().size());
        SourceArticle budget = library.article("zelenodar-budget-2025").orElseThrow();
        assertEquals("https://visnyk.example.org/en/budget-2025",
                library.translation(budget, "en").orElseThrow().url());
        assertTrue(library.translation(library.article("river-embankment").orElseThrow(), "en").isEmpty());
    }

    @Test
    void anEditionSpeaksItsLanguageWhereTranslatedAndKeepsOneVerdict() {
        Library library = library();
        Library en = library.edition("en");
        assertEquals("en", en.site().language());
        Claim schools = claim(en, "schools-budget-doubled");
        assertEquals("spending on schools has doubled", schools.statement().quote());
        assertEquals("mostly-false", schools.verdict().ratingId());
        assertEquals("We corrected the 2024 school spending figure: 412 million hryvnias, not 420.",
                schools.updates().get(0).note());
        assertEquals("en", en.languageOf(schools));
        Claim cost = claim(en, "embankment-cost");
        assertEquals("Чи коштуватиме ремонт набережної 90 мільйонів гривень?", cost.headline());
        assertEquals("uk", en.languageOf(cost));
        // The tram check's English predates its re-rating: the note stays in Ukrainian, the verdict is today's.
        Claim tram = claim(en, "tram-line-funded");
        assertEquals("missing-context", tram.verdict().ratingId());
        assertTrue(tram.updates().get(0).note().startsWith("Ми змінили оцінку"));
        assertEquals("Zelenodar's 2025 budget: the mayor reports", en.article("zelenodar-budget-2025").orElseThrow().title());
        assertEquals("uk", en.languageOf(en.article("river-embankment").orElseThrow()));
        Library ar = library.edition("ar");
        assertEquals("الإنفاق على المدارس تضاعف", claim(ar, "schools-budget-doubled").statement().quote());
        assertEquals("Чи повністю профінансовано нову трамвайну лінію?", claim(ar, "tram-line-funded").headline());
        assertSame(library, library.edition("uk"));
    }

    @Test
    void aSiteInOneLanguageIsAsItWas() throws Exception {
        SiteBuild.Checked checked = SiteBuild.check(TestSites.content("ukrainian"), TODAY);
        assertEquals(List.of(), checked.problems().all().stream().filter(Problem::isError).toList());
        Library library = checked.library();
        assertEquals(List.of(new Language("uk", "uk")), library.site().languages());
        assertEquals(false, library.site().multilingual());
        assertEquals(List.of(), library.claimTranslations());
        assertEquals(List.of(), library.articleTranslations());
        assertSame(library, library.edition("uk"));
        // A language given only by its code is named as the theme names it.
        assertEquals(List.of(new Language("uk", "Українська")),
                new org.factpress.theme.Templates(TestSites.TEMPLATES).named(library.site()).languages());
    }

    @Test
    void aStaleTranslationSaysWhichChangeItPredatesInEveryEdition() {
        Library library = library();
        Claim tram = claim(library, "tram-line-funded");
        org.factpress.model.Staleness stale = library.staleness(tram, "en").orElseThrow();
        assertTrue(stale.rerated());
        assertEquals(LocalDate.of(2025, 3, 6), stale.changed());
        assertEquals(LocalDate.of(2025, 3, 4), stale.translated());
        assertEquals("mostly-true", stale.change().previousRatingId());
        assertEquals("missing-context", stale.ratingAfter());
        Library en = library.edition("en");
        assertEquals(java.util.Optional.of(stale), en.staleness(claim(en, "tram-line-funded"), "en"));
        assertTrue(library.staleness(claim(library, "schools-budget-doubled"), "en").isEmpty());
        assertTrue(library.staleness(claim(library, "schools-budget-doubled"), "ar").isEmpty());
        assertTrue(library.staleness(claim(library, "embankment-cost"), "en").isEmpty());
    }
}
