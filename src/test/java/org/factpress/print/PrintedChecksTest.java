package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.CorrectedChecks;
import org.factpress.build.SiteBuild;
import org.factpress.view.Correction;
import static org.factpress.CorrectedChecks.CORRECTION_NOTE;
import static org.factpress.CorrectedChecks.RATING_CHANGE_NOTE;
import static org.factpress.CorrectedChecks.RE_RATED_HEADLINE;
import static org.factpress.CorrectedChecks.UPDATE_NOTE;
import static org.factpress.CorrectedChecks.WHY;
import static org.factpress.CorrectedChecks.WITHDRAWN_HEADLINE;
import static org.factpress.CorrectedChecks.WITHDRAWN_NOTE;

/**
 * Every print of a check (fact brief, article brief, digest) says what the desk said about it and nothing else:
 * its corrections, updates and rating changes with both verdicts, a withdrawn check marked (or, in digests, left
 * out as from the site's listings), the desk's own methodology; and headings never left at a page's foot.
 */
@Tag("slow")
class PrintedChecksTest {
    private static final String CHANGE = "verdict changed from False to Mostly true. " + RATING_CHANGE_NOTE;

    @TempDir
    Path dir;

    private Path build(ContentTree t) throws Exception {
        return build(t, Path.of("templates"));
    }

    private Path build(ContentTree t, Path templates) throws Exception {
        Path out = dir.resolve("out");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), templates, out, null, true));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return out;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            // openhtmltopdf draws bold and regular runs of a line apart: read them back in the order they stand.
            s.setSortByPosition(true);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int i = text.indexOf(p, at + 1);
            assertTrue(i > at, "'" + p + "' is missing or out of order in: " + text);
            at = i;
        }
    }

    @Test
    void factBriefReadsQuoteThenVerdictThenAnswerAndShowsEveryCorrectionWithBothVerdicts() throws Exception {
        Path out = build(CorrectedChecks.add(ContentTree.valid(dir.resolve("content"))));
        Path pdf = out.resolve("briefs/claims/real-cost.pdf");
        String text = text(pdf);
        assertInOrder(text, RE_RATED_HEADLINE, "\u201cthe bridge's real cost was closer to two billion\u201d",
                "The Daily News", "VERDICT Mostly true", "Why this rating: " + WHY, "Corrections and updates",
                "Rating changed, 20 March 2025: " + CHANGE, "Update, 15 March 2025: " + UPDATE_NOTE,
                "Correction, 10 March 2025: " + CORRECTION_NOTE, "Answer", "The short answer.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            // The verdict dominates: its label is the largest type on the page.
            TreeMap<Float, StringBuilder> bySize = new TreeMap<>();
            new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        bySize.computeIfAbsent(p.getFontSizeInPt(), k -> new StringBuilder()).append(p.getUnicode());
                    }
                }
            }.getText(doc);
            assertEquals("Mostly true", bySize.lastEntry().getValue().toString().strip(), bySize.toString());
            assertTrue(bySize.lastKey() >= 24, "verdict at " + bySize.lastKey() + " pt");
        }
    }

    @Test
    void withdrawnCheckIsMarkedInItsFactBriefAndArticleBriefAndLeftOutOfTheDigest() throws Exception {
        Path out = build(CorrectedChecks.add(ContentTree.valid(dir.resolve("content"))));
        String fact = text(out.resolve("briefs/claims/greek-quote.pdf"));
        assertInOrder(fact, "WITHDRAWN FACT BRIEF", WITHDRAWN_HEADLINE, "\u201c\u0397 \u03b3\u03ad\u03c6\u03c5\u03c1\u03b1",
                "WITHDRAWN", "We have withdrawn this fact-check on 25 March 2025. " + WITHDRAWN_NOTE,
                "The verdict it carried: Half true", "Withdrawn, 25 March 2025: " + WITHDRAWN_NOTE);
        assertFalse(fact.contains("VERDICT"), "a withdrawn check shows no verdict as standing: " + fact);
        // Its page links the marked brief, as every check's page links its own.
        assertEquals(1, org.factpress.TestSite.html(out.resolve("claims/greek-quote/index.html"))
                .select("a[href$=/briefs/claims/greek-quote.pdf]").size());
        // Its share card (still its page's image) is marked too, and wears no verdict's colour.
        BufferedImage card = ImageIO.read(out.resolve("cards/greek-quote.png").toFile());
        assertEquals(0x57606a, card.getRGB(5, 300) & 0xffffff);

        String brief = text(out.resolve("briefs/bridge-report.pdf"));
        // In the summary, then in full: the re-rated check with both verdicts, the withdrawn one marked.
        assertInOrder(brief, "Summary of verdicts", RE_RATED_HEADLINE, "Mostly true Changed from False, 20 March 2025",
                RE_RATED_HEADLINE, "Why this rating: " + WHY, "CORRECTIONS AND UPDATES",
                "Rating changed, 20 March 2025: " + CHANGE, "Update, 15 March 2025: " + UPDATE_NOTE,
                "Correction, 10 March 2025: " + CORRECTION_NOTE, "ANALYSIS");
        assertInOrder(brief, "Summary of verdicts", WITHDRAWN_HEADLINE, "Withdrawn", WITHDRAWN_HEADLINE, "WITHDRAWN",
                WITHDRAWN_NOTE, "The verdict it carried: Half true");

        String digest = text(out.resolve("reports/2025-03.pdf"));
        assertInOrder(digest, "3 fact-checks published in the period.", RE_RATED_HEADLINE, "Why this rating: " + WHY,
                "Rating changed, 20 March 2025: " + CHANGE, "Update, 15 March 2025: " + UPDATE_NOTE,
                "Correction, 10 March 2025: " + CORRECTION_NOTE);
        assertFalse(digest.contains(WITHDRAWN_HEADLINE), digest);
        assertFalse(digest.contains(WITHDRAWN_NOTE), digest);
        assertTrue(digest.contains("Half true 0"), digest);
    }

    @Test
    void digestPrintsTheDesksMethodologyAndCorrectionsPolicyAndNoFixedMethodProse() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        String digest = text(out.resolve("reports/2025-03.pdf"));
        assertInOrder(digest, "Methodology and corrections", "We check claims against primary sources.",
                "Write to us and we correct within a day, openly.");
        for (String fixed : List.of("an editor reviews it", "a dated note at its end", "in its printed brief",
                "prefer primary sources", "We check statements made in")) {
            assertFalse(digest.contains(fixed), "fixed prose '" + fixed + "' in: " + digest);
        }
    }

    @Test
    void aDeskWithoutMethodologyGetsNoneInPrintAndAWarning() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("site.yaml", "  corrections_policy: Write to us and we correct within a day, openly.\n", "");
        t.edit("site.yaml", "  methodology: We check claims against **primary sources**.\n", "");
        var warnings = SiteBuild.check(t.root()).problems().all().stream().map(p -> p.format(t.root()))
                .filter(p -> p.contains("methodology") || p.contains("corrections_policy")).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        Path out = build(t);
        String digest = text(out.resolve("reports/2025-03.pdf"));
        assertFalse(digest.contains("Methodology and corrections"), digest);
        assertTrue(digest.contains("How we rate"), digest);
        try (PDDocument doc = Loader.loadPDF(out.resolve("reports/2025-03.pdf").toFile())) {
            List<String> outline = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertEquals(List.of("Verdicts at a glance", "The checks, by verdict", "How we rate"), outline);
        }
    }

    @Test
    void factBriefSaysTheAnalysisContinuesOnlineOnlyWhenItLeavesSomeOut() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        // bridge-cost's analysis is one paragraph: the brief holds it whole. roads-counted's has a table it leaves out.
        t.edit("articles/bridge-report/bridge-cost.md", """
                The analysis, with **emphasis**.

                | Item | Cost |
                |------|------|
                | Bridge | 2.1 bn |
                """, "The analysis, with **emphasis**.\n");
        Path out = build(t);
        String whole = text(out.resolve("briefs/claims/bridge-cost.pdf"));
        assertTrue(whole.contains("The analysis, with emphasis."), whole);
        assertFalse(whole.contains("continues online"), whole);
        String cut = text(out.resolve("briefs/claims/roads-counted.pdf"));
        assertTrue(cut.contains("The analysis continues online. The full fact-check, with its analysis"), cut);
    }

    /** Each page's last line of body text (between the running header and footer), in reading order. */
    private static List<String> lastLines(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i - 1);
                float top = 20f / 25.4f * 72f;
                float bottom = page.getMediaBox().getHeight() - 18f / 25.4f * 72f;
                TreeMap<Float, StringBuilder> lines = new TreeMap<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        float y = positions.get(0).getYDirAdj();
                        if (y > top && y < bottom) {
                            // Parts of one line (a badge, a link) share its baseline, give or take a point.
                            Float key = lines.floorKey(y + 1.5f);
                            key = key != null && key > y - 1.5f ? key : y;
                            lines.computeIfAbsent(key, k -> new StringBuilder()).append(text).append(' ');
                        }
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                s.getText(doc);
                out.add(lines.isEmpty() ? "" : lines.lastEntry().getValue().toString().strip());
            }
            return out;
        }
    }

    @Test
    void noHeadingIsTheLastLineOfAPage() throws Exception {
        ContentTree t = CorrectedChecks.add(ContentTree.valid(dir.resolve("content")));
        StringBuilder article = new StringBuilder();
        // The templates' headings, and each check's headline: a check's heading in a brief ("2. <headline>") and in
        // a digest; and a digest's verdict groups ("False (3)").
        List<String> headings = new ArrayList<>(List.of("Summary of verdicts", "Corrections and updates", "Analysis",
                "Sources", "How we rate", "Verdicts at a glance", "The checks, by verdict",
                "Methodology and corrections", "How we check", "How we correct", "Did the bridge cost four billion euros?",
                "Did the figure count the roads?", RE_RATED_HEADLINE, WITHDRAWN_HEADLINE));
        // Checks of every length, so that page breaks fall at every point of a check.
        for (int i = 1; i <= 16; i++) {
            article.append("Statement number ").append(i).append(" was made here. ");
            StringBuilder analysis = new StringBuilder();
            for (int p = 0; p < i % 5 + 1; p++) {
                analysis.append("A paragraph of the analysis of statement ").append(i).append(", long enough to wrap"
                        + " onto a second line of the printed page and so move the next heading down a little. "
                        .repeat(1 + (i + p) % 3)).append("\n\n");
            }
            String headline = "Was statement " + i + " right?";
            headings.add(headline);
            t.write("articles/many/s" + i + ".md", ContentTree.claim("Statement number " + i + " was made here",
                    "jane-minister", i % 3 == 0 ? "false" : "mostly-true", headline, "2025-03-" + (10 + i))
                    .replace("The analysis, with **emphasis**.", analysis.toString()));
        }
        t.write("articles/many/article.md", """
                ---
                title: Many statements
                publisher: The Daily News
                url: https://news.example.com/many
                published: 2025-03-01
                ---
                """ + article + "\n");
        Path out = build(t);
        for (String pdf : List.of("briefs/many.pdf", "briefs/bridge-report.pdf", "reports/2025-03.pdf")) {
            List<String> last = lastLines(out.resolve(pdf));
            assertTrue(last.size() > (pdf.startsWith("briefs/many") ? 5 : 1), pdf + ": " + last);
            for (int page = 0; page < last.size(); page++) {
                String line = last.get(page).replaceFirst("^\\d+\\. ", "").replaceFirst(" \\(\\d+\\)$", "");
                assertFalse(headings.stream().anyMatch(line::equalsIgnoreCase) || List.of("True", "Mostly true", "False",
                        "Half true").contains(line), pdf + ": page " + (page + 1) + " ends with the heading '"
                        + last.get(page) + "'");
            }
        }
    }

    /** The default theme with a logo, a 120 x 60 green PNG, at static/desk-logo.png. */
    private Path themeWithLogo() throws Exception {
        Path templates = dir.resolve("theme");
        try (Stream<Path> s = Files.walk(Path.of("templates"))) {
            for (Path p : s.toList()) {
                Path to = templates.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        BufferedImage logo = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 60; y++) {
                logo.setRGB(x, y, 0x00a000);
            }
        }
        ImageIO.write(logo, "png", templates.resolve("static/desk-logo.png").toFile());
        return templates;
    }

    private ContentTree withLogo(ContentTree t) throws IOException {
        return t.edit("site.yaml", "  url: https://example.org/\n", "  url: https://example.org/\n  logo: static/desk-logo.png\n");
    }

    @Test
    void everyPrintOfCorrectedAndWithdrawnChecksWithALogoPassesVeraPdf() throws Exception {
        Path out = build(withLogo(CorrectedChecks.add(ContentTree.valid(dir.resolve("content")))), themeWithLogo());
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(out)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(1 + 4 + 1, pdfs.size(), pdfs.toString());
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            for (PDFAFlavour f : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
                for (String failure : VeraPdf.failures(Files.readAllBytes(pdf), f)) {
                    failures.add(out.relativize(pdf) + " " + f + ": " + failure);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void printsAndShareCardsCarryTheDesksLogo() throws Exception {
        Path out = build(withLogo(ContentTree.valid(dir.resolve("content"))), themeWithLogo());
        for (String pdf : List.of("briefs/bridge-report.pdf", "briefs/claims/bridge-cost.pdf", "reports/2025-03.pdf")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                List<String> sizes = new ArrayList<>();
                var res = doc.getPage(0).getResources();
                for (var name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDImageXObject img) {
                        sizes.add(img.getWidth() + "x" + img.getHeight());
                    }
                }
                assertTrue(sizes.contains("120x60"), pdf + " has no logo on its first page: " + sizes);
            }
        }
        BufferedImage card = ImageIO.read(out.resolve("cards/bridge-cost.png").toFile());
        int green = 0;
        for (int x = 900; x < 1200; x++) {
            for (int y = 0; y < 150; y++) {
                green += (card.getRGB(x, y) & 0xffffff) == 0x00a000 ? 1 : 0;
            }
        }
        assertTrue(green > 2000, "the logo is not at the card's top right: " + green + " px");
    }
}
