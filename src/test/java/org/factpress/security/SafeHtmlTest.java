package org.factpress.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/** site.yaml's allow_html: raw HTML in analyses kept, cut down to a safe subset; never script or handlers. */
class SafeHtmlTest {
    @TempDir
    Path dir;

    static final String ANALYSIS = """
            Kept: <em>stress</em>, <abbr title="gross domestic product">GDP</abbr>, <a href="https://example.org/r" title="t">a report</a>,
            <a href="/factpress/claims/roads-counted/">a sister check</a> and <table><tr><td align="right">2.1</td></tr></table>.

            Cut: <script>window.xss=1</script><span onclick="window.xss=1" style="color:red" class="x">span</span>
            <a href="javascript:window.xss=1">js link</a> <a href="data:text/html,x">data link</a>
            <img src="https://cdn.example.org/p.png" onerror="window.xss=1" alt="chart"><iframe src="https://e.org"></iframe>
            <svg onload="window.xss=1"><circle/></svg><style>p{}</style><form action="/x"><input name="q"></form>
            """;

    ContentTree tree(String allow) throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("site.yaml", "language: en", "language: en\nallow_html: " + allow)
                .edit("articles/bridge-report/bridge-cost.md", "The analysis, with **emphasis**.", ANALYSIS);
        t.edit("articles/bridge-report/article.md", "The minister said", "<em>Raw</em> in the source. The minister said");
        return t;
    }

    Document build(ContentTree t, String page) throws Exception {
        Path out = dir.resolve("out");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return TestSite.html(out.resolve(page));
    }

    @Test
    void safeKeepsTheSubsetAndDropsEverythingActive() throws Exception {
        ContentTree t = tree("safe");
        Element analysis = build(t, "claims/bridge-cost/index.html").selectFirst(".analysis");
        assertEquals("stress", analysis.selectFirst("em").text());
        assertEquals("gross domestic product", analysis.selectFirst("abbr").attr("title"));
        assertEquals("https://example.org/r", analysis.selectFirst("a[title=t]").attr("href"));
        assertEquals("/factpress/claims/roads-counted/", analysis.select("a").get(1).attr("href"));
        assertEquals("right", analysis.selectFirst("td").attr("align"));

        assertEquals("", analysis.select("script, iframe, svg, style, form, input, img, [onclick], [style], [class=x]")
                .outerHtml());
        assertFalse(analysis.text().contains("window.xss"), analysis.html());
        assertTrue(analysis.text().contains("js link") && analysis.text().contains("data link"));
        for (Element a : analysis.select("a[href]")) {
            assertTrue(a.attr("href").matches("https://.*|/.*"), a.outerHtml());
        }
        // An image becomes a link to it, never a request from the page.
        assertEquals("https://cdn.example.org/p.png", analysis.selectFirst("a.image-link").attr("href"));

        // The source article is what is being checked, not the desk's words: always escaped.
        Document article = TestSite.html(dir.resolve("out/articles/bridge-report/index.html"));
        assertTrue(article.selectFirst("main").text().contains("<em>Raw</em> in the source."));
    }

    @Test
    void byDefaultRawHtmlIsShownAsText() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/bridge-cost.md", "The analysis, with **emphasis**.", ANALYSIS);
        Element analysis = build(t, "claims/bridge-cost/index.html").selectFirst(".analysis");
        assertTrue(analysis.select("em, abbr, td[align]").isEmpty());
        assertTrue(analysis.text().contains("Kept: <em>stress</em>"), analysis.text());
    }

    @Test
    void anUnknownSettingIsAnErrorAtItsLine() throws Exception {
        ContentTree t = tree("all");
        List<Problem> errors = SiteBuild.check(t.root()).problems().all().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(t.path("site.yaml"), errors.get(0).position().file());
        assertEquals(5, errors.get(0).position().line());
        assertEquals("field 'allow_html' must be 'none' or 'safe', found 'all'", errors.get(0).message());
        assertTrue(errors.get(0).hint().contains("safe (kept, cut down to a safe subset without scripts"),
                errors.get(0).hint());
    }
}
