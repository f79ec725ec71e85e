package org.factpress.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;

/** Unchanged PDFs are not laid out again: the cache beside the output gives them back; a changed claim's are new. */
@Tag("slow")
class PrintCacheTest {
    @TempDir
    Path dir;

    private static final byte[] TAMPERED_MARK = "%PDF-1.7\n% kept by the cache\n".getBytes();

    @Test
    void unchangedDocumentsComeFromTheCacheAndChangedOnesAreMadeAnew() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        var options = new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true, 2, true);
        SiteBuild.build(options);
        Path cache = BuildCache.folderFor(out).resolve("print");
        byte[] costBrief = Files.readAllBytes(out.resolve("briefs/claims/bridge-cost.pdf"));
        byte[] roadsBrief = Files.readAllBytes(out.resolve("briefs/claims/roads-counted.pdf"));

        // Mark every cached fact brief, so a reused one can be told from one laid out again.
        List<Path> entries;
        try (var s = Files.list(cache)) {
            entries = s.filter(p -> p.getFileName().toString().startsWith("pdf-")).toList();
        }
        assertFalse(entries.isEmpty());
        for (Path e : entries) {
            byte[] kept = Files.readAllBytes(e);
            if (endsWith(kept, costBrief) || endsWith(kept, roadsBrief)) {
                byte[] marked = java.util.Arrays.copyOf(kept, 4 + TAMPERED_MARK.length);
                System.arraycopy(TAMPERED_MARK, 0, marked, 4, TAMPERED_MARK.length);
                Files.write(e, marked);
            }
        }

        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: A new short answer.");
        SiteBuild.build(options);
        assertArrayEquals(TAMPERED_MARK, Files.readAllBytes(out.resolve("briefs/claims/bridge-cost.pdf")),
                "the unchanged claim's fact brief is reused, not laid out again");
        byte[] newRoads = Files.readAllBytes(out.resolve("briefs/claims/roads-counted.pdf"));
        assertFalse(java.util.Arrays.equals(TAMPERED_MARK, newRoads), "the edited claim's fact brief is made anew");
        try (PDDocument pdf = Loader.loadPDF(newRoads)) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("A new short answer."));
        }

        // --no-cache makes everything anew, and the result equals a build that never had a cache.
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true, 2, false));
        Path fresh = dir.resolve("fresh");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), fresh, null, true, 1, false));
        assertEquals(org.factpress.TestSite.files(fresh), org.factpress.TestSite.files(out));
    }

    private static boolean endsWith(byte[] kept, byte[] pdf) {
        return kept.length == pdf.length + 4
                && java.util.Arrays.equals(kept, 4, kept.length, pdf, 0, pdf.length);
    }
}
