package org.factpress.text;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Editors' Markdown to HTML. Raw HTML in the Markdown is shown as text, not obeyed: content is the editors' words,
 * not markup we trust. Where a site allows it ({@code allow_html: safe}), raw HTML is kept but cut down to a safe
 * subset. Either way every result passes jsoup's {@link Cleaner}: no script, no event handler, no style, and links
 * only to http(s), mailto or the site itself, whatever flexmark lets through. Images become links ({@code .image-link},
 * by their alt text), so no page loads anything from another site.
 */
public final class Markdown {
    static final Parser PARSER;
    /** The same parser without autolinking, for text that holds nothing autolinking could link. */
    static final Parser PLAIN_PARSER;
    static final HtmlRenderer ESCAPING;
    static final HtmlRenderer RAW;
    /** The parsers' and renderers' options, without the renderers' own. */
    static final MutableDataSet OPTIONS;
    /** A base for resolving relative links while cleaning; never appears in the output. */
    private static final String CLEANING_BASE = "https://factpress.invalid/";

    /** What Markdown itself produces, and the subset of HTML an editor may write where the site allows it. */
    static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "s", "del", "ins", "mark", "abbr")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)^\\s*(?!https?:|mailto:|#|/).*:.*");
        PARSER = Parser.builder(options).build();
        PLAIN_PARSER = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS,
                List.of(TablesExtension.create()))).build();
        ESCAPING = HtmlRenderer.builder(new MutableDataSet(options).set(HtmlRenderer.ESCAPE_HTML, true))
                .nodeRendererFactory(TextRendering.FACTORY).build();
        RAW = HtmlRenderer.builder(options).nodeRendererFactory(TextRendering.FACTORY).build();
        OPTIONS = options;
    }

    private Markdown() {}

    /** The Markdown as a parsed HTML body, raw HTML escaped, ready to be walked or changed. */
    public static Document toDocument(String markdown) {
        return toDocument(markdown, false);
    }

    /** As {@link #toDocument(String)}; {@code safeHtml} keeps the editor's raw HTML, cut down to the safe subset. */
    public static Document toDocument(String markdown, boolean safeHtml) {
        if (MarkdownDepth.tooDeep(markdown)) {
            return plainText(markdown);
        }
        try {
            Parser parser = mayHoldBareLink(markdown) ? PARSER : PLAIN_PARSER;
            return toDocument(markdown, safeHtml, parser);
        } catch (StackOverflowError e) {
            // A shape MarkdownDepth does not foresee made flexmark recurse too deep: the text, unformatted.
            return plainText(markdown);
        }
    }

    /** The whole way from Markdown to cleaned HTML, with {@code parser}: the tests compare both parsers. */
    static Document toDocument(String markdown, boolean safeHtml, Parser parser) {
        Document dirty = Jsoup.parseBodyFragment((safeHtml ? RAW : ESCAPING).render(parser.parse(markdown)),
                CLEANING_BASE);
        if (safeHtml && MarkdownDepth.of(dirty.body()) > MarkdownDepth.MAX_HTML) {
            // Cleaning is quadratic in nesting: raw HTML this deep is shown as text.
            dirty = Jsoup.parseBodyFragment(ESCAPING.render(parser.parse(markdown)), CLEANING_BASE);
        }
        Document doc = new Cleaner(SAFE).clean(dirty);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            // A link to the image by its alt text (else its address), in no language: the pages that know the
            // theme's words say what it is (an article's page: "an image in the original", ArticleHighlighter).
            String src = img.attr("src"); // empty when the cleaner removed a src that was not http(s)
            Element link = src.isEmpty() || MarkdownLinks.protocolRelative(src) ? new Element("span")
                    : new Element("a").attr("href", src);
            link.text(img.attr("alt").isBlank() ? src : img.attr("alt").strip());
            link.addClass("image-link");
            img.replaceWith(link);
        }
        for (Element a : doc.select("a[href]")) {
            if (MarkdownLinks.protocolRelative(a.attr("href"))) {
                a.removeAttr("href"); // another site, without its scheme: check refuses it; the page shows the text
            }
        }
        for (Element a : doc.select("a:not([href])")) {
            a.unwrap(); // its link was unsafe and removed: plain text, not a link that goes nowhere
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("rel", "nofollow noopener");
            }
        }
        return doc;
    }

    /**
     * Whether autolinking could find anything: it links only text with a scheme ({@code ://}), {@code www.} or an
     * e-mail address ({@code @}). Autolinking scans every text node with regular expressions, a large part of
     * parsing an analysis, so text without any of these skips it; the HTML is the same either way.
     */
    static boolean mayHoldBareLink(String markdown) {
        if (markdown.contains("://") || markdown.indexOf('@') >= 0) {
            return true;
        }
        for (int i = markdown.indexOf('.'); i >= 3; i = markdown.indexOf('.', i + 1)) {
            if (markdown.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Markdown too deeply nested to parse, shown as it was written: one paragraph per block of lines. */
    static Document plainText(String markdown) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        for (String block : markdown.strip().split("\n\s*\n")) {
            if (!block.isBlank()) {
                doc.body().appendElement("p").text(block.strip());
            }
        }
        return doc;
    }

    /** The Markdown as an HTML fragment. */
    public static String toHtml(String markdown) {
        return toDocument(markdown).body().html();
    }

    /** As {@link #toHtml(String)}, keeping the safe subset of raw HTML when {@code safeHtml}. */
    public static String toHtml(String markdown, boolean safeHtml) {
        return toDocument(markdown, safeHtml).body().html();
    }
}
