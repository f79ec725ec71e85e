package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/** Builds briefs, fact briefs, share cards and digests from small content trees and reads them back with PDFBox. */
@Tag("slow")
class BriefRendererTest {
    /** Cyrillic, Greek, typographic punctuation, and Georgian and Armenian, which only the fallback font covers. */
    static final String GLYPHS = "Η γέφυρα „cost“ ‘four’ «billion» ‹€› – — … №7 ✓ საქართველო Հայաստան";

    @TempDir
    Path dir;

    private SiteBuild.Checked build(ContentTree t, Path out) throws Exception {
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return r;
    }

    private ContentTree treeWithGlyphs(Path root) throws Exception {
        ContentTree t = ContentTree.valid(root);
        t.write("articles/bridge-report/russian-quote.md", ContentTree.claim("Мост стоил четыре миллиарда",
                "jane-minister", "pants-on-fire", GLYPHS, "2025-03-04"));
        return t;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void briefHasEveryClaimAsSearchableTextWithEveryGlyphInEmbeddedFonts() throws Exception {
        Path out = dir.resolve("out");
        build(treeWithGlyphs(dir.resolve("content")), out);
        Path pdf = out.resolve("briefs/bridge-report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Minister defends bridge cost"), text);
            assertTrue(text.contains("Did the bridge cost four billion euros?"));
            assertTrue(text.contains("Did the figure count the roads?"));
            // Every glyph comes through as real text: no '#' for a glyph no font had, nothing dropped.
            assertTrue(text.contains("\u201cМост стоил четыре миллиарда\u201d"), text);
            // A passage the claimant quoted takes the language's inner marks inside the outer ones.
            assertTrue(text.contains("\u201cthe bridge cost \u2018four billion euros\u2019 to build\u201d"), text);
            assertTrue(text.contains(GLYPHS), text);
            assertFalse(text.contains("#"), "a glyph fell back to '#': " + text);
            assertTrue(text.contains("Jane Minister"));
            assertTrue(text.contains("Pants on fire"));
            assertTrue(text.contains("Budget report 2024"));
            assertTrue(text.contains("example.org/factpress/claims/bridge-cost/"));
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), text);
            assertEquals("Fact-check brief: Minister defends bridge cost", doc.getDocumentInformation().getTitle());
            assertEquals("Test Desk", doc.getDocumentInformation().getAuthor());
            // A4 unless site.yaml says otherwise.
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5);

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                assertTrue(f.getName().contains("Liberation") || f.getName().contains("DejaVu"), f.getName());
            }
        }
        String factBrief = text(out.resolve("briefs/claims/russian-quote.pdf"));
        assertTrue(factBrief.contains(GLYPHS), factBrief);
        assertFalse(factBrief.contains("#"), factBrief);
    }

    @Test
    void textNoShippedFontCanPrintIsAWarningAtItsField() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/bridge-cost.md", "headline: \"Did the bridge", "headline: \"\u6865 Did the bridge");
        var problems = SiteBuild.check(t.root()).problems().all().stream().map(p -> p.format(t.root()))
                .filter(p -> !p.contains("has no archived copy")).toList();
        assertEquals(List.of("articles/bridge-report/bridge-cost.md:7:11: warning: 'headline' has characters the PDF"
                + " fonts lack: '\u6865' U+6865 (the PDFs would print '#' in their place; the web pages show them)"),
                problems);
        // Everything the glyph test uses is covered.
        assertEquals(List.of(), ShortAnswer.paragraphs(GLYPHS, "", 149).stream()
                .flatMap(p -> org.factpress.check.PrintableText.missing(p).stream()).toList());
    }

    @Test
    void pageSizeLetterFromSiteYaml() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("site.yaml", "language: en", "language: en\npage_size: letter");
        Path out = dir.resolve("out");
        build(t, out);
        for (String pdf : List.of("briefs/bridge-report.pdf", "briefs/claims/bridge-cost.pdf")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertEquals(612, box.getWidth(), 0.5, pdf);
                assertEquals(792, box.getHeight(), 0.5, pdf);
            }
        }
    }

    @Test
    void badPageSizeAndDigestAreContentErrorsWithALine() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("site.yaml", "language: en", "language: en\npage_size: A5\ndigest: montly");
        var problems = SiteBuild.check(t.root()).problems().all().stream().filter(Problem::isError)
                .map(p -> p.format(t.root())).toList();
        assertEquals(List.of("site.yaml:5:12: error: field 'page_size' must be 'A4' or 'letter', found 'A5' (did you mean 'A4'?)",
                "site.yaml:6:9: error: field 'digest' must be 'monthly', 'quarterly', 'yearly' or 'none', found 'montly'"
                        + " (did you mean 'monthly'?)"), problems);
    }

    /** A 300-character quote, an analysis of several pages and 40 sources with long URLs. */
    private ContentTree longTree(Path root) throws Exception {
        ContentTree t = ContentTree.valid(root);
        String quote = ("The bridge, which the ministry first costed in 2019 at a little under one billion euros and "
                + "which was then redesigned twice after the floods of 2021 and the collapse of the contractor in "
                + "2022, has in the end cost the taxpayer four billion euros, and not one cent of that was wasted, "
                + "the minister said").substring(0, 300);
        assertEquals(300, quote.length());
        t.write("articles/long-report/article.md", """
                ---
                title: The long report
                publisher: The Daily News
                url: https://news.example.com/long
                published: 2025-03-01
                ---
                """ + quote + ". Nothing else was said.\n");
        StringBuilder sources = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            sources.append("  - title: Source number ").append(i).append("\n    url: https://archive.example.org/")
                    .append("a-very-long-path-segment-that-goes-on-and-on-without-a-break/".repeat(2))
                    .append("document-").append(i).append(".pdf\n");
        }
        StringBuilder analysis = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            analysis.append("Paragraph ").append(i).append(" of the analysis. ")
                    .append("The figures were checked against the budget tables, line by line, year by year. ".repeat(4))
                    .append("\n\n");
        }
        t.write("articles/long-report/long-claim.md", """
                ---
                quote: "%s"
                claimant: jane-minister
                said_on: 2025-03-01
                rating: half-true
                headline: Did the bridge cost four billion euros in the end?
                summary: Partly. The total is right, but it includes the roads.
                author: ann-checker
                published: 2025-03-05
                sources:
                %s---
                %s""".formatted(quote, sources, analysis));
        return t;
    }

    @Test
    void longContentPaginatesWithoutClipping() throws Exception {
        Path out = dir.resolve("out");
        build(longTree(dir.resolve("content")), out);
        Path pdf = out.resolve("briefs/long-report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("the minister said\u201d"), "quote cut short");
            assertTrue(flat.contains("The bridge, which the ministry first costed in 2019"));
            for (int i = 1; i <= 70; i++) {
                assertTrue(flat.contains("Paragraph " + i + " of the analysis."), "paragraph " + i + " is missing");
            }
            for (int i = 1; i <= 40; i++) {
                assertTrue(flat.contains("Source number " + i + "."), "source " + i + " is missing");
                // Long URLs wrap: the whole address is there once the line breaks are taken out.
                assertTrue(text.replaceAll("\\s+", "").contains("document-" + i + ".pdf"), "URL " + i + " is cut");
            }
            // Nothing runs past the page's side margins (where the layout would clip it) or off the page.
            float margin = 18f / 25.4f * 72f;
            List<String> outside = new ArrayList<>();
            PDFTextStripper bounds = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        PDRectangle box = getCurrentPage().getMediaBox();
                        if (p.getXDirAdj() < margin - 1 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() - margin + 1
                                || p.getYDirAdj() < 0 || p.getYDirAdj() > box.getHeight()) {
                            outside.add(p.getUnicode() + " in '" + s + "'");
                        }
                    }
                }
            };
            bounds.getText(doc);
            assertEquals(List.of(), outside);
        }
        // The one-page fact brief stays one page: its answer is cut to the limit and its sources to a few.
        try (PDDocument doc = Loader.loadPDF(out.resolve("briefs/claims/long-claim.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(flat.contains("And 35 more sources in the full fact-check."), flat);
        }
    }

    @Test
    void factBriefFillsItsOnePageWithTheAnalysis() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        StringBuilder analysis = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            analysis.append("Finding ").append(i).append(" of the check, in a paragraph of about twenty words, "
                    + "which says what the record shows and why it matters here.\n\n");
        }
        t.edit("articles/bridge-report/bridge-cost.md", "The analysis, with **emphasis**.", analysis.toString());
        Path out = dir.resolve("out");
        build(t, out);
        try (PDDocument doc = Loader.loadPDF(out.resolve("briefs/claims/bridge-cost.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(flat.contains("Did the bridge cost four billion euros?"), flat);
            assertTrue(flat.contains("False"), flat);
            int start = flat.indexOf("Answer ") + "Answer ".length();
            int end = flat.toUpperCase(java.util.Locale.ROOT).indexOf("SOURCES", start);
            String answer = flat.substring(start, end);
            assertTrue(answer.startsWith("The short answer."), answer);
            assertTrue(answer.contains("Finding 1 of the check"), answer);
            int words = ShortAnswer.count(answer);
            // More than the 150 words the brief held when it left half its page blank; whole paragraphs only.
            assertTrue(words > 200, words + " words: " + answer);
            assertTrue(answer.strip().endsWith("why it matters here."), answer);
            assertFalse(answer.contains("Finding 30 "), answer);
            assertTrue(flat.contains("The analysis continues online."), flat);
            assertTrue(flat.contains("Budget report 2024"), flat);
            assertTrue(flat.contains("example.org/factpress/claims/bridge-cost/"), flat);
            java.util.Set<String> faces = new java.util.TreeSet<>();
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                faces.add(doc.getPage(0).getResources().getFont(name).getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
            assertEquals(java.util.Set.of("LiberationSans-Bold", "LiberationSans", "LiberationSerif"), faces);
        }
    }

    @Test
    void shortAnswerCutsALongSummaryAtTheLimit() {
        String summary = "word ".repeat(200).strip();
        List<String> answer = ShortAnswer.paragraphs(summary, "More.", ShortAnswer.WORD_LIMIT);
        assertEquals(1, answer.size());
        assertEquals(ShortAnswer.WORD_LIMIT, ShortAnswer.count(answer.get(0)));
        assertTrue(answer.get(0).endsWith("word\u2026"));
        assertEquals(List.of("Short.", "First."), ShortAnswer.paragraphs("Short.", "First.\n\nHere it is:\n\n| a |\n|---|\n| b |\n\nLater.", 149));
    }

    @Test
    void shareCardIsA1200By630PngAndTheClaimPagesOpenGraphImage() throws Exception {
        Path out = dir.resolve("out");
        build(ContentTree.valid(dir.resolve("content")), out);
        Path png = out.resolve("cards/bridge-cost.png");
        BufferedImage card = ImageIO.read(png.toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        // The verdict's colour band runs down the left edge; the rest is white with dark text.
        assertEquals(0xcf222e, card.getRGB(5, 300) & 0xffffff);
        assertEquals(0xffffff, card.getRGB(1190, 620) & 0xffffff);
        Document page = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("https://example.org/factpress/cards/bridge-cost.png",
                page.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("https://example.org/factpress/cards/bridge-cost.png",
                page.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void buildWritesAMonthlyDigestWithCountsPerVerdictAndTag() throws Exception {
        Path out = dir.resolve("out");
        build(ContentTree.valid(dir.resolve("content")), out);
        String text = text(out.resolve("reports/2025-03.pdf"));
        assertTrue(text.contains("Fact-check digest"), text);
        assertTrue(text.contains("1 March 2025 to 31 March 2025"), text);
        assertTrue(text.contains("2 fact-checks published in the period."), text);
        assertTrue(text.contains("False 1"), text);
        assertTrue(text.contains("Mostly true 1"), text);
        assertTrue(text.contains("Pants on fire 0"), text);
        assertTrue(text.contains("infrastructure 2"), text);
        assertTrue(text.contains("Did the bridge cost four billion euros?"), text);
        assertTrue(text.contains("How we rate"), text);
        assertTrue(text.contains("Methodology and corrections"), text);
        // Grouped by verdict, in the scale's order: the mostly-true check comes before the false one.
        assertTrue(text.indexOf("Did the figure count the roads?") < text.indexOf("Did the bridge cost four billion"));
        try (PDDocument doc = Loader.loadPDF(out.resolve("reports/2025-03.pdf").toFile())) {
            List<String> outline = new ArrayList<>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                for (var sub : item.children()) {
                    outline.add("  " + sub.getTitle());
                }
            }
            assertEquals(List.of("Verdicts at a glance", "The checks, by verdict", "  Mostly true", "  False",
                    "How we rate", "Methodology and corrections"), outline);
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        build(treeWithGlyphs(dir.resolve("content")), one);
        build(treeWithGlyphs(dir.resolve("content")), two);
        List<Path> files;
        try (Stream<Path> s = Files.walk(one)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(pdf|png)$")).sorted().toList();
        }
        assertEquals(1 + 3 + 3 + 1, files.size(), files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve(one.relativize(f))), f.toString());
        }
    }
}
