package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;

/**
 * The dates a PDF states come from the content (the latest change of what it reports), or from SOURCE_DATE_EPOCH
 * when the build sets it; the XMP dates agree, and the file ID follows the content, never the clock.
 */
@Tag("slow")
class ReproducibleDatesTest {
    @TempDir
    Path dir;

    @Test
    void datesComeFromTheContent() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null,
                "the build's SOURCE_DATE_EPOCH overrides the content's dates");
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("briefs/bridge-report.pdf").toFile())) {
            // The brief's latest check was published on 3 March 2025.
            assertEquals(Instant.parse("2025-03-03T00:00:00Z"), pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.parse("2025-03-03T00:00:00Z"), pdf.getDocumentInformation().getModificationDate().toInstant());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertTrue(xmp.contains("<xmp:CreateDate>2025-03-03T00:00Z</xmp:CreateDate>")
                    || xmp.contains("<xmp:CreateDate>2025-03-03T00:00:00Z</xmp:CreateDate>"), xmp);
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("briefs/claims/roads-counted.pdf").toFile())) {
            assertEquals(Instant.parse("2025-03-02T00:00:00Z"), pdf.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void sourceDateEpochWinsAndTwoBuildsAreIdentical() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        List<byte[]> briefs = new ArrayList<>();
        for (String name : List.of("one", "two")) {
            Path out = dir.resolve(name);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.factpress.cli.Main", "build",
                    "--content", t.root().toString(), "--templates", "templates", "--out", out.toString())
                    .redirectErrorStream(true);
            pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), log);
            briefs.add(Files.readAllBytes(out.resolve("briefs/bridge-report.pdf")));
        }
        assertArrayEquals(briefs.get(0), briefs.get(1));
        try (PDDocument pdf = Loader.loadPDF(briefs.get(0))) {
            assertEquals(Instant.ofEpochSecond(1700000000L), pdf.getDocumentInformation().getCreationDate().toInstant());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertTrue(xmp.contains("2023-11-14T22:13:20Z"), xmp);
        }
    }
}
