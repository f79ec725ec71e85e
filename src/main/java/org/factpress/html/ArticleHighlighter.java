package org.factpress.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.factpress.model.SourceArticle;
import org.factpress.text.ArticleText;
import org.factpress.text.Quotes;
import org.factpress.view.ClaimView;
import org.factpress.view.VerdictSymbol;

/**
 * Marks every checked quote in a source article's text. Each highlight is a {@code <mark>} linking to the
 * fact-check, followed by the verdict (symbol and label). Quotes that overlap share the overlapping text; a quote never spans a
 * paragraph break within one mark, it is marked piece by piece.
 */
public final class ArticleHighlighter {

    /**
     * The article's text as HTML with marks, the claims in the order their quotes appear, and those whose quotes
     * it does not hold ({@code notInText}, in the order given): on a translated article, the checks not translated
     * with it, whose quotes are in the original's words.
     */
    public record Result(String html, List<ClaimView> claimsInTextOrder, List<ClaimView> notInText) {}

    private record Span(ClaimView claim, int start, int end, boolean first, boolean last) {}

    private record Located(ClaimView claim, int start, int end) {}

    private ArticleHighlighter() {}

    /** Marks without verdict symbols, for callers that want only the order of the quotes. */
    public static Result highlight(SourceArticle article, List<ClaimView> claims) {
        return highlight(article, claims, Map.of(), "", alt -> alt);
    }

    /**
     * {@code symbols}: each rating's symbol by rating id ({@link VerdictSymbol#all}), shown with its label;
     * {@code verdictWord}: what a screen reader hears before the label ("Verdict: " in the site's language);
     * {@code imageWords}: what stands for an image of the original, from its alt text (empty when it has none),
     * in the site's language. The text does not carry the article's images: each is a link to the original
     * article, saying an image was there and what it showed.
     */
    public static Result highlight(SourceArticle article, List<ClaimView> claims, Map<String, String> symbols,
                                   String verdictWord, java.util.function.Function<String, String> imageWords) {
        ArticleText text = ArticleText.of(article.body());
        List<Located> located = new ArrayList<>();
        List<ClaimView> notInText = new ArrayList<>();
        for (ClaimView c : claims) {
            List<Integer> found = text.find(c.claim().statement().quote());
            if (found.isEmpty()) {
                // an untranslated check of a translated article; else the check stage reports it
                notInText.add(c);
                continue;
            }
            Integer occurrence = c.claim().statement().occurrence();
            int which = occurrence == null ? 0 : Math.min(occurrence, found.size()) - 1;
            int start = found.get(which);
            located.add(new Located(c, start, start + ArticleText.normalize(c.claim().statement().quote()).length()));
        }
        located.sort(Comparator.comparingInt(Located::start).thenComparing(l -> l.claim().claim().slug()));

        Map<Integer, List<Span>> byNode = new TreeMap<>();
        for (Located l : located) {
            List<ArticleText.Piece> pieces = text.pieces(l.start(), l.end());
            for (int i = 0; i < pieces.size(); i++) {
                ArticleText.Piece p = pieces.get(i);
                byNode.computeIfAbsent(p.node(), k -> new ArrayList<>())
                        .add(new Span(l.claim(), p.start(), p.end(), i == 0, i == pieces.size() - 1));
            }
        }
        byNode.forEach((node, spans) -> mark(text.nodes().get(node), spans, symbols, verdictWord));
        for (Element image : text.document().select(".image-link")) {
            String alt = image.hasAttr("href") && image.text().equals(image.attr("href")) ? "" : image.text();
            Element placeholder = new Element("a").addClass("image-in-original").attr("href", article.url())
                    .attr("rel", "nofollow noopener").text(imageWords.apply(alt));
            image.replaceWith(placeholder);
        }
        return new Result(text.document().body().html(), located.stream().map(Located::claim).toList(),
                List.copyOf(notInText));
    }

    private static void mark(TextNode node, List<Span> spans, Map<String, String> symbols, String verdictWord) {
        String s = node.getWholeText();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, s.length()));
        for (Span sp : spans) {
            cuts.add(sp.start());
            cuts.add(sp.end());
        }
        List<Node> replacement = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                final int a = from;
                final int b = to;
                String part = s.substring(a, b);
                List<Span> covering = spans.stream().filter(sp -> sp.start() <= a && sp.end() >= b).toList();
                if (covering.isEmpty()) {
                    replacement.add(new TextNode(part));
                } else {
                    replacement.add(markElement(part, covering, spans, a));
                }
                // After the last piece of a quote, its verdict.
                for (Span sp : spans) {
                    if (sp.last() && sp.end() == b) {
                        replacement.add(verdictTag(sp.claim(), symbols.get(sp.claim().rating().id()), verdictWord));
                    }
                }
            }
            from = to;
        }
        for (Node n : replacement) {
            node.before(n);
        }
        node.remove();
    }

    private static Element markElement(String part, List<Span> covering, List<Span> all, int start) {
        ClaimView lead = covering.get(0).claim();
        Element mark = new Element("mark").addClass("quote").addClass("verdict-" + lead.rating().id());
        if (covering.size() > 1) {
            mark.addClass("overlap");
        }
        mark.attr("data-claims", String.join(" ", covering.stream().map(sp -> sp.claim().claim().slug()).toList()));
        for (Span sp : all) {
            if (sp.first() && sp.start() == start) {
                // An anchor the fact-check page can link back to.
                mark.attr("id", "quote-" + sp.claim().claim().slug());
                break;
            }
        }
        mark.appendElement("a").attr("href", lead.url()).text(part);
        return mark;
    }

    private static Element verdictTag(ClaimView c, String symbol, String verdictWord) {
        Element a = new Element("a").addClass("verdict-tag").addClass("verdict-" + c.rating().id())
                .attr("href", c.url());
        if (symbol != null) {
            a.appendElement("span").addClass("verdict-icon").attr("aria-hidden", "true").text(symbol);
            a.appendText(" ");
        }
        if (!verdictWord.isEmpty()) {
            a.appendElement("span").addClass("visually-hidden").text(verdictWord);
        }
        a.appendText(c.rating().label());
        return a;
    }
}
