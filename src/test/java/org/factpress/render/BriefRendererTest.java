package org.factpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds briefs from a small content tree and reads the PDFs back with PDFBox. */
class BriefRendererTest {
    @TempDir
    Path dir;

    private Path buildBrief(Path out) throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/bridge-report/russian-quote.md", ContentTree.claim("Мост стоил четыре миллиарда",
                "jane-minister", "pants-on-fire", "Η γέφυρα: did it cost four billion?", "2025-03-04"));
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        Path pdf = out.resolve("briefs/bridge-report.pdf");
        assertTrue(Files.isRegularFile(pdf));
        return pdf;
    }

    @Test
    void briefHasEveryClaimAsSearchableTextWithEmbeddedFonts() throws Exception {
        Path pdf = buildBrief(dir.resolve("out"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Minister defends bridge cost"), text);
            assertTrue(text.contains("Did the bridge cost four billion euros?"));
            assertTrue(text.contains("Did the figure count the roads?"));
            // Cyrillic and Greek come through as real text, not boxes or '#'.
            assertTrue(text.contains("Мост стоил четыре миллиарда"), text);
            assertTrue(text.contains("Η γέφυρα: did it cost four billion?"), text);
            assertFalse(text.contains("#"), "a glyph fell back to '#': " + text);
            assertTrue(text.contains("Jane Minister"));
            assertTrue(text.contains("Pants on fire"));
            assertTrue(text.contains("Budget report 2024"));
            assertTrue(text.contains("https://example.org/factpress/claims/bridge-cost/"));
            assertTrue(text.contains("Page 1 of"));

            assertEquals("Fact-check brief: Minister defends bridge cost", doc.getDocumentInformation().getTitle());
            assertEquals("Test Desk", doc.getDocumentInformation().getAuthor());

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                assertTrue(f.getName().contains("Liberation"), f.getName());
            }
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(buildBrief(dir.resolve("one")));
        byte[] second = Files.readAllBytes(buildBrief(dir.resolve("two")));
        assertArrayEquals(first, second);
    }
}
