package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.TestSite.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;

/** Builds a small content tree through the real templates and reads the HTML back. */
class SiteBuildTest {
    static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    Path build(ContentTree tree) throws Exception {
        return TestSite.build(tree, dir.resolve("out"));
    }

    @Test
    void homeListsPublishedClaimsNewestFirstWithVerdicts() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        Document home = html(out.resolve("index.html"));
        List<Element> cards = home.select(".claim-card");
        assertEquals(2, cards.size());
        // The home page leads with the checks: its one heading names them, not the site again.
        assertEquals("Latest fact-checks", home.selectFirst("h1").text());
        assertEquals("Did the bridge cost four billion euros?", cards.get(0).selectFirst(".claim-card-title").text());
        assertEquals("Jane Minister, Minister of Works", cards.get(0).selectFirst(".claim-card-by").text());
        assertEquals("Verdict: False", cards.get(0).selectFirst(".verdict").text().replaceAll("^\\S+ ", ""));
        assertEquals("/factpress/claims/bridge-cost/", cards.get(0).selectFirst(".claim-card-title a").attr("href"));
    }

    @Test
    void claimPageShowsEverythingAndCarriesClaimReview() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("Did the bridge cost four billion euros?", page.selectFirst("h1").text());
        // The passage the minister quoted nests in its own <q>, which the browser gives the inner marks.
        // in English's marks (CLDR), the passage the minister quoted in the inner ones, as the prints have it
        assertEquals("“the bridge cost ‘four billion euros’ to build”", page.selectFirst(".claim-quote").text());
        assertEquals("Jane Minister, Minister of Works", page.selectFirst("figcaption .said-by").text());
        // Where and when, as a line of facts rather than a sentence built around the desk's words.
        assertEquals("Press conference, 1 March 2025", page.selectFirst("figcaption .said").text());
        assertFalse(page.selectFirst("figcaption").text().contains("said in"));
        // The verdict comes first: headline and byline, then the verdict beside the quote.
        Element hero = page.selectFirst(".claim-hero");
        assertEquals("✗ Verdict: False", hero.child(0).text());
        assertTrue(hero.child(0).hasClass("verdict-hero"));
        assertTrue(page.selectFirst(".check-head .byline") != null, "the byline is at the top");
        assertTrue(page.selectFirst(".ruling .verdict").text().endsWith("False"));
        assertEquals("The short answer.", page.selectFirst(".ruling .summary").text());
        assertEquals("emphasis", page.selectFirst(".analysis strong").text());
        assertEquals(1, page.select(".analysis table").size());
        Element source = page.selectFirst(".sources li a");
        assertEquals("https://finance.example.org/budget-2024", source.attr("href"));
        assertTrue(page.selectFirst(".byline").text().contains("By Ann Checker; edited by Bob Editor"));
        assertEquals("https://example.org/factpress/claims/bridge-cost/", page.selectFirst("link[rel=canonical]").attr("href"));

        List<Element> ld = page.select("script[type=application/ld+json]");
        assertEquals(1, ld.size());
        JsonNode review = new ObjectMapper().readTree(ld.get(0).data());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("the bridge cost \"four billion euros\" to build", review.get("claimReviewed").asText());
        assertEquals("https://example.org/factpress/claims/bridge-cost/", review.get("url").asText());
        assertEquals("2025-03-03", review.get("datePublished").asText());
        assertEquals("Test Desk", review.at("/author/name").asText());
        assertEquals("NewsMediaOrganization", review.at("/author/@type").asText());
        assertEquals(2, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(6, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        assertEquals("False", review.at("/reviewRating/alternateName").asText());
        assertEquals("Claim", review.at("/itemReviewed/@type").asText());
        assertEquals("Person", review.at("/itemReviewed/author/@type").asText());
        assertEquals("Jane Minister", review.at("/itemReviewed/author/name").asText());
        assertEquals("2025-03-01", review.at("/itemReviewed/datePublished").asText());
        assertEquals("https://news.example.com/bridge", review.at("/itemReviewed/firstAppearance/url").asText());
        assertEquals("Minister defends bridge cost", review.at("/itemReviewed/appearance/0/headline").asText());
    }

    @Test
    void organisationClaimantIsAnOrganizationInClaimReview() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        Document page = html(out.resolve("claims/roads-counted/index.html"));
        JsonNode review = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Organization", review.at("/itemReviewed/author/@type").asText());
        assertEquals(5, review.at("/reviewRating/ratingValue").asInt());
    }

    @Test
    void articlePageHighlightsEveryQuoteAndLinksItsCheck() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        Document page = html(out.resolve("articles/bridge-report/index.html"));
        Element cost = page.getElementById("quote-bridge-cost");
        assertEquals("mark", cost.tagName());
        assertEquals("the bridge cost “four billion euros” to build", cost.text());
        assertEquals("/factpress/claims/bridge-cost/", cost.selectFirst("a").attr("href"));
        // The verdict follows the highlight.
        Element tag = cost.nextElementSibling();
        assertTrue(tag.hasClass("verdict-tag"));
        // It carries its symbol like every other verdict.
        assertEquals("✗ Verdict: False", tag.text());
        assertEquals("true", tag.selectFirst(".verdict-icon").attr("aria-hidden"));

        // A quote broken over two lines of the source is still one highlight in one paragraph.
        Element roads = page.getElementById("quote-roads-counted");
        assertEquals("the minister’s figure counted the roads around it",
                roads.text().replaceAll("\\s+", " "));
        assertEquals(2, page.select("mark.quote").size());
        // The list of checks at the top, in text order.
        List<Element> checks = page.select(".check-list li");
        assertEquals(2, checks.size());
        assertTrue(checks.get(0).text().contains("Did the bridge cost four billion euros?"));
    }

    @Test
    void overlappingAndRepeatedQuotesAreHighlighted() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/bridge-report/cost-overlap.md", ContentTree.claim("four billion euros\\\" to build",
                "jane-minister", "half-true", "Overlap?", "2025-03-04"));
        Path out = build(t);
        Document page = html(out.resolve("articles/bridge-report/index.html"));
        List<Element> overlap = page.select("mark.overlap");
        assertEquals(1, overlap.size());
        assertEquals("four billion euros” to build", overlap.get(0).text());
        assertEquals("bridge-cost cost-overlap", overlap.get(0).attr("data-claims"));
        assertEquals(3, page.select(".verdict-tag").size());
        assertEquals(1, page.select("#quote-cost-overlap").size());
    }

    @Test
    void draftsAreNotPublished() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/roads-counted.md", "published: 2025-03-02", "published: 2025-03-02\nstatus: draft");
        Path out = build(t);
        assertFalse(Files.exists(out.resolve("claims/roads-counted/index.html")));
        assertEquals(1, html(out.resolve("index.html")).select(".claim-card").size());
        assertEquals(1, html(out.resolve("articles/bridge-report/index.html")).select("mark.quote").size());
    }

    @Test
    void rawHtmlInContentIsShownNotObeyed() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/bridge-cost.md", "The analysis, with", "<script>alert(1)</script> The analysis, with")
                .edit("articles/bridge-report/bridge-cost.md", "headline: \"Did", "headline: \"<b>Did");
        Path out = build(t);
        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals(1, page.select("script").size(), "only the JSON-LD block");
        assertTrue(page.selectFirst(".analysis").text().contains("<script>alert(1)</script>"));
        assertTrue(page.selectFirst("h1").text().startsWith("<b>Did"));
        assertTrue(page.select("h1 b").isEmpty());
    }

    @Test
    void everyInternalLinkResolvesUnderTheBasePath() throws Exception {
        Path out = build(ContentTree.valid(dir.resolve("content")));
        List<Path> pages;
        try (var s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() >= 4);
        int checked = 0;
        for (Path p : pages) {
            Document d = html(p);
            for (Element e : d.select("a[href], link[href]")) {
                String href = e.attr("href");
                if (href.startsWith("https://example.org/factpress/")) {
                    href = href.substring("https://example.org".length());
                }
                if (!href.startsWith("/")) {
                    continue; // external, or an in-page anchor
                }
                assertTrue(href.startsWith("/factpress/"), p + " links outside the base path: " + href);
                String rel = href.substring("/factpress/".length()).replaceAll("#.*$", "");
                Path target = out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
                assertTrue(Files.isRegularFile(target), p + " links to missing " + href);
                checked++;
            }
        }
        assertTrue(checked > 10, "too few links checked: " + checked);
    }

    @Test
    void baseUrlOptionOverridesSiteYaml() throws Exception {
        Path out = dir.resolve("out");
        SiteBuild.build(new SiteBuild.Options(ContentTree.valid(dir.resolve("content")).root(), TEMPLATES, out,
                "https://someone.github.io/fork", false));
        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("https://someone.github.io/fork/claims/bridge-cost/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/fork/static/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }
}
