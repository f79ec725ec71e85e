package org.factpress.print;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.factpress.incremental.PrintCache;

/**
 * Lays out print XHTML (from the theme's templates) as a PDF that is tagged for screen readers (PDF/UA-1),
 * archival (PDF/A-2u, which includes 2b) and repeatable. Every font is one factpress ships: PDF/A has no built-in
 * fonts, so text in a family nobody registered would vanish and a glyph no font has would print as '#'. Hence the
 * generic families are registered too, and every family list ends in DejaVu Sans, which covers far more of Unicode
 * than Liberation.
 */
public final class PdfLayout {
    /** The family the print stylesheet names last: the final fallback for any glyph the others lack. */
    public static final String FALLBACK_FAMILY = "DejaVu Sans";

    private record Face(String family, String resource, int weight, FontStyle style) {}

    private static final List<Face> FACES = faces();
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();
    /** Parsed faces not in use by a document right now: one set per document being laid out at the same time. */
    private static final Queue<TypeCase> TYPE_CASES = new ConcurrentLinkedQueue<>();
    private static final byte[] SRGB = resource("/print/sRGB.icc");
    /** The system property PDFBox reads its zlib compression level from, for every stream it writes. */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        // openhtmltopdf logs every font load and page at INFO; what matters is checked by the tests instead.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /**
     * Sets what printing needs JVM-wide; called once, by the entry point, before anything is laid out. openhtmltopdf
     * reads each image's size through ImageIO, which would otherwise put every image in a temporary file first (the
     * QR codes: several files made and deleted per article brief). PDFBox compresses every stream at zlib's level 6
     * unless told otherwise; level 4 compresses much faster for files a little larger, and compressing is a large
     * part of a brief's work. A level set on the command line wins; it is part of the build's identity, since it
     * changes the bytes.
     */
    public static void settleJvm() {
        javax.imageio.ImageIO.setUseCache(false);
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "4");
        }
    }

    /** What else than its input changes a PDF's bytes: PDFBox's compression level, as the JVM was settled. */
    public static String settings() {
        return "deflate " + org.apache.pdfbox.filter.Filter.getCompressionLevel();
    }

    private final String baseUri;
    private final PrintCache cache;
    /** SOURCE_DATE_EPOCH as the entry point read it, or null: then the content's dates. */
    private final String sourceDateEpoch;

    /** {@code baseUri}: what relative links in the XHTML resolve against (the site's base URL). */
    public PdfLayout(String baseUri) {
        this(baseUri, null, null);
    }

    /**
     * As {@link #PdfLayout(String)}, reusing documents laid out by earlier builds from {@code cache} (may be null),
     * dated {@code sourceDateEpoch} when given.
     */
    public PdfLayout(String baseUri, PrintCache cache, String sourceDateEpoch) {
        this.baseUri = baseUri;
        this.cache = cache;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** Where this layout keeps documents between builds, or null. */
    public PrintCache cache() {
        return cache;
    }

    private static List<Face> faces() {
        List<Face> faces = new java.util.ArrayList<>();
        String[][] liberation = {{"Liberation Sans", "LiberationSans", "sans-serif"},
                {"Liberation Serif", "LiberationSerif", "serif"}, {"Liberation Mono", "LiberationMono", "monospace"}};
        for (String[] l : liberation) {
            for (String family : new String[] {l[0], l[2]}) {
                faces.add(new Face(family, "/liberation/" + l[1] + "-Regular.ttf", 400, FontStyle.NORMAL));
                faces.add(new Face(family, "/liberation/" + l[1] + "-Bold.ttf", 700, FontStyle.NORMAL));
                faces.add(new Face(family, "/liberation/" + l[1] + "-Italic.ttf", 400, FontStyle.ITALIC));
                faces.add(new Face(family, "/liberation/" + l[1] + "-BoldItalic.ttf", 700, FontStyle.ITALIC));
            }
        }
        faces.add(new Face(FALLBACK_FAMILY, "/print/DejaVuSans.ttf", 400, FontStyle.NORMAL));
        return List.copyOf(faces);
    }

    /** A laid-out document: the PDF's bytes and its page count. */
    public record Pdf(byte[] bytes, int pages) {}

    /**
     * Lays out {@code xhtml} as an archival, tagged PDF with {@code info} as its properties. Always archival, even
     * for share cards: outside PDF/A openhtmltopdf adds unembedded standard fonts, which PDFBox would then draw
     * with whatever fonts the machine has.
     */
    public Pdf layout(String xhtml, DocumentInfo info) throws IOException {
        String key = cache == null ? null : cache.key("pdf", baseUri, xhtml, info.toString());
        byte[] kept = cache == null ? null : cache.get(key);
        if (kept != null && kept.length > 4) {
            // Kept as 4 bytes of page count, then the PDF.
            int pages = java.nio.ByteBuffer.wrap(kept, 0, 4).getInt();
            return new Pdf(java.util.Arrays.copyOfRange(kept, 4, kept.length), pages);
        }
        Pdf made = layoutNow(xhtml, info);
        if (cache != null) {
            cache.put(key, java.nio.ByteBuffer.allocate(4 + made.bytes().length).putInt(made.pages())
                    .put(made.bytes()).array());
        }
        return made;
    }

    private Pdf layoutNow(String xhtml, DocumentInfo info) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TypeCase type = TYPE_CASES.poll();
        if (type == null) {
            type = new TypeCase();
        }
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            Document html = prepare(xhtml);
            if (rightToLeft(info.language())) {
                mirrorTables(html);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(html), baseUri);
            builder.withProducer(Stamp.TOOL);
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            if (rightToLeft(info.language())) {
                bidi(builder, info.language());
                builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            } else if (com.ibm.icu.text.Bidi.requiresBidi(xhtml.toCharArray(), 0, xhtml.length())) {
                // A left-to-right document quoting Arabic or Hebrew: those runs are laid right to left, joined.
                bidi(builder, info.language());
            }
            for (Face f : FACES) {
                builder.useFont(new LazyFont(pdf, f, type), f.family(), f.weight(), f.style(), true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                describeLinks(pdf);
                Artifacts.shrink(pdf);
                Stamp.apply(pdf, info, "U", (xhtml + "\u0000" + info).getBytes(StandardCharsets.UTF_8),
                        sourceDateEpoch);
                pdf.save(bytes);
                return new Pdf(bytes.toByteArray(), pdf.getNumberOfPages());
            }
        } finally {
            TYPE_CASES.offer(type);
        }
    }

    /** Whether documents in {@code language} are written right to left (Arabic, Hebrew, Persian, Urdu...). */
    static boolean rightToLeft(String language) {
        return language != null && com.ibm.icu.util.ULocale.forLanguageTag(language).isRightToLeft();
    }

    /**
     * Lays text out with ICU: runs of each direction split and put in visual order (bidi), Arabic letters joined
     * (shaped to their presentation forms, which the fonts have and text extraction maps back to the letters), and
     * lines broken by the language's rules.
     */
    private static void bidi(PdfRendererBuilder builder, String language) {
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(java.util.Locale.forLanguageTag(language)));
    }

    /**
     * The faces one document draws from, each parsed from the font file once and then kept for the documents laid
     * out after it. A document has its set to itself while it is laid out: a parsed font reads its file through one
     * shared position, so two documents must not use it at once. Each document still embeds its own subset.
     * Glyph substitution (GSUB) is off: the fonts need no shaping for the scripts they cover, and PDFBox 3 would
     * otherwise compile regular expressions for every line of text, more than half the time of a brief.
     */
    private static final class TypeCase {
        private final Map<String, TrueTypeFont> parsed = new HashMap<>();

        TrueTypeFont face(Face f) throws IOException {
            TrueTypeFont ttf = parsed.get(f.resource());
            if (ttf == null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(font(f.resource())));
                ttf.setEnableGsub(false);
                parsed.put(f.resource(), ttf);
            }
            return ttf;
        }
    }

    /** A face that is added to the document only if the layout uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final Face face;
        private final TypeCase type;
        private PDFont font;

        LazyFont(PDDocument pdf, Face face, TypeCase type) {
            super(null);
            this.pdf = pdf;
            this.face = face;
            this.type = type;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                font = load(pdf, face, type);
            }
            return font;
        }
    }

    /** Adds a face to the document when the layout first needs it. */
    private static PDFont load(PDDocument pdf, Face f, TypeCase type) {
        try {
            return PDType0Font.load(pdf, type.face(f), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + f.resource(), e);
        }
    }

    /**
     * PDF/UA wants every link annotation described in its /Contents; openhtmltopdf 1.1.x leaves it off. A link says
     * where it goes: its web address, or that it leads within the document.
     */
    static void describeLinks(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                    link.setContents(link.getAction() instanceof PDActionURI uri
                            ? "Link to " + uri.getURI() : "Link to another part of this document");
                }
            }
        }
    }

    /**
     * Parses the templates' XHTML. openhtmltopdf reads the outline from {@code <bookmarks>} in the head, where an
     * HTML parser will not leave an unknown element, so it is moved back there.
     */
    static Document prepare(String xhtml) {
        Document doc = Jsoup.parse(xhtml);
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) {
            doc.head().appendChild(bookmarks);
        }
        splitLongTexts(doc);
        return doc;
    }

    /** A text longer than this is laid out in pieces of about this length ({@link #splitLongTexts}). */
    static final int TEXT_PIECE = 2_000;

    /**
     * Puts each text longer than {@link #TEXT_PIECE} in spans of about that length, cut after a space. openhtmltopdf
     * copies the rest of a text, and starts a new line breaker over it, for every line it sets: time and memory
     * grow with the square of one text's length (a 1 MB paragraph took minutes and gigabytes). Cut after spaces,
     * the pieces break into the same lines; texts of an ordinary length are left as they are.
     */
    static void splitLongTexts(Document doc) {
        for (org.jsoup.nodes.TextNode text : longTexts(doc)) {
            String s = text.getWholeText();
            List<String> pieces = new java.util.ArrayList<>();
            int start = 0;
            while (s.length() - start > TEXT_PIECE) {
                int cut = s.indexOf(' ', start + TEXT_PIECE);
                if (cut < 0) {
                    break;
                }
                pieces.add(s.substring(start, cut + 1));
                start = cut + 1;
            }
            if (pieces.isEmpty()) {
                continue; // no space to cut after: one word, laid out whole
            }
            pieces.add(s.substring(start));
            for (String piece : pieces) {
                text.before(new Element("span").text(piece));
            }
            text.remove();
        }
    }

    private static List<org.jsoup.nodes.TextNode> longTexts(Document doc) {
        List<org.jsoup.nodes.TextNode> found = new java.util.ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && t.getWholeText().length() > TEXT_PIECE) {
                found.add(t);
            }
        });
        return found;
    }

    /**
     * Puts each table row's cells in the opposite order. The layout places a table's columns from the left whatever
     * the direction, so a right-to-left table, whose first column belongs on the right, is given to it mirrored.
     */
    static void mirrorTables(Document doc) {
        for (Element row : doc.select("tr")) {
            List<Element> cells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
            for (int i = cells.size() - 1; i >= 0; i--) {
                row.appendChild(cells.get(i));
            }
        }
    }

    /** A shipped font as it is embedded: without hinting, which print does not use. */
    private static byte[] font(String resource) {
        return FONT_BYTES.computeIfAbsent(resource, r -> Unhinted.of(resource(r)));
    }

    static byte[] resource(String name) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
