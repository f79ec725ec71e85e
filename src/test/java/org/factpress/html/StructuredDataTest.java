package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.CorrectedChecks;
import org.factpress.TestSite;
import org.factpress.testing.SchemaOrgVocabulary;

/**
 * Every JSON-LD block the site writes (in its HTML pages and claims.json) uses only properties schema.org defines
 * on the node's type or its supertypes, with values in their ranges: what a schema.org validator checks.
 */
class StructuredDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every JSON-LD block of a built site, each with the file it is in. */
    private static List<String> errors(Path site) throws Exception {
        List<String> errors = new ArrayList<>();
        int blocks = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(p -> p.toString().endsWith(".html") || p.getFileName().toString().equals("claims.json"))
                    .sorted().toList();
        }
        for (Path f : files) {
            if (f.getFileName().toString().equals("claims.json")) { // one in each language's edition
                errors.addAll(SchemaOrgVocabulary.current().errors(JSON.readTree(f.toFile()),
                        site.relativize(f).toString()));
                continue;
            }
            for (Element script : TestSite.html(f).select("script[type=application/ld+json]")) {
                blocks++;
                errors.addAll(SchemaOrgVocabulary.current().errors(JSON.readTree(script.data()),
                        site.relativize(f).toString()));
            }
        }
        assertTrue(blocks > 0, "no JSON-LD found in " + site);
        return errors;
    }

    @Test
    void everyBlockOfAFixtureSiteWithEveryOptionalFieldValidates() throws Exception {
        ContentTree t = CorrectedChecks.add(ContentTree.valid(dir.resolve("content")));
        t.edit("site.yaml", "  url: https://example.org/\n", "  url: https://example.org/\n  logo: static/logo.png\n");
        t.edit("people.yaml", "  role: Minister of Works\n",
                "  role: Minister of Works\n  url: https://gov.example.org/jane\n  same_as: [https://www.wikidata.org/wiki/Q1]\n");
        t.edit("articles/bridge-report/bridge-cost.md", "tags: [", """
                appearances:
                  - url: https://social.example.org/jane/1
                    date: 2025-02-27
                    title: A post
                    first: true
                tags: [""");
        Path out = dir.resolve("out");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        // The desk's policies are typed where schema.org defines them.
        JsonNode review = JSON.readTree(TestSite.html(out.resolve("claims/real-cost/index.html"))
                .selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsMediaOrganization", review.at("/author/@type").asText());
        assertTrue(review.at("/author/masthead").isTextual(), review.toString());
        assertTrue(review.at("/author/verificationFactCheckingPolicy").isTextual(), review.toString());
        assertEquals(2, review.get("correction").size(), review.toString());
        assertEquals(List.of(), errors(out));
    }

    @Test
    void everyBlockOfTheExampleSiteValidates() throws Exception {
        assertEquals(List.of(), errors(ExampleSite.dir()));
    }

    /** The desk's logo, a file of the site, has one address in every edition: the site's, not the edition's. */
    @Test
    void theLogoHasTheSitesAddressInEveryEdition() throws Exception {
        ContentTree t = ContentTree.copyOf(org.factpress.TestSites.content("multilingual"), dir.resolve("content"))
                .edit("site.yaml", "  url: https://perevireno.example.org/\n",
                        "  url: https://perevireno.example.org/\n  logo: static/logo.png\n");
        Path out = dir.resolve("out");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        for (String page : List.of("claims/schools-budget-doubled/", "en/claims/schools-budget-doubled/")) {
            JsonNode review = JSON.readTree(TestSite.html(out.resolve(page + "index.html"))
                    .selectFirst("script[type=application/ld+json]").data());
            List<String> logos = review.findValuesAsText("logo");
            assertFalse(logos.isEmpty(), review::toString);
            for (String logo : logos) {
                assertEquals("https://perevireno.example.org/static/logo.png", logo, page);
            }
        }
    }

    /** A site in three languages: each page's ClaimReview in its language, linked to its translations. */
    @Test
    void everyBlockOfTheMultilingualSiteValidates() throws Exception {
        Path out = dir.resolve("out");
        org.factpress.TestSites.build("multilingual", out, null, false);
        JsonNode review = JSON.readTree(TestSite.html(out.resolve("ar/claims/schools-budget-doubled/index.html"))
                .selectFirst("script[type=application/ld+json]").data());
        assertEquals("CreativeWork", review.at("/translationOfWork/@type").asText(), review.toString());
        assertEquals("https://perevireno.example.org/claims/schools-budget-doubled/",
                review.at("/translationOfWork/url").asText(), review.toString());
        assertTrue(Files.isRegularFile(out.resolve("en/claims.json")));
        assertEquals(List.of(), errors(out));
        // each check's page, original or translated, holds one ClaimReview: its own, with its rating
        int pages = 0;
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith("index.html") && p.toString().contains("/claims/")
                    && !p.toString().contains("/page/")).toList()) {
                var script = TestSite.html(f).selectFirst("script[type=application/ld+json]");
                if (script == null) {
                    continue; // the archive
                }
                JsonNode data = JSON.readTree(script.data());
                assertEquals(1, claimReviews(data), f + ": " + data);
                assertTrue(data.has("reviewRating"), f.toString());
                pages++;
            }
        }
        assertTrue(pages >= 6, "pages checked: " + pages);
        assertTrue(JSON.readTree(TestSite.html(out.resolve("claims/schools-budget-doubled/index.html"))
                .selectFirst("script[type=application/ld+json]").data()).has("workTranslation"));
    }

    /** How many nodes typed ClaimReview {@code node} holds, itself included. */
    private static int claimReviews(JsonNode node) {
        int n = "ClaimReview".equals(node.path("@type").asText()) ? 1 : 0;
        for (JsonNode child : node) {
            n += claimReviews(child);
        }
        return n;
    }

    @Test
    void theCheckFindsAPropertyOnATypeThatLacksIt() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"@context": "https://schema.org", "@type": "ClaimReview", "author": {"@type": "Organization",
                 "name": "Desk", "masthead": "https://example.org/about/"}, "reviewRating": {"@type": "Person"},
                 "itemReviewed": {"@type": "Claim", "bogus": 1}}""");
        assertEquals(List.of("x.author.masthead: Organization has no property masthead",
                "x.reviewRating: a Person is not in the range of reviewRating [Rating]",
                "x.itemReviewed.bogus: Claim has no property bogus"), SchemaOrgVocabulary.current().errors(bad, "x"));
    }
}
