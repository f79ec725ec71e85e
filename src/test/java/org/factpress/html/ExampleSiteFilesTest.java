package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.factpress.TestSite;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Person;
import org.factpress.model.Rating;
import org.factpress.model.SourceArticle;
import org.factpress.text.ArticleText;
import org.factpress.view.SearchIndex;

/**
 * The built example site against its content: each check's ClaimReview block, each quote's highlight, and the feed,
 * sitemap and claims.json, all parsed and compared with the model the content loaded into.
 */
class ExampleSiteFilesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Claim> published() throws Exception {
        return ExampleSite.library().publishedClaims();
    }

    static Rating rating(Claim c) throws Exception {
        return ExampleSite.library().site().scale().find(c.verdict().ratingId()).orElseThrow();
    }

    static SourceArticle article(Claim c) throws Exception {
        return ExampleSite.library().article(c.articleSlug()).orElseThrow();
    }

    static Document page(String rel) throws Exception {
        return TestSite.html(ExampleSite.dir().resolve(rel));
    }

    /** Every required property of Google's ClaimReview rich result, with its value from the content. */
    static void assertClaimReview(Claim c, JsonNode review) throws Exception {
        Library lib = ExampleSite.library();
        Person claimant = lib.person(c.statement().claimantId()).orElseThrow();
        SourceArticle a = article(c);
        Rating r = rating(c);
        String url = ExampleSite.BASE_URL + "claims/" + c.slug() + "/";
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals(c.statement().quote(), review.get("claimReviewed").asText());
        assertEquals(url, review.get("url").asText());
        assertEquals(c.byline().published().toString(), review.get("datePublished").asText());
        if (c.byline().updated() != null) {
            assertEquals(c.byline().updated().toString(), review.get("dateModified").asText());
        }
        assertEquals("NewsMediaOrganization", review.at("/author/@type").asText());
        assertEquals(lib.site().publisher().name(), review.at("/author/name").asText());
        assertEquals(lib.site().publisher().url(), review.at("/author/url").asText());
        assertEquals("Rating", review.at("/reviewRating/@type").asText());
        if (r.value() != null) {
            assertEquals(r.value().intValue(), review.at("/reviewRating/ratingValue").asInt());
            assertEquals(6, review.at("/reviewRating/bestRating").asInt());
            assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        } else {
            // A label off the scale: its name, and no number.
            assertTrue(review.at("/reviewRating/ratingValue").isMissingNode());
            assertTrue(review.at("/reviewRating/bestRating").isMissingNode());
        }
        assertEquals(r.label(), review.at("/reviewRating/alternateName").asText());
        JsonNode claim = review.get("itemReviewed");
        assertEquals("Claim", claim.get("@type").asText());
        assertEquals(claimant.organization() ? "Organization" : "Person", claim.at("/author/@type").asText());
        assertEquals(claimant.name(), claim.at("/author/name").asText());
        assertEquals(c.statement().saidOn().toString(), claim.get("datePublished").asText());
        JsonNode first = c.circulation().appearances().stream().anyMatch(org.factpress.model.Appearance::first)
                ? claim.at("/appearance/0") : claim.get("firstAppearance");
        for (JsonNode appearance : List.of(first, claim.at("/appearance/0"))) {
            assertEquals("CreativeWork", appearance.get("@type").asText());
            assertEquals(a.url(), appearance.get("url").asText());
            assertEquals(a.title(), appearance.get("headline").asText());
            assertEquals(a.publisher(), appearance.at("/publisher/name").asText());
        }
    }

    @Test
    void everyFactCheckPageCarriesOneCompleteClaimReview() throws Exception {
        assertEquals(8, published().size());
        for (Claim c : published()) {
            Document d = page("claims/" + c.slug() + "/index.html");
            List<Element> blocks = d.select("script[type=application/ld+json]");
            assertEquals(1, blocks.size(), c.slug());
            assertClaimReview(c, JSON.readTree(blocks.get(0).data()));
            assertEquals(ExampleSite.BASE_URL + "claims/" + c.slug() + "/", d.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void everyQuoteIsHighlightedInItsArticleWithItsVerdictAndLink() throws Exception {
        for (Claim c : published()) {
            Document d = page("articles/" + c.articleSlug() + "/index.html");
            Element mark = d.getElementById("quote-" + c.slug());
            assertEquals("mark", mark.tagName(), c.slug());
            // The highlight may be cut where another quote overlaps it: join the marks that carry this claim.
            StringBuilder text = new StringBuilder();
            for (Element m : d.select("mark.quote")) {
                if (Set.of(m.attr("data-claims").split(" ")).contains(c.slug())) {
                    text.append(m.text());
                }
            }
            assertEquals(ArticleText.normalize(c.statement().quote()), ArticleText.normalize(text.toString()), c.slug());
            assertEquals("/factpress/claims/" + c.slug() + "/", mark.selectFirst("a").attr("href"));
            Element verdict = d.select("a.verdict-tag[href=/factpress/claims/" + c.slug() + "/]").first();
            // With its symbol, as every verdict on the site.
            Element icon = verdict.selectFirst(".verdict-icon[aria-hidden=true]");
            assertTrue(icon.text().matches("[\u2713\u2717\u25D0?!\u25B8]"), icon.text());
            assertEquals(icon.text() + " Verdict: " + rating(c).label(), verdict.text());
        }
    }

    @Test
    void feedHasAnEntryPerCheckWithItsDates() throws Exception {
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(ExampleSite.dir().resolve("feed.xml").toFile());
        var feed = doc.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        String latest = published().stream().map(Claim::lastChanged).max(Comparable::compareTo).orElseThrow() + "T00:00:00Z";
        assertEquals(latest, child(feed, "updated").getTextContent());
        NodeList all = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        // The checks' entries; corrections follow with ids of their own (the check's URL and #update-N).
        List<org.w3c.dom.Element> entries = new java.util.ArrayList<>();
        List<String> corrections = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            if (child(e, "id").getTextContent().contains("#update-")) {
                corrections.add(child(e, "id").getTextContent());
            } else {
                entries.add(e);
            }
        }
        assertEquals(List.of(ExampleSite.BASE_URL + "claims/end-of-us-policy-on-ukraine-nato-membership/#update-1"), corrections);
        assertEquals(published().size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            org.w3c.dom.Element e = entries.get(i);
            Claim c = published().get(i); // newest first, as the site lists them
            String url = ExampleSite.BASE_URL + "claims/" + c.slug() + "/";
            assertEquals(url, child(e, "id").getTextContent());
            assertEquals(c.headline(), child(e, "title").getTextContent());
            assertEquals(url, child(e, "link").getAttribute("href"));
            assertEquals(c.byline().published() + "T00:00:00Z", child(e, "published").getTextContent());
            assertEquals(c.lastChanged() + "T00:00:00Z", child(e, "updated").getTextContent());
            assertTrue(child(e, "summary").getTextContent().startsWith(rating(c).label() + "."));
        }
        // The example's one updated check carries its updated date, not its published one.
        assertTrue(published().stream().anyMatch(c -> c.byline().updated() != null && c.byline().updated().isAfter(c.byline().published())));
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        assertTrue(l.getLength() > 0, "no " + name);
        return (org.w3c.dom.Element) l.item(0);
    }

    @Test
    void sitemapListsEveryPageWithItsContentDate() throws Exception {
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(ExampleSite.dir().resolve("sitemap.xml").toFile());
        NodeList urls = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        Map<String, String> lastmod = new HashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element u = (org.w3c.dom.Element) urls.item(i);
            NodeList lm = u.getElementsByTagNameNS("*", "lastmod");
            lastmod.put(u.getElementsByTagNameNS("*", "loc").item(0).getTextContent(),
                    lm.getLength() == 0 ? null : lm.item(0).getTextContent());
        }
        // Every HTML page except 404.html is listed, and only those.
        Set<String> pages = new HashSet<>();
        for (Path p : ExampleSite.htmlPages()) {
            String rel = ExampleSite.dir().relativize(p).toString().replace('\\', '/');
            if (!rel.equals("404.html")) {
                pages.add(ExampleSite.BASE_URL + rel.replaceAll("index\\.html$", ""));
            }
        }
        assertEquals(pages, lastmod.keySet());
        for (Claim c : published()) {
            assertEquals(c.lastChanged().toString(), lastmod.get(ExampleSite.BASE_URL + "claims/" + c.slug() + "/"));
        }
        String latest = published().stream().map(Claim::lastChanged).max(Comparable::compareTo).orElseThrow().toString();
        assertEquals(latest, lastmod.get(ExampleSite.BASE_URL));
        assertEquals(latest, lastmod.get(ExampleSite.BASE_URL + "claims/"));
    }

    @Test
    void claimsJsonIsEveryPublishedCheckAsClaimReview() throws Exception {
        JsonNode feed = JSON.readTree(ExampleSite.dir().resolve("claims.json").toFile());
        assertEquals("DataFeed", feed.get("@type").asText());
        JsonNode items = feed.get("dataFeedElement");
        assertEquals(published().size(), items.size());
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Claim c = published().get(i);
            assertClaimReview(c, items.get(i));
            slugs.add(c.slug());
        }
        assertEquals(8, new HashSet<>(slugs).size());
    }

    @Test
    void robotsPointsToTheSitemapAndPagesSkipJekyll() throws Exception {
        Path dir = ExampleSite.dir();
        assertTrue(Files.readString(dir.resolve("robots.txt")).contains("Sitemap: " + ExampleSite.BASE_URL + "sitemap.xml"));
        assertTrue(Files.isRegularFile(dir.resolve(".nojekyll")));
    }

    @Test
    void searchIndexHasTheSearchedFieldsOfEveryCheck() throws Exception {
        Path folder = ExampleSite.dir().resolve("search/index");
        List<JsonNode> index = org.factpress.bench.FirstSearch.checks(folder);
        var terms = org.factpress.bench.FirstSearch.postings(folder);
        assertEquals(published().size(), index.size());
        for (int i = 0; i < index.size(); i++) {
            Claim c = published().get(i);
            JsonNode d = index.get(i);
            assertEquals(c.statement().quote(), d.get("quote").asText());
            assertEquals(c.headline(), d.get("headline").asText());
            assertEquals(ExampleSite.library().person(c.statement().claimantId()).orElseThrow().name(), d.get("claimant").asText());
            assertEquals(rating(c).label(), d.get("verdict").asText());
            assertEquals("/factpress/claims/" + c.slug() + "/", d.get("url").asText());
            // Every word of each searched field leads to the check, with the field's bit.
            int check = i;
            java.util.Map<Integer, String> fields = java.util.Map.of(SearchIndex.QUOTE, c.statement().quote(),
                    SearchIndex.HEADLINE, c.headline(), SearchIndex.SUMMARY, c.summary(),
                    SearchIndex.TAGS, String.join(" ", c.tags()), SearchIndex.CLAIMANT, d.get("claimant").asText());
            fields.forEach((bit, text) -> {
                for (String t : SearchIndex.terms(text)) {
                    assertTrue((terms.get(t).getOrDefault(check, 0) & bit) != 0, c.slug() + ": " + t);
                }
            });
        }
        assertFalse(index.isEmpty());
    }

    @Test
    void everyPageHasCanonicalDescriptionAndSocialTags() throws Exception {
        for (Path p : ExampleSite.htmlPages()) {
            Document d = TestSite.html(p);
            String name = ExampleSite.dir().relativize(p).toString();
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), name);
            assertFalse(d.select("meta[property=og:title]").attr("content").isBlank(), name);
            assertFalse(d.select("meta[name=twitter:card]").attr("content").isBlank(), name);
            if (name.equals("404.html")) {
                assertEquals("noindex", d.select("meta[name=robots]").attr("content"));
            } else {
                String canonical = d.select("link[rel=canonical]").attr("href");
                assertEquals(ExampleSite.BASE_URL + name.replace('\\', '/').replaceAll("index\\.html$", ""), canonical);
                assertEquals(canonical, d.select("meta[property=og:url]").attr("content"));
            }
        }
    }
}
