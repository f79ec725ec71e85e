package org.factpress.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.factpress.diagnostics.Problems;
import org.factpress.model.ArticleTranslation;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Library;
import org.factpress.model.Source;
import org.factpress.model.SourceArticle;

/**
 * Check stage for print: text the PDFs will show must be in the fonts factpress ships. openhtmltopdf prints '#'
 * for a character no registered font has, silently, so a claim in a script the fonts lack (Chinese, Thai, …)
 * is reported as a warning at its field; the HTML pages are not affected.
 */
public final class PrintableText {
    private static final List<CmapLookup> CMAPS = cmaps();

    private PrintableText() {}

    private static List<CmapLookup> cmaps() {
        List<CmapLookup> out = new ArrayList<>();
        for (String r : List.of("/liberation/LiberationSans-Regular.ttf", "/liberation/LiberationSerif-Regular.ttf",
                "/print/DejaVuSans.ttf")) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font(r)));
                out.add(ttf.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /** A print font shipped in the jar (the same files the print stage lays out with). */
    private static byte[] font(String name) throws IOException {
        try (java.io.InputStream in = PrintableText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return in.readAllBytes();
        }
    }

    /** {@link #printable} for every character of the Basic Multilingual Plane, worked out once. */
    private static final java.util.BitSet PRINTABLE_BMP = printableBmp();

    private static java.util.BitSet printableBmp() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (int cp = 0; cp < 0x10000; cp++) {
            if (lookUp(cp)) {
                set.set(cp);
            }
        }
        return set;
    }

    /** Whether the shipped fonts have every ASCII character. */
    private static final boolean ASCII_PRINTABLE = PRINTABLE_BMP.nextClearBit(0) >= 0x80;

    /** Whether some shipped font has a glyph for {@code codePoint}. */
    public static boolean printable(int codePoint) {
        return codePoint < 0x10000 ? PRINTABLE_BMP.get(codePoint) : lookUp(codePoint);
    }

    private static boolean lookUp(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (CmapLookup c : CMAPS) {
            if (c.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters of {@code text} no shipped font has, each once, in order of code point. Arabic letters are
     * printed joined, as the forms they take beside their neighbours: a letter whose joined form no font has is
     * missing too.
     */
    public static TreeSet<Integer> missing(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        // One pass, as a loop: every check's every field is scanned on each build. ASCII first: the shipped fonts
        // have every ASCII character, so most text needs no look-up at all.
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80 && ASCII_PRINTABLE) {
            i++;
        }
        boolean joins = false;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!printable(cp)) {
                out.add(cp);
            }
            joins |= arabic(cp);
        }
        if (joins) {
            joinedForms(text).codePoints().filter(cp -> !printable(cp)).forEach(cp -> out.add(letterOf(cp)));
        }
        return out;
    }

    /** Letters the print layout shapes: the Arabic blocks. */
    private static boolean arabic(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF);
    }

    /** {@code text} as the print layout draws it: Arabic letters in their joined (presentation) forms. */
    private static String joinedForms(String text) {
        try {
            return new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE).shape(text);
        } catch (com.ibm.icu.text.ArabicShapingException e) {
            return text;
        }
    }

    /** The letter a presentation form is a form of, as the desk wrote it. */
    private static int letterOf(int form) {
        String letter = java.text.Normalizer.normalize(Character.toString(form), java.text.Normalizer.Form.NFKC);
        return letter.isEmpty() ? form : letter.codePointAt(0);
    }

    /** Adds a warning for every field of a published claim, or its article, that the PDFs cannot print whole. */
    public static void check(Library library, Problems problems) {
        Map<String, SourceArticle> articles = library.articlesBySlug();
        java.util.Set<String> seenArticles = new java.util.HashSet<>();
        for (Claim c : library.publishedClaims()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("quote", c.statement().quote());
            fields.put("headline", c.headline());
            fields.put("summary", c.summary());
            fields.put("said_where", c.statement().saidWhere());
            StringBuilder sources = new StringBuilder();
            for (Source s : c.sources()) {
                sources.append(s.title()).append(' ').append(s.publisher() == null ? "" : s.publisher()).append(' ');
            }
            fields.put("sources", sources.toString());
            fields.forEach((field, text) -> warn(problems, c.origin().at(field), field, text));
            TreeSet<Integer> body = missing(c.analysis());
            if (!body.isEmpty()) {
                problems.warning(new org.factpress.diagnostics.Position(c.origin().file(), 1, 1),
                        "the analysis has characters the PDF fonts lack: " + describe(body), hint());
            }
            SourceArticle a = articles.get(c.articleSlug());
            if (a != null && seenArticles.add(a.slug())) {
                warn(problems, a.origin().at("title"), "title", a.title());
                warn(problems, a.origin().at("publisher"), "publisher", a.publisher());
            }
        }
        java.util.Set<String> published = new java.util.HashSet<>();
        library.publishedClaims().forEach(c -> published.add(c.articleSlug() + '/' + c.slug()));
        for (ClaimTranslation t : library.claimTranslations()) {
            if (published.contains(t.articleSlug() + '/' + t.claimSlug())) {
                check(t, problems);
            }
        }
        for (ArticleTranslation t : library.articleTranslations()) {
            if (seenArticles.contains(t.articleSlug())) {
                check(t, problems);
            }
        }
    }

    /** As {@link #check(Library, Problems)}, for a published check's translation: its words, in its own file. */
    public static void check(ClaimTranslation t, Problems problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("quote", t.quote());
        fields.put("headline", t.headline());
        fields.put("summary", t.summary());
        fields.put("said_where", t.saidWhere());
        fields.put("rating_explanation", t.ratingExplanation());
        fields.put("verdict", t.conclusion());
        fields.forEach((field, text) -> warn(problems, t.origin().at(field), field, text));
        TreeSet<Integer> body = missing(t.analysis());
        if (!body.isEmpty()) {
            problems.warning(new org.factpress.diagnostics.Position(t.origin().file(), 1, 1),
                    "the analysis has characters the PDF fonts lack: " + describe(body), hint());
        }
    }

    /** As {@link #check(Library, Problems)}, for the translation of an article with a published check. */
    public static void check(ArticleTranslation t, Problems problems) {
        warn(problems, t.origin().at("title"), "title", t.title());
    }

    private static void warn(Problems problems, org.factpress.diagnostics.Position at, String field, String text) {
        TreeSet<Integer> m = missing(text);
        if (!m.isEmpty()) {
            problems.warning(at, "'" + field + "' has characters the PDF fonts lack: " + describe(m), hint());
        }
    }

    private static String hint() {
        return "the PDFs would print '#' in their place; the web pages show them";
    }

    private static String describe(TreeSet<Integer> codePoints) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int cp : codePoints) {
            if (n++ == 5) {
                b.append(", and ").append(codePoints.size() - 5).append(" more");
                break;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').appendCodePoint(cp).append("' ").append(String.format("U+%04X", cp));
        }
        return b.toString();
    }
}
