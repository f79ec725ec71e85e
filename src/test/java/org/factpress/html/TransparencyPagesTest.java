package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.TestSite.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;

/**
 * What a fact-checking network looks for, through the real templates: corrections shown and fed, withdrawn checks
 * out of every listing, who we are, rating presets and off-scale labels, appearances, repeats and claimants' sameAs.
 */
class TransparencyPagesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COST = "articles/bridge-report/bridge-cost.md";
    static final String ROADS = "articles/bridge-report/roads-counted.md";

    @TempDir
    Path dir;

    Path build(ContentTree tree) throws Exception {
        return TestSite.build(tree, dir.resolve("out"));
    }

    static JsonNode claimReview(Path page) throws Exception {
        return JSON.readTree(html(page).selectFirst("script[type=application/ld+json]").data());
    }

    ContentTree tree() throws Exception {
        return ContentTree.valid(dir.resolve("content"));
    }

    /** The Atom feed's entries as (id, title, updated). */
    static List<String[]> feedEntries(Path feed) throws Exception {
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(feed.toFile());
        var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var e = (org.w3c.dom.Element) entries.item(i);
            out.add(new String[] {text(e, "id"), text(e, "title"), text(e, "updated"), text(e, "summary")});
        }
        return out;
    }

    private static String text(org.w3c.dom.Element e, String tag) {
        return e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", tag).item(0).getTextContent();
    }

    /** Feed readers poll the feed: it carries the latest checks, newest first; the archive keeps every one. */
    @Test
    void feedCarriesTheLatestChecksNotTheWholeArchive() throws Exception {
        ContentTree t = tree();
        int extra = SiteFiles.FEED_ENTRIES + 5;
        for (int i = 0; i < extra; i++) {
            t.write("articles/bridge-report/check-" + i + ".md", ContentTree.claim("the minister's figure counted the roads",
                    "jane-minister", "false", "Check number " + i + "?",
                    java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString()));
        }
        Path out = build(t);
        List<String[]> entries = feedEntries(out.resolve("feed.xml"));
        assertEquals(SiteFiles.FEED_ENTRIES, entries.size());
        // The example's two checks (March 2025) are the newest, then the extra ones from the latest down.
        assertEquals("Did the bridge cost four billion euros?", entries.get(0)[1]);
        assertEquals("Did the figure count the roads?", entries.get(1)[1]);
        assertEquals("Check number " + (extra - 1) + "?", entries.get(2)[1]);
        assertEquals("Check number " + (extra - SiteFiles.FEED_ENTRIES + 2) + "?",
                entries.get(SiteFiles.FEED_ENTRIES - 1)[1]);
        assertTrue(entries.stream().noneMatch(e -> e[1].equals("Check number 0?")), "the oldest is left to the archive");
        JsonNode all = JSON.readTree(out.resolve("claims.json").toFile());
        assertEquals(extra + 2, all.get("dataFeedElement").size(), "claims.json holds every check");
    }

    @Test
    void ratingChangeShowsBothVerdictsOnThePageTheCorrectionsPageTheFeedAndClaimReview() throws Exception {
        ContentTree t = tree();
        t.edit(COST, "published: 2025-03-03", """
                published: 2025-03-03
                updates:
                  - date: 2025-03-04
                    type: update
                    note: Added the audit office's figure.
                  - date: 2025-03-10
                    type: rating-change
                    previous_rating: mostly-false
                    note: The audit showed the figure was wrong, not just inflated.""");
        Path out = build(t);

        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        // Right under the verdict, before the analysis; newest first.
        assertEquals(page.selectFirst(".ruling").elementSiblingIndex() + 1, page.selectFirst(".updates").elementSiblingIndex());
        assertTrue(page.selectFirst(".updates").elementSiblingIndex() < page.selectFirst(".analysis").elementSiblingIndex());
        var items = page.select(".update-log li");
        assertEquals(List.of("update-2", "update-1"), items.eachAttr("id"));
        assertEquals("Rating changed", items.get(0).selectFirst(".update-type").text());
        assertEquals("2025-03-10", items.get(0).selectFirst("time").attr("datetime"));
        assertEquals(List.of("Verdict: Mostly false", "Verdict: False"),
                items.get(0).select(".rating-change .verdict").eachText().stream().map(s -> s.substring(2)).toList());
        assertTrue(items.get(0).selectFirst(".rating-change .verdict").hasClass("verdict-mostly-false"));
        assertEquals("Update", items.get(1).selectFirst(".update-type").text());

        // The corrections page: the rating change, not the plain update; linked from every page's footer.
        Document corrections = html(out.resolve("corrections/index.html"));
        assertEquals(List.of("/factpress/claims/bridge-cost/#update-2"), corrections.select(".correction-log a").eachAttr("href"));
        assertEquals(2, corrections.select(".correction-log .verdict").size());
        for (String p : List.of("index.html", "claims/roads-counted/index.html", "methodology/index.html", "404.html")) {
            var footer = html(out.resolve(p)).selectFirst(".site-footer");
            assertNotNull(footer.selectFirst("a[href=/factpress/corrections/]"), p);
            assertNotNull(footer.selectFirst("a[href=/factpress/about/]"), p);
            assertNotNull(footer.selectFirst("a[href=mailto:tips@example.org]"), p);
        }

        // The feed: an entry for the rating change, with its own id and date, next to the checks' entries.
        List<String[]> entries = feedEntries(out.resolve("feed.xml"));
        String[] change = entries.stream().filter(e -> e[0].endsWith("#update-2")).findFirst().orElseThrow();
        assertEquals("https://example.org/factpress/claims/bridge-cost/#update-2", change[0]);
        assertEquals("Rating changed: Did the bridge cost four billion euros?", change[1]);
        assertEquals("2025-03-10T00:00:00Z", change[2]);
        assertTrue(change[3].startsWith("Rating changed from Mostly false to False: The audit showed"), change[3]);
        assertEquals(3, entries.size(), "two checks and one correction");
        String[] check = entries.stream().filter(e -> e[0].endsWith("/claims/bridge-cost/")).findFirst().orElseThrow();
        assertEquals("2025-03-10T00:00:00Z", check[2]);

        // ClaimReview: the correction as a CorrectionComment; plain updates are not corrections.
        JsonNode review = claimReview(out.resolve("claims/bridge-cost/index.html"));
        assertEquals(1, review.get("correction").size());
        assertEquals("CorrectionComment", review.at("/correction/0/@type").asText());
        assertEquals("2025-03-10", review.at("/correction/0/datePublished").asText());
        assertEquals("The audit showed the figure was wrong, not just inflated.", review.at("/correction/0/text").asText());
        assertEquals("2025-03-10", review.get("dateModified").asText());
    }

    @Test
    void aWithdrawnCheckKeepsItsPageButLeavesEveryListingFeedAndCount() throws Exception {
        ContentTree t = tree();
        t.edit(COST, "published: 2025-03-03", """
                published: 2025-03-03
                updates:
                  - date: 2025-03-12
                    type: void
                    note: We relied on a budget document that turned out to be a draft.""");
        t.edit(COST, "tags: [infrastructure, budget]", "tags: [budget, tolls]");
        Path out = build(t);

        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("Withdrawn fact-check", page.selectFirst(".kicker").text());
        assertTrue(page.selectFirst(".withdrawn-notice").text().contains("We have withdrawn this fact-check on 12 March 2025."));
        assertNull(page.selectFirst("script[type=application/ld+json]"), "a withdrawn check offers no ClaimReview");
        // Its claimant and tags have no pages left (Jane Minister's only check): named, not linked to nothing.
        for (String href : page.select("a[href^=/factpress/]").eachAttr("href")) {
            Path target = out.resolve(href.substring("/factpress/".length()).replaceAll("#.*", ""));
            assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")), href);
        }
        assertEquals("Jane Minister", page.selectFirst("figcaption .claimant").text());
        assertNull(page.selectFirst("figcaption a.claimant"));
        assertEquals(List.of("/factpress/tags/budget/"), page.select(".tags a").eachAttr("href"));
        assertEquals(List.of("tolls"), page.select(".tags span.tag").eachText());

        String link = "a[href=/factpress/claims/bridge-cost/]";
        for (String p : List.of("index.html", "claims/index.html", "people/jane-minister/index.html",
                "ratings/false/index.html", "tags/budget/index.html", "articles/bridge-report/index.html")) {
            Path f = out.resolve(p);
            if (Files.exists(f)) {
                assertNull(html(f).selectFirst("main " + link), p);
            }
        }
        // Jane Minister's only check is withdrawn: she has no claimant page and no count on the archive.
        assertFalse(Files.exists(out.resolve("people/jane-minister/index.html")));
        assertNull(html(out.resolve("claims/index.html")).selectFirst("a[href=/factpress/people/jane-minister/]"));
        // The rating and tag counts on the methodology and archive pages leave it out.
        assertEquals("(0 checks; rating value 2 of 6)",
                html(out.resolve("methodology/index.html")).selectFirst("#rating-false .meta").text());

        try (var index = Files.walk(out.resolve("search/index"))) {
            for (Path f : index.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains("bridge-cost"), f.toString());
            }
        }
        JsonNode data = JSON.readTree(out.resolve("claims.json").toFile());
        assertEquals(1, data.get("dataFeedElement").size());
        assertFalse(data.toString().contains("bridge-cost"));

        // The feed: no entry for the check itself, one for its withdrawal.
        List<String[]> entries = feedEntries(out.resolve("feed.xml"));
        assertEquals(List.of("https://example.org/factpress/claims/roads-counted/",
                "https://example.org/factpress/claims/bridge-cost/#update-1"), entries.stream().map(e -> e[0]).toList());
        assertEquals("Withdrawn: Did the bridge cost four billion euros?", entries.get(1)[1]);
        assertEquals("Withdrawn", html(out.resolve("corrections/index.html")).selectFirst(".correction-log .update-type").text());
    }

    @Test
    void aClaimantsChartCountsOnlyChecksThatStand() throws Exception {
        ContentTree t = tree();
        t.write("articles/bridge-report/roads.md", ContentTree.claim("the bridge's real cost was closer to two billion",
                "jane-minister", "mostly-true", "Was the cost closer to two billion?", "2025-03-05")
                .replace("tags: [infrastructure, budget]", "updates:\n  - date: 2025-03-06\n    type: void\n    note: Withdrawn."));
        Path out = build(t);
        Document person = html(out.resolve("people/jane-minister/index.html"));
        assertEquals("Verdicts on Jane Minister's checked claims: False: 1.", person.selectFirst("figcaption").text());
        assertTrue(person.selectFirst(".lede").text().contains("checked 1 claim "), person.selectFirst(".lede").text());
    }

    @Test
    void anOffScaleLabelGivesClaimReviewANameWithoutANumber() throws Exception {
        ContentTree t = tree();
        t.edit(COST, "rating: false", "rating: missing-context\nrating_explanation: The figure counts the roads too.");
        Path out = build(t);
        JsonNode rating = claimReview(out.resolve("claims/bridge-cost/index.html")).get("reviewRating");
        assertEquals("Missing context", rating.get("alternateName").asText());
        assertEquals("The figure counts the roads too.", rating.get("ratingExplanation").asText());
        assertNull(rating.get("ratingValue"));
        assertNull(rating.get("bestRating"));
        assertNull(rating.get("worstRating"));
        // A numeric one keeps its number.
        JsonNode numeric = claimReview(out.resolve("claims/roads-counted/index.html")).get("reviewRating");
        assertEquals(5, numeric.get("ratingValue").asInt());
        assertEquals(6, numeric.get("bestRating").asInt());
        assertEquals(1, numeric.get("worstRating").asInt());

        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("Why this rating: The figure counts the roads too.", page.selectFirst(".rating-explanation").text());
        Document m = html(out.resolve("methodology/index.html"));
        assertEquals(List.of("misleading", "missing-context", "unproven", "satire"),
                m.select("h2:containsOwn(Labels outside the scale) + p + dl .rating-step").eachAttr("id").stream()
                        .map(s -> s.substring("rating-".length())).toList());
        // The claimant's chart shows the label only because someone earned it.
        Document person = html(out.resolve("people/jane-minister/index.html"));
        assertEquals(7, person.select(".chart-label").size());
        assertTrue(person.select(".chart-label").eachText().contains("Missing context"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "snopes", "afp", "pinocchio"})
    void eachPresetsMethodologyPageListsItsScale(String preset) throws Exception {
        RatingScale scale = RatingScale.preset(preset).orElseThrow();
        ContentTree t = tree();
        t.edit("site.yaml", "publisher:", "rating_scale: " + preset + "\npublisher:");
        String worst = scale.onScale().get(scale.onScale().size() - 1).id();
        String best = scale.onScale().get(0).id();
        t.edit(COST, "rating: false", "rating: " + worst);
        t.edit(ROADS, "rating: mostly-true", "rating: " + best);
        Path out = build(t);

        Document m = html(out.resolve("methodology/index.html"));
        assertEquals(scale.ratings().stream().map(r -> "rating-" + r.id()).toList(), m.select(".rating-step").eachAttr("id"));
        for (Rating r : scale.ratings()) {
            assertTrue(m.selectFirst("#rating-" + r.id()).text().contains(r.meaning()), r.id());
            assertTrue(Files.exists(out.resolve("ratings/" + r.id() + "/index.html")), r.id());
        }
        assertEquals(scale.offScale().size(), m.select("h2:containsOwn(Labels outside the scale)").size() == 1
                ? m.select("h2:containsOwn(Labels outside the scale) + p + dl .rating-step").size() : 0);
        JsonNode rating = claimReview(out.resolve("claims/bridge-cost/index.html")).get("reviewRating");
        assertEquals(1, rating.get("ratingValue").asInt());
        assertEquals(scale.onScale().size(), rating.get("bestRating").asInt());
        assertEquals(scale.onScale().get(scale.onScale().size() - 1).label(), rating.get("alternateName").asText());
    }

    @Test
    void conclusionOnlyGivesEachClaimItsOwnVerdictAndNoScale() throws Exception {
        ContentTree t = tree();
        t.edit("site.yaml", "publisher:", "rating_scale: conclusion\npublisher:");
        t.edit(COST, "rating: false", "verdict: \"Wrong: the audit puts it at 2.1 billion.\"");
        t.edit(ROADS, "rating: mostly-true", "verdict: Correct.");
        Path out = build(t);

        Document m = html(out.resolve("methodology/index.html"));
        assertNotNull(m.selectFirst("h2:containsOwn(Our conclusions)"));
        assertNull(m.selectFirst(".rating-scale"));
        assertFalse(Files.exists(out.resolve("ratings")));

        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("Verdict: Wrong: the audit puts it at 2.1 billion.", page.selectFirst(".ruling .verdict").text().substring(2));
        JsonNode rating = claimReview(out.resolve("claims/bridge-cost/index.html")).get("reviewRating");
        assertEquals("Wrong: the audit puts it at 2.1 billion.", rating.get("alternateName").asText());
        assertNull(rating.get("ratingValue"));
        assertNull(html(out.resolve("people/jane-minister/index.html")).selectFirst(".verdict-chart"));
    }

    @Test
    void appearancesGoToClaimReviewWithTheMarkedFirstAppearance() throws Exception {
        ContentTree t = tree();
        t.edit(COST, "tags: [infrastructure, budget]", """
                tags: [infrastructure, budget]
                appearances:
                  - url: https://social.example/jane/1
                    date: 2025-02-27
                    title: Post by Jane Minister
                    first: true
                  - url: https://tv.example/interview
                    date: 2025-03-02""");
        Path out = build(t);
        JsonNode claim = claimReview(out.resolve("claims/bridge-cost/index.html")).get("itemReviewed");
        assertEquals(List.of("https://news.example.com/bridge", "https://social.example/jane/1", "https://tv.example/interview"),
                urls(claim.get("appearance")));
        assertEquals("https://social.example/jane/1", claim.at("/firstAppearance/url").asText());
        assertEquals("Post by Jane Minister", claim.at("/firstAppearance/headline").asText());
        assertEquals("2025-02-27", claim.at("/firstAppearance/datePublished").asText());
        Document page = html(out.resolve("claims/bridge-cost/index.html"));
        // The first appearance leads; then the article we quote, then the others by date.
        assertEquals(List.of("https://social.example/jane/1", "https://news.example.com/bridge", "https://tv.example/interview"),
                page.select(".appearance-list a").eachAttr("href"));
        assertTrue(page.selectFirst(".appearance-list li").text().endsWith("(first known appearance)"));

        // Without a first: true, the source article is the first appearance.
        t.edit(COST, "    first: true\n", "");
        out = build(t);
        claim = claimReview(out.resolve("claims/bridge-cost/index.html")).get("itemReviewed");
        assertEquals("https://news.example.com/bridge", claim.at("/firstAppearance/url").asText());
        assertEquals(3, claim.get("appearance").size());
    }

    private static List<String> urls(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("url").asText()));
        return out;
    }

    @Test
    void aRepeatedClaimAndItsEarlierCheckLinkEachOther() throws Exception {
        ContentTree t = tree();
        t.edit(ROADS, "tags: [infrastructure, budget]", "tags: [infrastructure, budget]\nsame_as: bridge-cost");
        t.edit(ROADS, "published: 2025-03-02", "published: 2025-03-04");
        Path out = build(t);
        Document repeat = html(out.resolve("claims/roads-counted/index.html"));
        assertEquals(List.of("/factpress/claims/bridge-cost/"), repeat.select(".same-claim a").eachAttr("href"));
        assertTrue(repeat.selectFirst(".same-claim").text().startsWith("We checked this claim before: Did the bridge cost four billion euros?"));
        Document earlier = html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals(List.of("/factpress/claims/roads-counted/"), earlier.select(".repeats li > a").eachAttr("href"));
        assertNull(earlier.selectFirst(".same-claim"));
    }

    @Test
    void aClaimantsSameAsGoesToClaimReview() throws Exception {
        ContentTree t = tree();
        t.edit("people.yaml", "  role: Minister of Works", "  role: Minister of Works\n  same_as:\n"
                + "    - https://www.wikidata.org/wiki/Q42\n    - https://works.example.gov/minister");
        Path out = build(t);
        JsonNode author = claimReview(out.resolve("claims/bridge-cost/index.html")).at("/itemReviewed/author");
        assertEquals("Person", author.get("@type").asText());
        assertEquals("[\"https://www.wikidata.org/wiki/Q42\",\"https://works.example.gov/minister\"]", author.get("sameAs").toString());
        assertNull(claimReview(out.resolve("claims/roads-counted/index.html")).at("/itemReviewed/author").get("sameAs"));
        // Readers see them too, on the claimant's page.
        assertEquals(List.of("wikidata.org", "works.example.gov"),
                html(out.resolve("people/jane-minister/index.html")).select(".lede a").eachText());
    }

    @Test
    void whoWeAreRendersAsPagesAndAsThePublishersSchemaOrgProperties() throws Exception {
        Path out = build(tree());
        Document about = html(out.resolve("about/index.html"));
        assertEquals("Ann Checker checks; Bob Editor edits.", about.selectFirst("#masthead + .prose").text());
        assertEquals("The desk is owned by its staff and funded by readers.", about.selectFirst("#funding + .prose").text());
        assertEquals("mailto:tips@example.org", about.selectFirst("#submit ~ p a").attr("href"));
        assertEquals("Write to us and we correct within a day, openly.",
                html(out.resolve("corrections/index.html")).selectFirst("#policy + .prose").text());
        Document m = html(out.resolve("methodology/index.html"));
        assertEquals("primary sources", m.selectFirst(".prose strong").text());

        JsonNode author = claimReview(out.resolve("claims/bridge-cost/index.html")).get("author");
        assertEquals("https://example.org/factpress/about/#masthead", author.get("masthead").asText());
        assertEquals("https://example.org/factpress/about/#funding", author.get("ownershipFundingInfo").asText());
        assertEquals("https://example.org/factpress/corrections/#policy", author.get("correctionsPolicy").asText());
        assertEquals("https://example.org/factpress/methodology/", author.get("verificationFactCheckingPolicy").asText());
        assertEquals("https://example.org/factpress/about/", author.get("publishingPrinciples").asText());
        // Each points at a page (and an id) that exists.
        assertNotNull(about.getElementById("masthead"));
        assertNotNull(about.getElementById("funding"));

        // Without them: no properties pointing at empty pages.
        ContentTree bare = ContentTree.valid(dir.resolve("bare"));
        bare.write("site.yaml", Files.readString(bare.path("site.yaml")).replaceAll("(?s)about:.*", ""));
        Path bareSite = build(bare);
        JsonNode plain = claimReview(bareSite.resolve("claims/bridge-cost/index.html")).get("author");
        assertEquals(List.of("@type", "name", "url"), iterable(plain));
        // and no words standing in for the ones the desk has not written.
        Document noMethod = html(bareSite.resolve("methodology/index.html"));
        assertNull(noMethod.selectFirst(".prose"));
        assertEquals("How we fact-check The desk has not published its methodology yet. Corrections and changes of"
                + " verdict are listed on the corrections page.", noMethod.select("main h1, main h1 ~ p").eachText()
                .stream().limit(3).collect(java.util.stream.Collectors.joining(" ")));
    }

    private static List<String> iterable(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
