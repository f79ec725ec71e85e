package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/** {@code report --from DATE --to DATE --out FILE}: the digest of a period, and its usage errors. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportWritesTheDigestOfThePeriodOnly() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("reports/march-3.pdf");
        Factpress.Run r = Factpress.run("report", "--content", t.root().toString(), "--templates", "templates",
                "--from", "2025-03-03", "--to", "2025-03-31", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.contains(": warning: ") || l.endsWith(" warnings")), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("3 March 2025 to 31 March 2025"), text);
            assertTrue(text.contains("1 fact-check published in the period."), text);
            assertTrue(text.contains("Did the bridge cost four billion euros?"), text);
            // Published on 2 March: outside the period.
            assertFalse(text.contains("Did the figure count the roads?"), text);
            assertEquals("Fact-check digest, 3 March 2025 to 31 March 2025", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aPeriodWithoutChecksStillGivesAReportSayingSo() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("empty.pdf");
        Factpress.Run r = Factpress.run("report", "--content", t.root().toString(), "--from", "2024-01-01",
                "--to", "2024-12-31", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("0 fact-checks published in the period."), text);
            assertTrue(text.contains("No fact-checks were published in this period."), text);
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAUsageError() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("r.pdf");
        Factpress.Run r = Factpress.run("report", "--content", t.root().toString(), "--from", "2025-03-31",
                "--to", "2025-03-01", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--to 2025-03-01 is before --from 2025-03-31"), r.err());
        assertFalse(Files.exists(out));
        Factpress.Run bad = Factpress.run("report", "--from", "2025-02-30", "--to", "2025-03-01", "--out", out.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("Invalid value for option '--from'"), bad.err());
    }

    @Test
    void contentErrorsExitOneAndWriteNoReport() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase");
        Path out = dir.resolve("r.pdf");
        Factpress.Run r = Factpress.run("report", "--content", t.root().toString(), "--from", "2025-03-01",
                "--to", "2025-03-31", "--out", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("unknown rating 'flase'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aReportInOneOfTheSitesLanguagesIsThatEditionsDigest() throws Exception {
        Path out = dir.resolve("en.pdf");
        Factpress.Run r = Factpress.run("report", "--content", org.factpress.TestSites.content("multilingual").toString(),
                "--from", "2025-03-01", "--to", "2025-03-31", "--language", "en", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Has Zelenodar's school spending doubled?"), text);
            assertTrue(text.contains("perevireno.example.org/en/claims/schools-budget-doubled/"), text);
            assertEquals("Fact-check digest, 1 March 2025 to 31 March 2025", pdf.getDocumentInformation().getTitle());
        }
        Factpress.Run unknown = Factpress.run("report", "--content",
                org.factpress.TestSites.content("multilingual").toString(), "--from", "2025-03-01", "--to", "2025-03-31",
                "--language", "fr", "--out", dir.resolve("fr.pdf").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("--language fr is not one of the site's languages: uk, en, ar"), unknown.err());
        assertFalse(Files.exists(dir.resolve("fr.pdf")));
    }
}
