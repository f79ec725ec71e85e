package org.factpress.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factpress.incremental.PrintCache;
import org.factpress.model.Library;
import org.factpress.model.SiteConfig;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.view.StaleTranslation;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/** What every print template shares: the site, URLs, dates, the scale and its meter, QR codes, the paper size. */
public final class PrintTheme {
    /** One for the build: a check's code is in its article's brief and in its own fact brief. */
    private final QrCode qr = new QrCode();
    private final Library library;
    /** The edition's checks as its pages show them: what a print says of a check is what its page says. */
    private final Views views;
    private final Templates templates;
    private final Urls urls;
    private final PdfLayout layout;
    /** The desk's logo, read once a build; null when site.yaml names none a print can embed. */
    private final String logo;

    public PrintTheme(Views views, Templates templates) {
        this(views, templates, null, null);
    }

    /**
     * With {@code cache} (may be null): documents whose input did not change since the last build are reused;
     * {@code sourceDateEpoch} (may be null) dates every document.
     */
    public PrintTheme(Views views, Templates templates, PrintCache cache, String sourceDateEpoch) {
        this.views = views;
        this.library = views.library();
        this.templates = templates;
        // Links and QR codes point at the edition's pages; the logo is one of the site's own files, at its root.
        Urls site = new Urls(library.site().baseUrl());
        this.urls = Urls.of(library.site());
        this.layout = new PdfLayout(site.absolute(""), cache, sourceDateEpoch);
        this.logo = DeskLogo.dataUri(library.site().publisher(), site, templates.dir());
    }

    public Library library() {
        return library;
    }

    /** The theme's words in the site's language: document titles, subjects and keywords. */
    public org.factpress.text.ThemeWords words() {
        return templates.words(library.site().language());
    }

    public Urls urls() {
        return urls;
    }

    public Map<String, Object> model() {
        SiteConfig site = library.site();
        Map<String, Object> m = templates.commonModel(site, urls);
        m.put("meter", new VerdictMeter(site.scale()));
        // Each verdict's text colour: white or near-black, whichever reads better on the verdict's colour.
        Map<String, String> inks = new java.util.HashMap<>();
        site.scale().ratings().forEach(r -> inks.put(r.id(), r.colour() == null ? "#ffffff" : org.factpress.view.VerdictInk.on(r.colour())));
        m.put("inks", inks);
        m.put("qr", qr);
        m.put("pageSize", site.print().pageSize());
        m.put("pageCounter", pageCounter(words()));
        m.put("pageParts", pageParts(words()));
        m.put("fallbackFont", PdfLayout.FALLBACK_FAMILY);
        if (logo != null) {
            m.put("logo", logo);
        }
        return m;
    }

    /**
     * "Page n of m" in the site's language as CSS {@code content}: the i18n text as CSS strings around the page
     * counters, e.g. {@code "Сторінка " counter(page) " з " counter(pages)}.
     */
    static String pageCounter(org.factpress.text.ThemeWords words) {
        String page = "\uE010";
        String pages = "\uE011";
        StringBuilder css = new StringBuilder("\"");
        for (char ch : words.t("print.page", page, pages).toCharArray()) {
            switch (ch) {
                case '\uE010' -> css.append("\" counter(page) \"");
                case '\uE011' -> css.append("\" counter(pages) \"");
                case '"', '\\' -> css.append('\\').append(ch);
                case '<', '>', '&', '\n', '\r' -> css.append('\\').append(Integer.toHexString(ch)).append(' ');
                default -> css.append(ch);
            }
        }
        return css.append('"').toString();
    }

    /**
     * "Page n of m" in the site's language as its words, spaces and counters in turn, each a map with one key:
     * {@code text}, {@code space} or {@code counter} ({@code page} or {@code pages}). In a right-to-left language,
     * for a line laid out left to right (print.ftlh's pageNumbers), they come in the order the eye meets them from
     * the left, so that the line reads right to left.
     */
    static List<Map<String, String>> pageParts(org.factpress.text.ThemeWords words) {
        List<Map<String, String>> parts = new java.util.ArrayList<>();
        String line = words.t("print.page", "\uE010", "\uE011");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\uE010|\\uE011|\\s+|[^\\s\\uE010\\uE011]+")
                .matcher(line);
        while (m.find()) {
            String part = m.group();
            parts.add(part.equals("\uE010") ? Map.of("counter", "page") : part.equals("\uE011") ? Map.of("counter", "pages")
                    : part.isBlank() ? Map.of("space", part) : Map.of("text", part));
        }
        if (words.rightToLeft()) {
            java.util.Collections.reverse(parts);
        }
        return List.copyOf(parts);
    }

    /**
     * In a language's edition, the note a check's translation carries when it was made before the original changed:
     * the page's note ({@link Views#stale}) in words, when, what changed, and the original's address at the change's
     * entry of its update log, since the paper cannot follow a link. Null in the default edition, for an
     * untranslated check and a translation up to date.
     */
    public String staleNote(org.factpress.view.ClaimView c) {
        StaleTranslation s = views.stale(c);
        if (s == null) {
            return null;
        }
        org.factpress.text.ThemeWords words = words();
        return words.t("print.stale", org.factpress.view.Dates.of(words).display(s.changed()),
                words.t("update." + s.kind()), s.original().name(), Urls.printable(s.originalAbsoluteUrl()));
    }

    /** {@link #staleNote} of each of {@code claims} that has one, by slug. */
    public Map<String, String> staleNotes(List<org.factpress.view.ClaimView> claims) {
        Map<String, String> out = new java.util.HashMap<>();
        for (org.factpress.view.ClaimView c : claims) {
            String note = staleNote(c);
            if (note != null) {
                out.put(c.claim().slug(), note);
            }
        }
        return out;
    }

    /** Document properties: the desk is the author, the site's language the document's. */
    public DocumentInfo info(String title, String subject, List<String> keywords, LocalDate date) {
        return new DocumentInfo(title, library.site().publisher().name(), subject, keywords, library.site().language(),
                date);
    }

    public String xhtml(String template, Map<String, Object> model) throws TemplateProblem {
        return templates.render(template, model);
    }

    public PdfLayout.Pdf pdf(String template, Map<String, Object> model, DocumentInfo info)
            throws IOException, TemplateProblem {
        return layout.layout(xhtml(template, model), info);
    }

    public PdfLayout layout() {
        return layout;
    }
}
