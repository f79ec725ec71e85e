package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.factpress.build.SiteBuild;
import org.factpress.html.ArticleHighlighter;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimView;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Documents laid out at the same time share parsed fonts between them (one document at a time per set), yet every
 * PDF is the same, byte for byte, whether it was laid out alone on one thread, first or after others, or beside
 * another on two threads; and each still embeds subsets of its own fonts. QR codes, written as PNG by factpress and
 * copied into the PDF as they are, read back as the fact-check's address.
 */
@Tag("slow")
class ConcurrentBriefsTest {
    static Views views;
    static SourceArticle article;
    static List<ClaimView> claims;
    static PrintTheme theme;

    @BeforeAll
    static void example() throws Exception {
        Library library = SiteBuild.check(org.factpress.TestSites.content("example")).library();
        views = new Views(library, new Urls(library.site().baseUrl()));
        article = library.articles().get(0);
        claims = ArticleHighlighter.highlight(article, views.claimsOf(article)).claimsInTextOrder();
        theme = new PrintTheme(views, new Templates(Path.of("templates")));
    }

    /** The article brief (index -1) or the fact brief of claim {@code i}. */
    static byte[] render(int i) throws Exception {
        return i < 0 ? new ArticleBrief(theme).render(article, claims, views.logs(claims)).bytes()
                : new ClaimBrief(theme).render(claims.get(i), views.log(claims.get(i))).bytes();
    }

    @Test
    void briefsLaidOutOnTwoThreadsAreByteIdenticalToOneThread() throws Exception {
        List<Integer> docs = new ArrayList<>();
        for (int i = -1; i < claims.size(); i++) {
            docs.add(i);
        }
        Map<Integer, byte[]> alone = new ConcurrentHashMap<>();
        try (Workers one = new Workers(1)) {
            one.forEach(docs, i -> {
                try {
                    alone.put(i, render(i));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        // Every document twice, in another order, two at a time: font sets pass from one document to the next.
        List<Integer> twice = new ArrayList<>(docs);
        twice.addAll(docs);
        Collections.reverse(twice);
        Map<Integer, List<byte[]>> together = new ConcurrentHashMap<>();
        try (Workers two = new Workers(2)) {
            two.forEach(twice, i -> {
                try {
                    together.computeIfAbsent(i, k -> Collections.synchronizedList(new ArrayList<>())).add(render(i));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (int i : docs) {
            assertEquals(2, together.get(i).size());
            for (byte[] b : together.get(i)) {
                assertArrayEquals(alone.get(i), b, "document " + i + " differs when laid out on two threads");
            }
            try (PDDocument a = Loader.loadPDF(alone.get(i)); PDDocument b = Loader.loadPDF(together.get(i).get(0))) {
                assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
                assertEquals(new PDFTextStripper().getText(a), new PDFTextStripper().getText(b));
                for (PDPage page : b.getPages()) {
                    PDResources r = page.getResources();
                    for (COSName n : r.getFontNames()) {
                        PDFont f = r.getFont(n);
                        assertTrue(f.isEmbedded() && f.getName().matches("[A-Z]{6}\\+.*"),
                                "document " + i + ": font " + f.getName() + " is not an embedded subset");
                    }
                }
            }
        }
    }

    @Test
    void everyQrCodeInTheArticleBriefReadsAsItsClaimsAddress() throws Exception {
        List<String> read = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(render(-1))) {
            for (PDPage page : pdf.getPages()) {
                PDResources r = page.getResources();
                for (COSName n : r.getXObjectNames()) {
                    if (r.getXObject(n) instanceof PDImageXObject img) {
                        read.add(decode(img.getImage()));
                    }
                }
            }
        }
        assertEquals(claims.stream().map(ClaimView::absoluteUrl).sorted().toList(), read.stream().sorted().toList());
    }

    /** A check's code is in its article's brief and its own fact brief: made once a build, the same each time. */
    @Test
    void eachAddressIsEncodedOnce() throws Exception {
        QrCode qr = new QrCode();
        String url = claims.get(0).absoluteUrl();
        String first = qr.dataUri(url);
        org.junit.jupiter.api.Assertions.assertSame(first, qr.dataUri(url));
        assertEquals(first, new QrCode().dataUri(url));
        byte[] png = java.util.Base64.getDecoder().decode(first.substring(first.indexOf(',') + 1));
        assertEquals(url, decode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))));
    }

    private static String decode(BufferedImage img) throws Exception {
        int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb)))).getText();
    }
}
