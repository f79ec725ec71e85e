package org.factpress.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Render stage for print: a PDF brief per source article, from the theme's XHTML template laid out by
 * openhtmltopdf on PDFBox. Fonts come from the build's own dependencies, never from the machine, and the bytes
 * depend only on the content.
 */
public final class BriefRenderer {
    /** Liberation fonts cover Latin, Cyrillic and Greek; the families the print stylesheet names. */
    private static final String[][] FONTS = {
            {"Liberation Sans", "LiberationSans-Regular", "400", "NORMAL"},
            {"Liberation Sans", "LiberationSans-Bold", "700", "NORMAL"},
            {"Liberation Sans", "LiberationSans-Italic", "400", "ITALIC"},
            {"Liberation Sans", "LiberationSans-BoldItalic", "700", "ITALIC"},
            {"Liberation Serif", "LiberationSerif-Regular", "400", "NORMAL"},
            {"Liberation Serif", "LiberationSerif-Bold", "700", "NORMAL"},
            {"Liberation Serif", "LiberationSerif-Italic", "400", "ITALIC"},
            {"Liberation Serif", "LiberationSerif-BoldItalic", "700", "ITALIC"},
    };

    private final Library library;
    private final Templates templates;
    private final Views views;
    private final Urls urls;

    public BriefRenderer(Library library, Templates templates, Views views) {
        this.library = library;
        this.templates = templates;
        this.views = views;
        this.urls = new Urls(library.site().baseUrl());
    }

    /** Writes {@code briefs/<slug>.pdf} for every source article with published claims. */
    public void renderAll(OutputSink out) throws IOException, TemplateProblem {
        for (SourceArticle a : library.articles()) {
            List<ClaimView> claims = ArticleHighlighter.highlight(a, views.claimsOf(a)).claimsInTextOrder();
            if (!claims.isEmpty()) {
                out.write(Urls.brief(a.slug()), articleBrief(a, claims));
            }
        }
    }

    public byte[] articleBrief(SourceArticle a, List<ClaimView> claims) throws IOException, TemplateProblem {
        Map<String, Object> m = new HashMap<>();
        m.put("site", library.site());
        m.put("urls", urls);
        m.put("dates", new Dates());
        m.put("scale", library.site().scale());
        m.put("a", a);
        m.put("claims", claims);
        m.put("articleUrl", urls.absolute(Urls.article(a.slug())));
        String xhtml = templates.render("pdf/brief.ftlh", m);
        LocalDate stamp = claims.stream().map(c -> c.claim().lastChanged()).max(LocalDate::compareTo)
                .orElse(a.published());
        return toPdf(xhtml, new Info("Fact-check brief: " + a.title(), library.site().publisher().name(),
                "Fact-checks of claims in \u201c" + a.title() + "\u201d (" + a.publisher() + ")", stamp));
    }

    /** Document properties, and the date the PDF says it was made (from the content, so builds repeat). */
    record Info(String title, String author, String subject, LocalDate date) {}

    byte[] toPdf(String html, Info info) throws IOException {
        Document doc = Jsoup.parse(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(doc), urls.absolute(""));
        builder.withProducer("factpress");
        for (String[] f : FONTS) {
            String resource = "/liberation/" + f[1] + ".ttf";
            builder.useFont(() -> open(resource), f[0], Integer.parseInt(f[2]), FontStyle.valueOf(f[3]), true);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            stamp(pdf, info, html);
            pdf.save(bytes);
            pdf.close();
        }
        return bytes.toByteArray();
    }

    private static InputStream open(String resource) {
        InputStream in = BriefRenderer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + resource);
        }
        return in;
    }

    /** Sets properties, dates and the file ID from the content: the same content gives the same bytes. */
    private static void stamp(PDDocument pdf, Info info, String html) {
        PDDocumentInformation d = pdf.getDocumentInformation();
        d.setTitle(info.title());
        d.setAuthor(info.author());
        d.setSubject(info.subject());
        d.setCreator("factpress");
        d.setProducer("factpress");
        Calendar when = calendar(info.date());
        d.setCreationDate(when);
        d.setModificationDate(when);
        byte[] id = sha256(html);
        byte[] first = java.util.Arrays.copyOf(id, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(first));
        ids.add(new COSString(first));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Midnight UTC of the content's date, or SOURCE_DATE_EPOCH when the build sets it. */
    static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            c.setTimeInMillis(Long.parseLong(epoch) * 1000L);
        } else {
            c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        return c;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
