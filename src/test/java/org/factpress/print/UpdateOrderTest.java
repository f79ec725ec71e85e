package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.TestSite;
import org.factpress.TestSites;

/**
 * A check whose updates are out of date order in its file: its page, the article's brief and its fact brief list
 * them in one order, newest first (the same day: the later in the file first), from the one update log.
 */
class UpdateOrderTest {
    /** The notes as the file lists them. */
    static final List<String> NOTES = List.of("Third note", "First note", "Second note", "Fourth note");
    /** Newest first; of the two on 2025-03-20, the later in the file first. */
    static final List<String> NEWEST_FIRST = List.of("Fourth note", "Third note", "Second note", "First note");

    @TempDir
    Path out;

    @Test
    void thePageAndBothBriefsListTheUpdatesNewestFirstAlike() throws Exception {
        TestSites.build("updates-out-of-order", out, null, true);

        Document page = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        List<String> onPage = new ArrayList<>();
        for (Element li : page.select(".update-log li")) {
            onPage.add(NOTES.stream().filter(li.text()::contains).findFirst().orElseThrow(() -> new AssertionError(li.text())));
        }
        assertEquals(NEWEST_FIRST, onPage);
        // Each rating change shows the verdict before it and the one after: the next change's earlier one.
        assertTrue(page.select(".update-log li").get(2).text().contains("Half true"), page.select(".update-log").text());
        assertTrue(page.select(".update-log li").get(3).text().matches(".*True.*Half true.*"), page.select(".update-log").text());

        String brief = text(out.resolve("briefs/bridge-report.pdf"));
        assertEquals(NEWEST_FIRST, inOrder(brief));
        // The summary table names the newest change's earlier verdict.
        assertTrue(brief.contains("Changed from Half true, 12 March 2025") || brief.contains("Changed from Half true, March 12, 2025"),
                brief);
        assertEquals(NEWEST_FIRST, inOrder(text(out.resolve("briefs/claims/bridge-cost.pdf"))));
    }

    /** The notes in the order {@code text} prints them; each must be there. */
    private static List<String> inOrder(String text) {
        NOTES.forEach(n -> assertTrue(text.contains(n), n + " missing: " + text));
        return NOTES.stream().sorted(Comparator.comparingInt(text::indexOf)).toList();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
