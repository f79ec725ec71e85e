package org.factpress.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.TestSite;

/**
 * The hostile corpus, built: every payload reaches the reader as the text the editor wrote, in every context
 * (HTML text and attributes, JSON-LD in a script block, PDF text), and nothing of it becomes markup.
 */
@Tag("slow")
class HostileContentTest {
    @TempDir
    static Path dir;
    static Path site;

    static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://|mailto:|/|#)[^\\s]*");

    @BeforeAll
    static void build() throws Exception {
        site = HostileSite.build(dir);
    }

    static Document page(String path) throws Exception {
        return TestSite.html(site.resolve(path));
    }

    @Test
    void noPageCarriesMarkupFromTheContent() throws Exception {
        List<Path> pages = HostileSite.files(site, ".html");
        assertTrue(pages.size() >= 6, pages::toString);
        for (Path p : pages) {
            Document d = TestSite.html(p);
            for (Element script : d.select("script")) {
                // JSON-LD, or the theme's own search scripts: loaded from the site's static folder, never inline.
                if (!script.attr("type").equals("application/ld+json")) {
                    assertTrue(script.attr("src").matches("/[\\w/-]*/static/[\\w/.-]+\\.js") && script.data().isEmpty(),
                            p + ": a script that is neither JSON-LD nor the theme's: " + script.outerHtml());
                }
            }
            assertEquals("", d.select("iframe, object, embed, math, style, base, body[onload], "
                    + "meta[http-equiv=refresh]").outerHtml(), p.toString());
            // What the content fills (the theme's own frame may hold a search form or a logo).
            assertEquals("", d.select("article.fact-check, article.source-article, .claim-card")
                    .select("svg, form, input, button, details, img").outerHtml(), p.toString());
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), p + ": event handler " + a + " on " + e.tagName());
                }
            }
            for (Element a : d.select("[href], [src], [action], [formaction]")) {
                String url = a.hasAttr("href") ? a.attr("href") : a.hasAttr("src") ? a.attr("src") : a.attr("action");
                assertTrue(SAFE_HREF.matcher(url).matches(), p + ": unsafe link " + url);
            }
        }
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicyFirst() throws Exception {
        for (Path p : HostileSite.files(site, ".html")) {
            Document d = TestSite.html(p);
            List<Element> csp = d.select("meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, csp.size(), p.toString());
            String policy = csp.get(0).attr("content");
            assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            // Before anything a policy governs: only the charset may come first.
            assertEquals(csp.get(0), d.head().child(1), p + ": the policy must be the head's second element");
            assertEquals("utf-8", d.head().child(0).attr("charset"));
        }
    }

    @Test
    void payloadsArriveAsTheTextTheEditorWrote() throws Exception {
        Document claim = page("claims/script-tag/index.html");
        assertEquals("Did she say <script>window.xss=1</script>? \" onmouseover=\"window.xss=1", claim.selectFirst("h1").text());
        assertEquals("“<script>window.xss=1;alert(1)</script>”", claim.selectFirst(".claim-quote").text());
        assertTrue(claim.selectFirst("figcaption").text().contains("Mallory <script>window.xss=1;alert(1)</script>"));
        assertTrue(claim.selectFirst(".summary").text().startsWith("<img src=x onerror=window.xss=1>"));
        assertEquals("<img src=x onerror=window.xss=1> \"><script>window.xss=1</script> '><svg onload=window.xss=1>",
                claim.selectFirst("meta[name=description]").attr("content"));
        assertTrue(claim.title().startsWith("Did she say <script>"), claim.title());
        assertEquals("https://finance.example.org/?a=&b='onmouseover='window.xss=1",
                claim.selectFirst(".sources a").attr("href"));
        assertTrue(claim.selectFirst(".sources li").text().contains("Budget </a><script>window.xss=1</script>"));
        assertTrue(claim.selectFirst(".updates li").text().contains("<b onmouseover=window.xss=1>Corrected</b>"));
        assertTrue(claim.selectFirst(".ruling .verdict").text().endsWith("False <script>window.xss=1</script>"),
                claim.selectFirst(".ruling .verdict").text());
        // Raw HTML and script links in the analysis are shown, not obeyed: the link texts stay, the links go.
        Element analysis = claim.selectFirst(".analysis");
        assertTrue(analysis.text().contains("<a href=\"javascript:window.xss=1\" onclick=\"window.xss=1\">raw link</a>"));
        for (String text : List.of("plain", "upper", "entity", "tab", "colon", "vb", "data", "ref link")) {
            assertTrue(analysis.text().contains(text), text);
        }
        assertTrue(analysis.select("a[href]").isEmpty(), analysis.select("a").outerHtml());
        // Template syntax in content is printed, never evaluated.
        Document people = page("claims/block-breakout/index.html");
        assertTrue(people.selectFirst(".byline").text().contains("Ann </script><script>window.xss=1</script>"));
        Document bidi = page("claims/bidi-spoof/index.html");
        assertTrue(bidi.selectFirst("h1").text().contains("${site.title} <#if true>x</#if>"), bidi.selectFirst("h1").text());
        Document article = page("articles/hostile-report/index.html");
        assertTrue(article.selectFirst("main").text().contains("Template: ${site.title} and <#assign x=1>"));
    }

    @Test
    void jsonLdSurvivesAQuoteThatClosesTheScriptBlock() throws Exception {
        Path file = site.resolve("claims/block-breakout/index.html");
        String source = Files.readString(file);
        assertEquals(1, source.split("</script", -1).length - 1, "only the JSON-LD block's own end tag");
        assertFalse(source.toLowerCase().contains("</script><script>"));
        Document page = Jsoup.parse(source);
        List<Element> scripts = page.select("script");
        assertEquals(1, scripts.size());
        JsonNode review = new ObjectMapper().readTree(scripts.get(0).data());
        assertEquals("</script><script>window.xss=1</script>", review.get("claimReviewed").asText());
        assertEquals("</script><script>window.xss=1</script> ends the JSON-LD?", review.get("name").asText());
        assertEquals("<iframe srcdoc='<script>parent.xss=1</script>'></iframe>",
                review.at("/itemReviewed/author/name").asText());
        assertEquals("Pants </span><svg onload=window.xss=1>", review.at("/reviewRating/alternateName").asText());
        assertEquals("<a href=javascript:window.xss=1>The Daily</a>",
                review.at("/itemReviewed/appearance/0/publisher/name").asText());
    }

    @Test
    void pdfBriefsCarryPayloadsAsText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("briefs/hostile-report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String payload : List.of("<script>window.xss=1;alert(1)</script>", "</script><script>window.xss=1</script>",
                    "Mallory<script>window.xss=1;alert(1)</script>", "<imgsrc=xonerror=window.xss=1>")) {
                assertTrue(text.contains(payload), "PDF lacks " + payload);
            }
        }
    }

    /** Feeds, claims.json, a search index: whatever machine-readable files the site has must parse. */
    @Test
    void everyJsonAndXmlFileParses() throws Exception {
        for (Path p : HostileSite.files(site, ".json")) {
            new ObjectMapper().readTree(p.toFile());
        }
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path p : HostileSite.files(site, ".xml")) {
            xml.newDocumentBuilder().parse(p.toFile());
        }
    }

    @Test
    void hugeStringsAreBuiltWhole() throws Exception {
        Document huge = page("claims/huge-strings/index.html");
        assertEquals(HostileSite.HUGE_HEADLINE, huge.selectFirst("h1").text());
        assertEquals(15_000, huge.select(".analysis p").size());
    }
}
