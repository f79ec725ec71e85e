package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;

/**
 * What makes print files small: fonts embedded without hinting (outlines and widths as shipped), one small
 * property list for every artifact, share cards as palette PNGs that keep the picture.
 */
class PrintSizeTest {
    private static final List<String> HINTING = List.of("fpgm", "prep", "cvt ", "gasp", "hdmx");

    @TempDir
    Path dir;

    @Test
    void everyFontSubsetInABuiltBriefHasNoHintingAndArtifactsCarryNoBoxes() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, true,
                1, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        for (String pdf : List.of("briefs/claims/bridge-cost.pdf", "briefs/bridge-report.pdf")) {
            int fonts = 0;
            int layouts = 0;
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                for (PDPage page : doc.getPages()) {
                    PDResources res = page.getResources();
                    for (var prop : res.getPropertiesNames()) {
                        var list = res.getProperties(prop).getCOSObject();
                        String type = list.getNameAsString(org.apache.pdfbox.cos.COSName.TYPE);
                        assertTrue(List.of("Layout", "Pagination").contains(type),
                                pdf + ": artifact property list " + prop.getName() + " is " + list);
                        assertFalse(list.containsKey(org.apache.pdfbox.cos.COSName.BBOX));
                        layouts += "Layout".equals(type) ? 1 : 0;
                    }
                    for (var name : res.getFontNames()) {
                        PDFont f = res.getFont(name);
                        PDCIDFont cid = ((PDType0Font) f).getDescendantFont();
                        PDStream file = cid.getFontDescriptor().getFontFile2();
                        assertNotNull(file, f.getName() + " is embedded");
                        TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(file.toByteArray()));
                        for (String table : HINTING) {
                            assertFalse(ttf.getTableMap().containsKey(table), pdf + ": " + f.getName() + " has " + table);
                        }
                        assertEquals(0, ttf.getMaximumProfile().getMaxSizeOfInstructions(), f.getName());
                        assertTrue(ttf.getNumberOfGlyphs() > 1);
                        fonts++;
                    }
                }
            }
            assertTrue(fonts >= 2, pdf + " has " + fonts + " fonts");
            assertTrue(layouts > 5, pdf + " has " + layouts + " background artifacts");
        }
    }

    @Test
    void unhintedFontsKeepEveryOutlineAndWidth() throws Exception {
        for (String resource : List.of("/liberation/LiberationSerif-Italic.ttf", "/liberation/LiberationSans-Bold.ttf",
                "/print/DejaVuSans.ttf")) {
            byte[] shipped = PdfLayout.resource(resource);
            byte[] plain = Unhinted.of(shipped);
            assertTrue(plain.length < shipped.length, resource + ": " + plain.length + " of " + shipped.length);
            TrueTypeFont a = new TTFParser().parse(new RandomAccessReadBuffer(shipped));
            TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(plain));
            assertEquals(a.getNumberOfGlyphs(), b.getNumberOfGlyphs());
            for (String table : HINTING) {
                assertFalse(b.getTableMap().containsKey(table), resource + " keeps " + table);
            }
            int compared = 0;
            for (int gid = 0; gid < a.getNumberOfGlyphs(); gid++) {
                assertEquals(a.getAdvanceWidth(gid), b.getAdvanceWidth(gid), resource + " glyph " + gid);
                GlyphData ga = a.getGlyph().getGlyph(gid);
                GlyphData gb = b.getGlyph().getGlyph(gid);
                assertEquals(ga == null, gb == null, resource + " glyph " + gid);
                if (ga != null) {
                    assertEquals(path(ga.getPath()), path(gb.getPath()), resource + " glyph " + gid);
                    compared++;
                }
            }
            assertTrue(compared > 1000, resource + ": " + compared);
        }
    }

    private static List<String> path(GeneralPath p) {
        List<String> segments = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator i = p.getPathIterator(null); !i.isDone(); i.next()) {
            int type = i.currentSegment(c);
            segments.add(type + Arrays.toString(c));
        }
        return segments;
    }

    @Test
    void aCardOfFlatColoursAndTextBecomesA16ColourPaletteCloseToTheOriginal() throws Exception {
        BufferedImage card = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 630);
        g.setColor(new Color(0xD32030));
        g.fillRect(0, 0, 20, 630);
        g.setColor(new Color(0x202124));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        g.drawString("Are millions dying in the war?", 70, 130);
        g.dispose();

        byte[] png = IndexedPng.encode(card);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, back.getWidth());
        assertEquals(630, back.getHeight());
        IndexColorModel palette = (IndexColorModel) back.getColorModel();
        assertTrue(palette.getMapSize() <= 16, "colours: " + palette.getMapSize());
        assertTrue(meanChannelDifference(card, back) < 2.0, "the picture is kept");
        assertEquals(0xD32030, back.getRGB(5, 300) & 0xFFFFFF, "flat colours are exact");
        assertTrue(Arrays.equals(png, IndexedPng.encode(card)), "the same image, the same bytes");
    }

    @Test
    void anImageWithShadingKeeps256Colours() throws Exception {
        BufferedImage shaded = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                shaded.setRGB(x, y, (x * 255 / 399) << 16 | (y * 255 / 199) << 8 | ((x + y) * 255 / 598));
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(IndexedPng.encode(shaded)));
        assertTrue(((IndexColorModel) back.getColorModel()).getMapSize() > 16);
        assertTrue(meanChannelDifference(shaded, back) < 6.0, "mean difference " + meanChannelDifference(shaded, back));
    }

    private static double meanChannelDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
