package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * openhtmltopdf copies the rest of a text for every line it sets: a long paragraph is laid out in pieces, so
 * layout grows in step with the text, and the PDF still reads as the one paragraph.
 */
class LongTextLayoutTest {
    static final String SENTENCE = "The figure counted the roads around the bridge, not the bridge alone. ";

    @Test
    void aLongTextIsLaidOutInPiecesCutAfterSpaces() {
        String text = SENTENCE.repeat(3_000).strip();
        Document doc = PdfLayout.prepare("<html><body><p class=\"answer\">" + text + "</p><p>short</p></body></html>");
        List<TextNode> texts = new java.util.ArrayList<>();
        doc.body().traverse((n, d) -> {
            if (n instanceof TextNode t) {
                texts.add(t);
            }
        });
        assertTrue(texts.stream().allMatch(t -> t.getWholeText().length() <= PdfLayout.TEXT_PIECE + 100),
                () -> "longest: " + texts.stream().mapToInt(t -> t.getWholeText().length()).max().orElse(0));
        assertEquals(text, doc.selectFirst("p.answer").wholeText(), "the same words, spaces and all");
        assertEquals("short", doc.select("p").get(1).html(), "a short text is left as it is");
    }

    /** A summary at the most allowed, one paragraph on the article's brief, prints whole. */
    @Test
    void theLongTextPrintsWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.factpress.ContentTree t = org.factpress.ContentTree.valid(dir.resolve("content"));
        String summary = SENTENCE.repeat(70).strip();
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: \"" + summary + "\"");
        java.nio.file.Path out = dir.resolve("site");
        var built = org.factpress.build.SiteBuild.build(new org.factpress.build.SiteBuild.Options(t.root(),
                java.nio.file.Path.of("templates"), out, null, true));
        assertTrue(!built.problems().hasErrors(), built.problems().all()::toString);
        try (PDDocument d = Loader.loadPDF(out.resolve("briefs/bridge-report.pdf").toFile())) {
            String read = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(read.contains(summary), read);
        }
    }
}
