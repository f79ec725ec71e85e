package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each language's edition prints its own briefs under {@code /<code>/}: in its translation's words and the theme's
 * words and dates in that language, saying so in {@code /Lang}, its links and QR codes at the edition's pages. A
 * check not translated into a language gets no fact brief or card in that edition, an article not translated no
 * brief; the edition's digest reports such a check in its original words, marked, tagged with their language. The
 * multilingual fixture desk (src/test/resources/sites/multilingual): Ukrainian at the root, English and Arabic.
 */
class EditionPrintTest {
    private static final String BASE = "https://perevireno.example.org/";
    private static final String UK_HEADLINE = "Чи зросли витрати Зеленодара на школи вдвічі?";
    private static final String EN_HEADLINE = "Has Zelenodar's school spending doubled?";
    private static final String AR_HEADLINE = "هل تضاعف إنفاق زيلينودار على المدارس؟";
    private static final String EN_TRAM = "Is the new tram line fully funded?";
    /** Translated into no other language. */
    private static final String UNTRANSLATED = "Чи коштуватиме ремонт набережної 90 мільйонів гривень?";
    /** Translated into English, not Arabic. */
    private static final String UK_TRAM = "Чи повністю профінансовано нову трамвайну лінію?";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildTheDeskInItsThreeLanguages() throws Exception {
        site = dir.resolve("site");
        SiteBuild.Checked built = TestSites.build("multilingual", site, null, true);
        assertEquals(List.of(), built.problems().all().stream().filter(p -> p.message().contains("PDF")).toList());
    }

    @Test
    void eachEditionPrintsWhatIsTranslatedIntoItAndNothingElse() {
        for (String file : List.of("briefs/zelenodar-budget-2025.pdf", "briefs/river-embankment.pdf",
                "briefs/claims/embankment-cost.pdf", "reports/2025-02.pdf", "reports/2025-03.pdf",
                "en/briefs/zelenodar-budget-2025.pdf", "en/briefs/claims/schools-budget-doubled.pdf",
                "en/briefs/claims/tram-line-funded.pdf", "en/briefs/claims/embankment-half-done.pdf",
                "en/cards/schools-budget-doubled.png", "en/reports/2025-02.pdf", "en/reports/2025-03.pdf",
                "ar/briefs/claims/schools-budget-doubled.pdf", "ar/cards/schools-budget-doubled.png",
                "ar/reports/2025-03.pdf")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), "missing " + file);
        }
        for (String file : List.of("en/briefs/claims/embankment-cost.pdf", "en/cards/embankment-cost.png",
                "en/briefs/river-embankment.pdf", "ar/briefs/claims/tram-line-funded.pdf", "ar/cards/tram-line-funded.png",
                "ar/briefs/zelenodar-budget-2025.pdf", "ar/briefs/river-embankment.pdf")) {
            assertFalse(Files.exists(site.resolve(file)), file + " is not translated into its edition's language");
        }
    }

    @Test
    void theEnglishFactBriefIsInEnglishWordsDatesAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/briefs/claims/schools-budget-doubled.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Fact brief: Has Zelenodar's school spending doubled?", doc.getDocumentInformation().getTitle());
            String text = text(doc);
            for (String said : List.of(EN_HEADLINE, "No. The budget raises school spending by 38 per cent.",
                    "Микола Бондар (Міський голова Зеленодара), City council session, 1 March 2025", "Answer",
                    "Mostly false", "School spending rose by 38 per cent, not twofold.",
                    "We corrected the 2024 school spending figure: 412 million hryvnias, not 420.",
                    "By Оксана Гриценко, edited by Тарас Мельник. Published 4 March 2025.")) {
                assertTrue(text.contains(said), "lacks " + said + ": " + text);
            }
            assertFalse(text.contains(UK_HEADLINE), text);
            assertFalse(text.contains("Відповідь") || text.contains("березня"), "no Ukrainian theme word or date: " + text);
        }
    }

    @Test
    void aTranslationMadeBeforeItsOriginalChangedSaysSoAndWhereTheOriginalIs() throws Exception {
        String note = "This translation was made before the original changed on 6 March 2025 (Rating changed); the"
                + " verdict shown is the current one. The original (Українська):"
                + " perevireno.example.org/claims/tram-line-funded/#update-1";
        for (String pdf : List.of("en/briefs/claims/tram-line-funded.pdf", "en/briefs/zelenodar-budget-2025.pdf",
                "en/reports/2025-03.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                String text = text(doc);
                assertTrue(text.contains(note), pdf + ": " + text);
                assertEquals(1, text.split("This translation was made", -1).length - 1,
                        pdf + ": the schools check's translation postdates its correction: " + text);
            }
        }
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/claims/tram-line-funded.pdf").toFile())) {
            assertFalse(text(doc).contains("переклад"), "the original says nothing of translations");
        }
    }

    @Test
    void theUkrainianFactBriefStaysAtTheRootInUkrainian() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/claims/schools-budget-doubled.pdf").toFile())) {
            assertEquals("uk", doc.getDocumentCatalog().getLanguage());
            String text = text(doc);
            assertTrue(text.contains(UK_HEADLINE) && text.contains("Відповідь") && text.contains("4 березня 2025"), text);
            assertFalse(text.contains(EN_HEADLINE), text);
            assertTrue(links(doc).contains(BASE + "claims/schools-budget-doubled/"), links(doc).toString());
        }
    }

    @Test
    void linksAndQrCodesPointAtTheEditionsPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/briefs/zelenodar-budget-2025.pdf").toFile())) {
            List<String> links = links(doc);
            for (String page : List.of("en/claims/schools-budget-doubled/", "en/claims/tram-line-funded/",
                    "en/articles/zelenodar-budget-2025/")) {
                assertTrue(links.contains(BASE + page), page + " in " + links);
            }
            assertFalse(links.stream().anyMatch(l -> l.startsWith(BASE + "claims/")), links.toString());
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertTrue(alts.contains("QR code: link to the full fact-check at perevireno.example.org/en/claims/tram-line-funded/"),
                    alts.toString());
            String text = text(doc);
            assertTrue(text.contains(EN_HEADLINE) && text.contains(EN_TRAM), text);
            assertTrue(text.contains("Zelenodar's 2025 budget: the mayor reports"), "the article's English title: " + text);
        }
    }

    @Test
    void theEnglishDigestReportsAnUntranslatedCheckInItsOwnWordsMarkedAndTagged() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/reports/2025-02.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            String text = text(doc);
            assertTrue(text.contains("Has the contractor finished half of the embankment repair?"), text);
            assertTrue(text.contains(UNTRANSLATED + " Not translated yet. Original language: Українська"), text);
            assertEquals(1, text.split("Not translated yet", -1).length - 1, "only the untranslated check is marked");
            List<String> tagged = new ArrayList<>();
            languages(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), tagged);
            assertTrue(tagged.contains("uk"), "the untranslated check's words are tagged Ukrainian: " + tagged);
        }
    }

    /** site.yaml gives the methodology and corrections policy in uk and en; Arabic has neither of its own. */
    @Test
    void eachDigestPrintsTheDesksMethodologyInItsLanguageOrTagsTheOneItPrints() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/reports/2025-03.pdf").toFile())) {
            String text = text(doc);
            // the bold words come out of the text apart from the line they stand in
            assertTrue(text.contains("We check claims about the city budget against")
                    && text.contains("the city council's decisions"), text);
            assertTrue(text.startsWith("Perevireno: digest"), "the site's English title in the header: " + text);
            assertTrue(text.contains("If we got something wrong, write to us"), text);
            assertFalse(text.contains("звітами казначейства"), "not the Ukrainian methodology: " + text);
        }
        try (PDDocument doc = Loader.loadPDF(site.resolve("reports/2025-03.pdf").toFile())) {
            assertTrue(text(doc).contains("звітами казначейства"), text(doc));
        }
        try (PDDocument doc = Loader.loadPDF(site.resolve("ar/reports/2025-03.pdf").toFile())) {
            String text = text(doc);
            assertTrue(text.contains("звітами казначейства"), "the Ukrainian methodology: " + text);
            List<String> tagged = new ArrayList<>();
            languages(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), tagged);
            assertTrue(tagged.contains("uk"), "tagged Ukrainian: " + tagged);
        }
    }

    @Test
    void theArabicEditionIsShapedReadsFromTheRightAndMarksWhatItDoesNotTranslate() throws Exception {
        Path pdf = site.resolve("ar/briefs/claims/schools-budget-doubled.pdf");
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("ar", doc.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(t);
                    super.processTextPosition(t);
                }
            }.getText(doc).replaceAll("\\s+", " ");
            for (String said : List.of(AR_HEADLINE, "الجواب", "خاطئ في معظمه", "جلسة مجلس المدينة")) {
                assertTrue(text.contains(said), "lacks " + said + ": " + text);
            }
            float width = doc.getPage(0).getMediaBox().getWidth();
            TextPosition rightmost = glyphs.stream().filter(g -> g.getFontSizeInPt() >= 19 && g.getFontSizeInPt() <= 23)
                    .max((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
            assertEquals(width - (18 / 25.4f * 72 + 6), rightmost.getX() + rightmost.getWidth(), 1f,
                    "the headline starts at the right margin");
        }
        assertEquals(0, glyphs.stream().map(TextPosition::getUnicode).filter(u -> u.codePoints().anyMatch(
                cp -> cp > 0x0621 && cp <= 0x064A)).count(), "Arabic letters drawn unjoined");
        try (PDDocument doc = Loader.loadPDF(site.resolve("ar/reports/2025-03.pdf").toFile())) {
            String text = text(doc);
            assertTrue(text.contains(AR_HEADLINE), text);
            assertTrue(text.contains(UK_TRAM), "the tram check, untranslated into Arabic, in Ukrainian: " + text);
            // The layout joins the damma to its letter with a tatweel, so the words are found apart.
            assertTrue(text.contains("لغة الأصل:") && text.contains("Українська"), "marked in Arabic: " + text);
        }
    }

    @Test
    void aCachedBuildAfterATranslationIsEditedEqualsAFullOne() throws Exception {
        Path content = dir.resolve("content");
        org.factpress.TestSite.copyTree(TestSites.content("multilingual"), content);
        Path out = dir.resolve("cached");
        assertEquals(0, org.factpress.Factpress.run("build", "--content", content.toString(), "--out", out.toString())
                .status());
        java.util.Map<String, String> before = org.factpress.TestSite.files(out);
        Path english = content.resolve("articles/zelenodar-budget-2025/tram-line-funded.en.md");
        Files.writeString(english, Files.readString(english).replace(EN_TRAM, "Is the tram line paid for?"));

        assertEquals(0, org.factpress.Factpress.run("build", "--content", content.toString(), "--out", out.toString())
                .status());
        Path full = dir.resolve("full");
        assertEquals(0, org.factpress.Factpress.run("build", "--content", content.toString(), "--out", full.toString(),
                "--no-cache").status());
        java.util.Map<String, String> cached = org.factpress.TestSite.files(out);
        assertEquals(org.factpress.TestSite.files(full), cached);
        for (String changed : List.of("en/briefs/claims/tram-line-funded.pdf", "en/briefs/zelenodar-budget-2025.pdf",
                "en/reports/2025-03.pdf")) {
            assertFalse(before.get(changed).equals(cached.get(changed)), changed + " shows the new headline");
        }
        for (String same : List.of("briefs/claims/tram-line-funded.pdf", "ar/briefs/claims/schools-budget-doubled.pdf",
                "en/briefs/claims/schools-budget-doubled.pdf")) {
            assertEquals(before.get(same), cached.get(same), same);
        }
    }

    /** A PDF's text, its white space folded. */
    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    /** Every link a PDF's pages carry. */
    private static List<String> links(PDDocument doc) throws Exception {
        List<String> uris = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    private static void figures(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    /** The languages structure elements say their words are in. */
    private static void languages(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (e.getLanguage() != null) {
                    out.add(e.getLanguage());
                }
                languages(e.getKids(), out);
            }
        }
    }
}
