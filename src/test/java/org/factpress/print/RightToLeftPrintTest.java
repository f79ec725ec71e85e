package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;

/**
 * The Arabic fixture desk (src/test/resources/sites/arabic) prints: its briefs, fact briefs, digest and share cards
 * are laid out right to left with the letters joined, say they are in Arabic, and give their text back in the
 * order it was written.
 */
class RightToLeftPrintTest {
    private static final String HEADLINE = "هل ستبني الميزانية الجديدة مئة مدرسة؟";
    private static final String SUMMARY = "لا. الميزانية تمول بناء أربعين مدرسة فقط، والباقي ترميم لمدارس قائمة.";
    private static final String OTHER_HEADLINE = "هل خفضت الحكومة الدين العام إلى النصف منذ عام";
    /** Each PDF, and texts it has as they were written. */
    private static final Map<String, List<String>> PDFS = Map.of(
            "briefs/school-budget.pdf", List.of(HEADLINE, SUMMARY, OTHER_HEADLINE),
            "briefs/claims/hundred-schools.pdf", List.of(HEADLINE, SUMMARY),
            "briefs/claims/debt-halved.pdf", List.of(OTHER_HEADLINE),
            "reports/2025-03.pdf", List.of(HEADLINE, OTHER_HEADLINE));

    @TempDir
    static Path dir;
    static Path site;
    static SiteBuild.Checked built;

    @BeforeAll
    static void buildTheArabicDesk() throws Exception {
        site = dir.resolve("site");
        built = TestSites.build("arabic", site, null, true);
    }

    @Test
    void theDeskBuildsWithItsPdfsAndNoWordAboutPrint() throws Exception {
        assertEquals(List.of(), built.problems().all());
        for (String pdf : PDFS.keySet()) {
            assertTrue(Files.isRegularFile(site.resolve(pdf)), pdf);
        }
        Document claim = Jsoup.parse(site.resolve("claims/hundred-schools/index.html").toFile(), "UTF-8");
        assertEquals("rtl", claim.selectFirst("html").attr("dir"));
        assertEquals("ar", claim.selectFirst("html").attr("lang"));
        assertFalse(claim.select("a[href$=briefs/claims/hundred-schools.pdf]").isEmpty(), "links its fact brief");
        assertTrue(claim.selectFirst("meta[property=og:image]").attr("content").endsWith("cards/hundred-schools.png"));
    }

    @Test
    void everyPdfIsInArabicAndGivesItsTextBackInTheOrderItWasWritten() throws Exception {
        for (var pdf : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf.getKey()).toFile())) {
                assertEquals("ar", doc.getDocumentCatalog().getLanguage(), pdf.getKey());
                String text = new PDFTextStripper().getText(doc);
                for (String written : pdf.getValue()) {
                    assertTrue(text.contains(written), pdf.getKey() + " lacks " + written + ": " + text);
                }
            }
        }
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/claims/hundred-schools.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("خاطئ في معظمه"), "the verdict in the default scale's Arabic label: " + text);
            assertTrue(text.contains("بقلم سارة حداد، تحرير يوسف منصور"), "the byline: " + text);
        }
    }

    @Test
    void theLettersAreJoined() throws Exception {
        List<TextPosition> glyphs = glyphs("briefs/claims/hundred-schools.pdf");
        // Drawn as the forms letters take beside their neighbours (initial, medial, final), never as bare letters
        // (but hamza, which joins nothing).
        long bare = glyphs.stream().map(TextPosition::getUnicode).filter(u -> u.codePoints().anyMatch(
                cp -> cp > 0x0621 && cp <= 0x064A)).count();
        assertEquals(0, bare, "Arabic letters drawn unjoined");
        long medial = glyphs.stream().map(TextPosition::getUnicode).filter(u -> u.equals("\uFE92")).count();
        assertTrue(medial > 0, "the medial beh of ستبني, joined on both sides");
    }

    @Test
    void linesRunFromTheRightMargin() throws Exception {
        List<TextPosition> headline = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/claims/hundred-schools.pdf").toFile())) {
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            for (TextPosition g : glyphs("briefs/claims/hundred-schools.pdf")) {
                if (g.getFontSizeInPt() >= 19 && g.getFontSizeInPt() <= 23) {
                    headline.add(g);
                }
            }
            TextPosition leftmost = headline.stream().min((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
            TextPosition rightmost = headline.stream().max((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
            // The headline's first letter is at the right, its question mark at the left.
            assertEquals("ه", Normalizer.normalize(rightmost.getUnicode(), Normalizer.Form.NFKC));
            assertEquals("؟", leftmost.getUnicode());
            // Right-aligned: its first letter ends at the right margin (18 mm, and the body's own 8 px), where a
            // left-to-right headline starts at the left one.
            float margin = 18 / 25.4f * 72 + 6;
            assertEquals(pageWidth - margin, rightmost.getX() + rightmost.getWidth(), 1f);
            assertTrue(leftmost.getX() > margin + 20, "a short headline leaves the left side of the line empty");
        }
    }

    @Test
    void theShareCardIsMirroredWithTheVerdictBandOnTheRight() throws IOException {
        BufferedImage card = ImageIO.read(site.resolve("cards/hundred-schools.png").toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        int mostlyFalse = 0xbc4c00;
        assertEquals(mostlyFalse, card.getRGB(1195, 300) & 0xffffff, "the band at the right edge");
        assertEquals(0xffffff, card.getRGB(5, 300) & 0xffffff, "nothing at the left edge");
    }

    @Test
    void pageNumbersReadRightToLeft() throws Exception {
        // "صفحة 1 من 2", drawn from the left as 2, من, 1, صفحة: the page's number before the count, read from the right.
        try (PDDocument doc = Loader.loadPDF(site.resolve("briefs/school-budget.pdf").toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
            List<TextPosition> footer = new ArrayList<>();
            for (TextPosition g : glyphs("briefs/school-budget.pdf", 1)) {
                if (g.getY() > doc.getPage(0).getMediaBox().getHeight() - 60 && g.getX() < 150) {
                    footer.add(g);
                }
            }
            footer.sort((a, b) -> Float.compare(b.getX(), a.getX()));
            StringBuilder fromTheRight = new StringBuilder();
            footer.forEach(g -> fromTheRight.append(Normalizer.normalize(g.getUnicode(), Normalizer.Form.NFKC)));
            // Each word's letters are drawn in reading order from the right too.
            assertEquals("صفحة1من" + doc.getNumberOfPages(), fromTheRight.toString().replace(" ", ""));
        }
    }

    @Test
    void aLeftToRightDeskQuotingArabicPrintsItJoinedAndInOrder() throws Exception {
        Path content = dir.resolve("english-content");
        org.factpress.TestSite.copyTree(TestSites.content("arabic"), content);
        Path siteYaml = content.resolve("site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replace("language: ar", "language: en"));
        Path out = dir.resolve("english-site");
        SiteBuild.Checked english = SiteBuild.build(new SiteBuild.Options(content, TestSites.TEMPLATES, out, null, true));
        assertFalse(english.problems().hasErrors(), () -> english.problems().all().toString());
        try (PDDocument doc = Loader.loadPDF(out.resolve("briefs/claims/hundred-schools.pdf").toFile())) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(HEADLINE), text);
            assertTrue(text.contains("Answer"), "the theme's words in English: " + text);
        }
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve("briefs/claims/hundred-schools.pdf").toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            }.getText(doc);
        }
        assertEquals(0, glyphs.stream().map(TextPosition::getUnicode).filter(u -> u.codePoints().anyMatch(
                cp -> cp > 0x0621 && cp <= 0x064A)).count(), "Arabic letters drawn unjoined");
    }

    /** Every glyph drawn on the first page of {@code pdf}. */
    private static List<TextPosition> glyphs(String pdf) throws IOException {
        return glyphs(pdf, 1);
    }

    private static List<TextPosition> glyphs(String pdf, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        }
        assertFalse(out.isEmpty(), pdf);
        return out;
    }
}
