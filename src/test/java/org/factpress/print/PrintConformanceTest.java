package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.factpress.build.SiteBuild;
import org.factpress.view.ClaimView;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Every PDF the example site builds passes veraPDF for PDF/UA-1 and PDF/A-2b (and the PDF/A-2u it declares) with
 * zero failed rules, and says what it is: properties, language, outline, described links, reading order.
 */
@Tag("slow")
class PrintConformanceTest {
    @TempDir
    static Path dir;

    static Path site;
    static SiteBuild.Checked built;

    @BeforeAll
    static void buildExampleSite() throws Exception {
        site = dir.resolve("site");
        built = SiteBuild.build(new SiteBuild.Options(org.factpress.TestSites.content("example"), Path.of("templates"), site, null, true));
        assertFalse(built.problems().hasErrors(), () -> built.problems().all().toString());
    }

    static List<Path> pdfs() throws Exception {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void everyPdfOfTheExampleSitePassesVeraPdfWithZeroFailedRules() throws Exception {
        List<Path> pdfs = pdfs();
        // The article brief, a fact brief per claim, and the monthly digest.
        assertEquals(1 + built.library().claims().size() + 1, pdfs.size(), pdfs.toString());
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            // PDF/A-2u is PDF/A-2b plus Unicode text: its rules include every 2b rule.
            for (PDFAFlavour f : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
                for (String failure : VeraPdf.failures(bytes, f)) {
                    failures.add(site.relativize(pdf) + " " + f + ": " + failure);
                }
            }
        }
        assertEquals(List.of(), failures);
        System.out.println("veraPDF: " + pdfs.size() + " PDFs of the example site, PDF/UA-1 and PDF/A-2u (includes 2b): "
                + failures.size() + " failed rules");
    }

    @Test
    void everyPdfOfTheArabicDeskPassesVeraPdfWithZeroFailedRules() throws Exception {
        Path arabic = dir.resolve("arabic");
        SiteBuild.Checked ar = org.factpress.TestSites.build("arabic", arabic, null, true);
        List<Path> pdfs = pdfsUnder(arabic);
        // The article brief, a fact brief per claim, and the monthly digest, laid out right to left.
        assertEquals(1 + ar.library().claims().size() + 1, pdfs.size(), pdfs.toString());
        assertEquals(List.of(), failures(arabic, pdfs));
    }

    @Test
    void everyPdfOfEveryEditionOfTheMultilingualDeskPassesVeraPdfWithZeroFailedRules() throws Exception {
        Path multilingual = dir.resolve("multilingual");
        org.factpress.TestSites.build("multilingual", multilingual, null, true);
        List<Path> pdfs = pdfsUnder(multilingual);
        for (String edition : List.of("en/", "ar/")) {
            assertTrue(pdfs.stream().anyMatch(p -> multilingual.relativize(p).toString().startsWith(edition)), edition);
        }
        assertEquals(List.of(), failures(multilingual, pdfs));
        System.out.println("veraPDF: " + pdfs.size() + " PDFs of the multilingual desk's three editions: 0 failed rules");
    }

    private static List<Path> pdfsUnder(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** Every rule of PDF/UA-1 and PDF/A-2u (which includes 2b) that one of {@code pdfs} fails, named. */
    private static List<String> failures(Path root, List<Path> pdfs) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            for (PDFAFlavour f : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
                for (String failure : VeraPdf.failures(bytes, f)) {
                    failures.add(root.relativize(pdf) + " " + f + ": " + failure);
                }
            }
        }
        return failures;
    }

    @Test
    void articleBriefSaysWhatItIsAndHasAnOutlineEntryPerClaim() throws Exception {
        var article = built.library().articles().get(0);
        try (PDDocument pdf = Loader.loadPDF(site.resolve(Urls.brief(article.slug())).toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Fact-check brief: " + article.title(), info.getTitle());
            assertEquals("factpress Fact Check", info.getAuthor());
            assertTrue(info.getSubject().contains(article.title()), info.getSubject());
            assertTrue(info.getKeywords().contains("fact-check") && info.getKeywords().contains("ukraine"),
                    info.getKeywords());
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);

            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                assertNotNull(item.getDestination(), item.getTitle());
            }
            List<ClaimView> claims = claimsInBrief();
            assertEquals(claims.size() + 2, outline.size(), outline.toString());
            for (int i = 0; i < claims.size(); i++) {
                assertEquals((i + 1) + ". " + claims.get(i).claim().headline(), outline.get(i + 1));
            }

            List<String> uris = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        assertFalse(link.getContents() == null || link.getContents().isBlank(), "link without /Contents");
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            }
            for (ClaimView c : claims) {
                assertTrue(uris.contains(c.absoluteUrl()), "no link to " + c.absoluteUrl());
                c.claim().sources().forEach(s -> assertTrue(uris.contains(s.url()), "no link to " + s.url()));
            }
        }
    }

    @Test
    void extractedTextReadsQuoteThenVerdictThenAnswerThenSourcesForEveryClaim() throws Exception {
        var article = built.library().articles().get(0);
        Path brief = site.resolve(Urls.brief(article.slug()));
        try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
            assertReadingOrder(new PDFTextStripper().getText(pdf));
        }
        // The same with poppler's pdftotext (installed by scripts/setup.sh), as a reader's tools would see it.
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", brief.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertReadingOrder(text);
    }

    private static void assertReadingOrder(String extracted) {
        String text = extracted.replaceAll("\\s+", " ");
        int from = text.indexOf("Summary of verdicts");
        assertTrue(from >= 0, text);
        for (ClaimView c : claimsInBrief()) {
            int quote = text.indexOf(org.factpress.text.Quotes.of("en").marked(c.claim().statement().quote()).replaceAll("\\s+", " "), from);
            int verdict = text.indexOf("Verdict: " + c.rating().label(), quote);
            int answer = text.indexOf(c.claim().summary().replaceAll("\\s+", " ").substring(0, 40), verdict);
            int sources = text.indexOf("SOURCES", answer);
            int firstSource = text.indexOf(c.claim().sources().get(0).title(), sources);
            int link = text.indexOf(Urls.printable(c.absoluteUrl()), firstSource);
            String where = c.claim().slug() + ": " + List.of(quote, verdict, answer, sources, firstSource, link);
            assertTrue(quote > from && verdict > quote && answer > verdict && sources > answer
                    && firstSource > sources && link > firstSource, where);
            from = link;
        }
    }

    @Test
    void everyQrCodeIsAFigureWithAltTextNamingItsAddress() throws Exception {
        var article = built.library().articles().get(0);
        try (PDDocument pdf = Loader.loadPDF(site.resolve(Urls.brief(article.slug())).toFile())) {
            List<String> alts = new ArrayList<>();
            collectFigureAlts(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            for (ClaimView c : claimsInBrief()) {
                assertTrue(alts.contains("QR code: link to the full fact-check at " + Urls.printable(c.absoluteUrl())),
                        alts.toString());
            }
            assertEquals(claimsInBrief().size(), alts.size(), alts.toString());
        }
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }

    private static List<ClaimView> claimsInBrief() {
        var lib = built.library();
        var article = lib.articles().get(0);
        Views views = new Views(lib, new Urls(lib.site().baseUrl()));
        return org.factpress.html.ArticleHighlighter.highlight(article, views.claimsOf(article)).claimsInTextOrder();
    }
}
