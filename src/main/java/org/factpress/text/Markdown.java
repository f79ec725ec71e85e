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

/**
 * Editors' Markdown to HTML. Raw HTML in the Markdown is shown as text, not obeyed: content is the editors' words,
 * not markup we trust. Images become links, so no page loads anything from another site.
 */
public final class Markdown {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)^\\s*(?!https?:|mailto:|#|/).*:.*");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {}

    /** The Markdown as a parsed HTML body, ready to be walked or changed. */
    public static Document toDocument(String markdown) {
        Document doc = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            Element link = new Element("a").attr("href", img.attr("src")).text("[" + alt + " in the original]");
            link.addClass("image-link");
            img.replaceWith(link);
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("rel", "nofollow noopener");
            }
        }
        return doc;
    }

    /** The Markdown as an HTML fragment. */
    public static String toHtml(String markdown) {
        return toDocument(markdown).body().html();
    }

    /** Plain text of the Markdown, for summaries and search. */
    public static String toText(String markdown) {
        return toDocument(markdown).body().text();
    }
}
