package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.factpress.model.ArticleTranslation;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Origin;
import org.factpress.model.SiteConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each language's edition prints its own briefs under {@code /<code>/}: in its translation's words and the theme's
 * words and dates in that language, saying so in {@code /Lang}, its links and QR codes at the edition's pages. A
 * check not translated into a language gets no fact brief or card in that edition; its digest reports it in its
 * original words, marked, tagged with their language. The Ukrainian fixture desk, with English and Arabic
 * translations of one check and its article given here.
 */
class EditionPrintTest {
    private static final String EN_HEADLINE = "Will the new metro line cost five billion hryvnias?";
    private static final String EN_SUMMARY = "No. The estimate the city council approved is three times as large.";
    private static final String AR_HEADLINE = "هل ستكلف خطوط المترو الجديدة خمسة مليارات هريفنيا؟";
    private static final String UK_HEADLINE = "Чи коштуватиме нова лінія метро п'ять мільярдів гривень?";
    private static final String UNTRANSLATED = "Чи отримало місто всі дозволи на будівництво метро?";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void printTheDeskInThreeLanguages() throws Exception {
        SiteBuild.Checked checked = SiteBuild.check(TestSites.content("ukrainian"), LocalDate.of(2025, 6, 1));
        assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
        site = dir.resolve("site");
        SiteBuild.render(inThreeLanguages(checked.library()), TestSites.TEMPLATES, site, true);
    }

    /** The desk with its site in uk (the default), en and ar, and one check and its article translated. */
    static Library inThreeLanguages(Library uk) {
        SiteConfig s = uk.site();
        SiteConfig three = new SiteConfig(s.title(), s.description(), s.baseUrl(), "uk", List.of(
                new Language("uk", "Українська"), new Language("en", "English"), new Language("ar", "العربية")),
                s.publisher(), s.scale(), s.origin(), s.print(), s.about(), s.safeHtml());
        Path folder = TestSites.content("ukrainian").resolve("articles/kyiv-metro-budget");
        List<ClaimTranslation> claims = List.of(
                new ClaimTranslation("metro-five-billion", "kyiv-metro-budget", "en", EN_HEADLINE, EN_SUMMARY,
                        "five billion hryvnias", null, null, "A briefing at the city council", List.of("Metro"),
                        "The estimate the council approved in January gives **fifteen billion hryvnias**.",
                        LocalDate.of(2025, 3, 14), null, List.of(), Origin.of(folder.resolve("metro-five-billion.en.md"))),
                new ClaimTranslation("metro-five-billion", "kyiv-metro-budget", "ar", AR_HEADLINE,
                        "لا. التقدير الذي أقره مجلس المدينة أكبر بثلاث مرات.", "خمسة مليارات هريفنيا", null, null, null,
                        List.of(), "التقدير الذي أقره المجلس في يناير يبلغ **خمسة عشر مليار هريفنيا**.",
                        LocalDate.of(2025, 3, 15), null, List.of(), Origin.of(folder.resolve("metro-five-billion.ar.md"))));
        List<ArticleTranslation> articles = List.of(
                new ArticleTranslation("kyiv-metro-budget", "en", "Mayor: the new metro line will cost five billion hryvnias",
                        null, "Mayor Ivan Petrenko said the new metro line would cost “five billion hryvnias” and open next"
                                + " year.\n\nThe city, he said, has received every building permit.\n", 6,
                        Origin.of(folder.resolve("article.en.md"))),
                new ArticleTranslation("kyiv-metro-budget", "ar", "رئيس البلدية: خط المترو الجديد سيكلف خمسة مليارات هريفنيا",
                        null, "قال رئيس البلدية إن خط المترو الجديد سيكلف «خمسة مليارات هريفنيا».\n", 6,
                        Origin.of(folder.resolve("article.ar.md"))));
        return new Library(three, uk.people(), uk.articles(), uk.claims(), claims, articles, uk.unread());
    }

    @Test
    void eachEditionPrintsWhatIsTranslatedIntoItAndNothingElse() {
        for (String pdf : List.of("briefs/claims/metro-five-billion.pdf", "briefs/claims/all-permits-received.pdf",
                "briefs/kyiv-metro-budget.pdf", "reports/2025-03.pdf", "cards/metro-five-billion.png",
                "en/briefs/claims/metro-five-billion.pdf", "en/briefs/kyiv-metro-budget.pdf", "en/reports/2025-03.pdf",
                "en/cards/metro-five-billion.png", "ar/briefs/claims/metro-five-billion.pdf", "ar/reports/2025-03.pdf")) {
            assertTrue(Files.isRegularFile(site.resolve(pdf)), "missing " + pdf);
        }
        for (String pdf : List.of("en/briefs/claims/all-permits-received.pdf", "en/cards/all-permits-received.png",
                "en/briefs/rivne-school-meals.pdf", "en/briefs/claims/all-pupils-fed.pdf", "ar/briefs/rivne-school-meals.pdf")) {
            assertFalse(Files.exists(site.resolve(pdf)), pdf + " is not translated into its edition's language");
        }
    }

    @Test
    void theEnglishFactBriefIsInEnglishWordsDatesAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/briefs/claims/metro-five-billion.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Fact brief: " + EN_HEADLINE, doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String said : List.of(EN_HEADLINE, EN_SUMMARY, "A briefing at the city council", "“five billion hryvnias”",
                    "Answer", "By Олена Коваленко, edited by Андрій Шевчук. Published 12 March 2025.",
                    "Іван Петренко (Міський голова), A briefing at the city council, 10 March 2025")) {
                assertTrue(text.contains(said), "lacks " + said + ": " + text);
            }
            assertFalse(text.contains(UK_HEADLINE), text);
            assertFalse(text.contains("Відповідь"), "no Ukrainian theme word: " + text);
        }
    }

    @Test
    void theUkrainianFactBriefStaysAtTheRootInUkrainian() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/claims/metro-five-billion.pdf").toFile())) {
            assertEquals("uk", doc.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(UK_HEADLINE.replace("'", "’")) || text.contains(UK_HEADLINE), text);
            assertFalse(text.contains(EN_HEADLINE), text);
            assertTrue(links(doc).contains("https://pravda-chy-ni.example.org/claims/metro-five-billion/"),
                    links(doc).toString());
        }
    }

    @Test
    void linksAndQrCodesPointAtTheEditionsPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/briefs/kyiv-metro-budget.pdf").toFile())) {
            List<String> links = links(doc);
            assertTrue(links.contains("https://pravda-chy-ni.example.org/en/claims/metro-five-billion/"), links.toString());
            assertTrue(links.contains("https://pravda-chy-ni.example.org/en/articles/kyiv-metro-budget/"), links.toString());
            assertFalse(links.stream().anyMatch(l -> l.startsWith("https://pravda-chy-ni.example.org/claims/")),
                    links.toString());
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertTrue(alts.contains("QR code: link to the full fact-check at pravda-chy-ni.example.org/en/claims/metro-five-billion/"),
                    alts.toString());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(EN_HEADLINE), text);
            assertFalse(text.contains(UNTRANSLATED), "the English brief prints its English checks only: " + text);
        }
    }

    @Test
    void theEnglishDigestReportsAnUntranslatedCheckInItsOwnWordsMarkedAndTagged() throws Exception {
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/reports/2025-03.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(EN_HEADLINE), text);
            assertTrue(text.contains(UNTRANSLATED + " Not translated: in Українська, as the desk published it."), text);
            assertEquals(1, text.split("Not translated:", -1).length - 1, "only the untranslated check is marked");
            List<String> tagged = new ArrayList<>();
            languages(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), tagged);
            assertTrue(tagged.contains("uk"), "the untranslated check's words are tagged Ukrainian: " + tagged);
        }
    }

    @Test
    void theArabicFactBriefIsShapedAndReadsFromTheRight() throws Exception {
        Path pdf = site.resolve("ar/briefs/claims/metro-five-billion.pdf");
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
            assertTrue(text.contains(AR_HEADLINE), text);
            assertTrue(text.contains("الجواب"), "the theme's Arabic word for Answer: " + text);
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<TextPosition> headline = glyphs.stream().filter(g -> g.getFontSizeInPt() >= 19 && g.getFontSizeInPt() <= 21)
                    .toList();
            TextPosition rightmost = headline.stream().max((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
            assertEquals(width - (18 / 25.4f * 72 + 6), rightmost.getX() + rightmost.getWidth(), 1f,
                    "the headline starts at the right margin");
        }
        assertEquals(0, glyphs.stream().map(TextPosition::getUnicode).filter(u -> u.codePoints().anyMatch(
                cp -> cp > 0x0621 && cp <= 0x064A)).count(), "Arabic letters drawn unjoined");
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
