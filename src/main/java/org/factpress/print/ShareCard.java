package org.factpress.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.factpress.incremental.PrintCache;
import org.factpress.theme.TemplateProblem;
import org.factpress.view.ClaimView;

/**
 * A claim's share card, its Open Graph image: a one-page PDF from the card template (900 x 472.5 pt), drawn by
 * PDFBox's own renderer at 4/3 scale into a 1200 x 630 palette PNG ({@link IndexedPng}).
 */
public final class ShareCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final float SCALE = 4f / 3f;

    private final PrintTheme theme;

    public ShareCard(PrintTheme theme) {
        this.theme = theme;
    }

    /** {@code text} cut at a word to at most {@code max} characters, with an ellipsis: the card has fixed room. */
    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.]+$", "") + "\u2026";
    }

    public byte[] render(ClaimView c) throws IOException, TemplateProblem {
        Map<String, Object> m = theme.model();
        m.put("c", c);
        m.put("headline", shorten(c.claim().headline(), 110));
        m.put("quote", shorten(c.claim().statement().quote(), 120));
        String xhtml = theme.xhtml("pdf/card.ftlh", m);
        DocumentInfo info = theme.info(c.claim().headline(), c.claim().summary(), List.of(), LocalDate.of(2000, 1, 1));
        PrintCache cache = theme.layout().cache();
        String key = cache == null ? null : cache.key("card", xhtml, info.toString());
        byte[] kept = cache == null ? null : cache.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] png = draw(theme.layout().layout(xhtml, info).bytes());
        if (cache != null) {
            cache.put(key, png);
        }
        return png;
    }

    private static byte[] draw(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImage(0, SCALE, ImageType.RGB);
            if (image.getWidth() != WIDTH || image.getHeight() != HEIGHT) {
                throw new IllegalStateException("pdf/card.ftlh must make a 900pt x 472.5pt page; it drew "
                        + image.getWidth() + "x" + image.getHeight() + " px");
            }
            return IndexedPng.encode(image);
        }
    }
}
