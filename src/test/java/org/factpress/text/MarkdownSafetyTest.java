package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Link schemes, and Markdown shaped to overflow the parser's stack or make cleaning quadratic. */
class MarkdownSafetyTest {
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** flexmark alone is not enough: it decodes "&colon;" after checking SUPPRESSED_LINKS; the cleaner catches it. */
    @Test
    void onlyHttpMailtoAndSiteLinksSurvive() {
        String md = """
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1))
                [d](java&#x09;script:alert(1)) [e](data:text/html,x) [f](vbscript:msgbox) [g](file:///etc/passwd)
                [h][r] <javascript:alert(1)> ![i](javascript:alert(1)) [j](%6Aavascript:alert(1)) [k]( javascript:alert(1))
                [l](javascript&colon;alert(1)) [m](javascript&#58;alert(1))

                [ok1](https://example.org/) [ok2](mailto:desk@example.org) [ok3](/factpress/claims/x/) [ok4](#sources)

                [r]: javascript:alert(1)
                """;
        Document d = Markdown.toDocument(md);
        List<String> hrefs = d.select("a[href]").eachAttr("href");
        for (String href : hrefs) {
            assertTrue(href.matches("https://.*|mailto:.*|/.*|#.*|%6Aavascript:.*"), href);
        }
        assertTrue(hrefs.containsAll(List.of("https://example.org/", "mailto:desk@example.org", "/factpress/claims/x/",
                "#sources")), hrefs::toString);
        assertEquals("", d.select("a:not([href])").outerHtml(), "an unsafe link is text, not a dead link");
        // A percent-encoded scheme is a relative path to the browser, never a script.
        for (String text : List.of("a", "b", "c", "d", "e", "f", "g", "h", "k", "l", "m")) {
            Element link = d.selectFirst("a:matchesOwn(^" + text + "$)");
            assertTrue(link == null || !link.hasAttr("href") || link.attr("href").startsWith("/"), text);
        }
    }

    @Test
    void quoteMatchingIsLinearOnSelfRepeatingText() {
        ArticleText text = ArticleText.of("a ".repeat(1_000_000) + "b");
        String quote = "a ".repeat(100_000) + "b";
        List<Integer> found = assertTimeoutPreemptively(HANG_GUARD, () -> text.find(quote));
        assertEquals(List.of(2 * (1_000_000 - 100_000)), found);
        assertEquals(List.of(0, 2, 4), ArticleText.of("a a a a").find("a a"), "overlapping occurrences all count");
        assertEquals(List.of(), ArticleText.of("a a a a").find("a a a a a"));
    }

    @Test
    void reasonableNestingStillRenders() {
        Document d = Markdown.toDocument("> ".repeat(MarkdownDepth.MAX_CONTAINERS - 1) + "deep quote");
        assertEquals(MarkdownDepth.MAX_CONTAINERS - 1, d.select("blockquote").size());
    }

    @Test
    void absurdNestingIsShownAsTextNotACrash() throws Exception {
        for (String md : List.of("> ".repeat(100_000) + "x", "- ".repeat(50_000) + "x", "*".repeat(50_000) + " x",
                "_".repeat(50_000) + " x", "1. ".repeat(30_000) + "x", nestedByIndent(3000))) {
            // A small stack, as on a thread of a server: the limits, not luck, keep it from overflowing.
            Document[] out = new Document[1];
            Thread t = new Thread(null, () -> out[0] = Markdown.toDocument(md), "small-stack", 512 * 1024);
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                t.start();
                t.join();
            });
            assertTrue(out[0] != null, () -> "failed on " + md.substring(0, 20));
            assertTrue(out[0].body().text().endsWith("x"), md.substring(0, 20));
            assertTrue(out[0].select("blockquote, ul, ol, em, strong").isEmpty());
        }
    }

    static String nestedByIndent(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("- item\n");
        }
        return s.append("x").toString();
    }

    @Test
    void deeplyNestedRawHtmlIsShownAsTextWhereHtmlIsAllowed() {
        Document d = assertTimeoutPreemptively(HANG_GUARD, () -> Markdown.toDocument("<div>".repeat(100_000) + "x", true));
        assertTrue(MarkdownDepth.of(d.body()) < 10);
        assertTrue(d.body().text().startsWith("<div><div>"));
        Document ok = Markdown.toDocument("<em>fine</em> and <b>bold</b>", true);
        assertEquals("fine", ok.selectFirst("em").text());
        assertFalse(ok.html().contains("&lt;em"));
    }
}
