package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.TestSite.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.build.SiteBuild;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;
import org.factpress.view.ClaimView;
import org.factpress.view.Correction;
import org.factpress.view.ListPage;
import org.factpress.view.VerdictChart;
import org.factpress.view.VerdictInk;

/** The site's pages beyond the first cut, built from small content trees through the real templates. */
class SitePagesTest {
    @TempDir
    Path dir;

    Path build(ContentTree tree) throws Exception {
        return TestSite.build(tree, dir.resolve("out"));
    }

    /** The test tree plus a third claim by the minister, with an update, an archived source and a second tag. */
    ContentTree tree() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/bridge-report/roads.md", ContentTree.claim("the bridge's real cost was closer to two billion",
                        "jane-minister", "false", "Was the cost closer to two billion?", "2025-03-05")
                .replace("tags: [infrastructure, budget]", "tags: [budget, transport]\nupdated: 2025-03-09\n"
                        + "updates:\n  - date: 2025-03-09\n    type: correction\n    note: Corrected the date of the budget report.")
                .replace("    url: https://finance.example.org/budget-2024",
                        "    url: https://finance.example.org/budget-2024\n"
                                + "    archived_url: https://web.archive.org/web/2025/https://finance.example.org/budget-2024\n"
                                + "  - title: Audit office review\n    url: https://audit.example.org/review"));
        return t;
    }

    @Test
    void factCheckPageLinksClaimantSourcesTagsCorrectionsAndRelatedChecks() throws Exception {
        Path out = build(tree());
        Document d = html(out.resolve("claims/roads/index.html"));
        assertEquals("/factpress/people/jane-minister/", d.selectFirst("figcaption a.claimant").attr("href"));

        List<Element> sources = d.select(".sources ol li");
        assertEquals(2, sources.size());
        assertEquals("source-1", sources.get(0).id());
        assertEquals("Ministry of Finance", sources.get(0).selectFirst(".publisher").text());
        assertEquals("2024-12-01", sources.get(0).selectFirst("time").attr("datetime"));
        assertEquals("https://web.archive.org/web/2025/https://finance.example.org/budget-2024",
                sources.get(0).selectFirst("a.archived").attr("href"));
        assertNull(sources.get(1).selectFirst("a.archived"));

        assertEquals("Corrections and updates", d.selectFirst(".updates h2").text());
        assertEquals("Correction, 9 March 2025: Corrected the date of the budget report.", d.selectFirst(".update-log li").text());
        assertTrue(d.selectFirst(".byline").text().contains("updated 9 March 2025"));

        assertEquals(List.of("/factpress/tags/budget/", "/factpress/tags/transport/"), d.select(".tags a").eachAttr("href"));
        assertEquals("/factpress/ratings/false/", d.selectFirst(".rating-meaning a").attr("href"));

        // Same claimant: the bridge-cost check; same article: the other one, not bridge-cost again.
        assertEquals(List.of("/factpress/claims/bridge-cost/"),
                d.select("section[aria-labelledby=same-claimant] li > a").eachAttr("href"));
        assertEquals(List.of("/factpress/claims/roads-counted/"),
                d.select("section[aria-labelledby=same-article] li > a").eachAttr("href"));
    }

    @Test
    void shareLinksArePlainLinksCarryingTheCanonicalUrl() throws Exception {
        Document d = html(build(tree()).resolve("claims/bridge-cost/index.html"));
        List<Element> share = d.select(".share a");
        assertEquals(List.of("Email", "Bluesky", "X", "Facebook", "LinkedIn"), share.stream().map(Element::text).toList());
        String encoded = "https%3A%2F%2Fexample.org%2Ffactpress%2Fclaims%2Fbridge-cost%2F";
        for (Element a : share) {
            assertTrue(a.attr("href").contains(encoded), a.attr("href"));
        }
        assertEquals("https://www.facebook.com/sharer/sharer.php?u=" + encoded, share.get(3).attr("href"));
        // No third-party script: the only script is the JSON-LD block.
        assertEquals(List.of("application/ld+json"), d.select("script").eachAttr("type"));
        assertTrue(d.select("iframe, img[src^=http]").isEmpty());
    }

    @Test
    void claimantPageHasAVerdictChartWithATextAlternative() throws Exception {
        Document d = html(build(tree()).resolve("people/jane-minister/index.html"));
        assertEquals("Jane Minister", d.selectFirst("h1").text());
        Element svg = d.selectFirst("figure.verdict-chart svg");
        assertEquals("img", svg.attr("role"));
        Element caption = d.getElementById(svg.attr("aria-labelledby"));
        assertEquals("Verdicts on Jane Minister's checked claims: False: 2.", caption.text());
        // One row a rating of the scale; one bar for the rating given, as wide as the chart allows.
        assertEquals(List.of("True", "Mostly true", "Half true", "Mostly false", "False", "Pants on fire"),
                svg.select("text.chart-label").eachText());
        assertEquals(List.of("0", "0", "0", "0", "2", "0"), svg.select("text.chart-count").eachText());
        assertEquals(1, svg.select("rect.chart-bar").size());
        assertTrue(svg.selectFirst("rect.chart-bar").hasClass("verdict-false"));
        assertEquals(String.valueOf(VerdictChart.BAR_SPACE), svg.selectFirst("rect.chart-bar").attr("width"));
        assertEquals(List.of("/factpress/claims/roads/", "/factpress/claims/bridge-cost/"),
                d.select(".claim-card h3 a").eachAttr("href"));
        // An organisation claimant has its page too; staff who only wrote checks do not.
        assertTrue(Files.isRegularFile(build(tree()).resolve("people/daily-news/index.html")));
        assertFalse(Files.exists(dir.resolve("out/people/ann-checker")));
    }

    @Test
    void chartBarsAreProportional() {
        RatingScale scale = RatingScale.defaultScale();
        Rating t = scale.find("true").orElseThrow();
        Rating f = scale.find("false").orElseThrow();
        List<ClaimView> claims = List.of(view(t), view(f), view(f), view(f), view(f));
        VerdictChart chart = VerdictChart.of(scale, claims);
        assertEquals(Math.round(VerdictChart.BAR_SPACE / 4f), chart.bars().get(0).barWidth());
        assertEquals(VerdictChart.BAR_SPACE, chart.bars().get(4).barWidth());
        assertEquals("True: 1; False: 4", chart.summary());
    }

    private static ClaimView view(Rating r) {
        return new ClaimView(null, null, null, null, null, r, "", "", "", "", "", "", List.of());
    }

    @Test
    void ratingTagAndMethodologyPagesFollowTheConfiguredScale() throws Exception {
        ContentTree t = tree();
        t.edit("site.yaml", "publisher:", """
                ratings:
                  - id: correct
                    label: Correct
                    value: 3
                    meaning: It checks out.
                    colour: "#ffd33d"
                  - id: misleading
                    label: Misleading
                    value: 2
                    meaning: True in part, misleading as a whole.
                  - id: wrong
                    label: Wrong
                    value: 1
                    meaning: It does not check out.
                publisher:""");
        for (String f : List.of("bridge-cost", "roads")) {
            t.edit("articles/bridge-report/" + f + ".md", "rating: false", "rating: wrong");
        }
        t.edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "rating: misleading");
        Path out = build(t);

        Document m = html(out.resolve("methodology/index.html"));
        assertEquals(List.of("Correct", "Misleading", "Wrong"),
                m.select(".rating-scale dt .verdict").stream().map(e -> e.ownText()).toList());
        assertEquals("It checks out.", m.selectFirst("#rating-correct dd").ownText().strip());
        for (String id : List.of("correct", "misleading", "wrong")) {
            assertTrue(Files.isRegularFile(out.resolve("ratings/" + id + "/index.html")), id);
        }
        assertFalse(Files.exists(out.resolve("ratings/false")));
        Document wrong = html(out.resolve("ratings/wrong/index.html"));
        assertEquals(2, wrong.select(".claim-card").size());
        assertEquals("No claim has this verdict yet.", html(out.resolve("ratings/correct/index.html"))
                .selectFirst("section p").text());
        // A light scale colour gets dark label ink.
        String css = Files.readString(out.resolve("verdicts.css"));
        assertTrue(css.contains(".verdict-correct { --verdict: #ffd33d; --verdict-ink: #111111; }"), css);

        Document tag = html(out.resolve("tags/budget/index.html"));
        assertEquals("budget", tag.selectFirst("h1").text());
        assertEquals(3, tag.select(".claim-card").size());
        assertEquals(1, html(out.resolve("tags/transport/index.html")).select(".claim-card").size());
    }

    /** The pager links the first and last pages and those near the current one, with a gap mark between. */
    @Test
    void thePagerLinksAWindowOfPagesNotEveryPage() {
        java.util.function.Function<List<ListPage.PageLink>, String> shape = links -> links.stream()
                .map(l -> (l.afterGap() ? "... " : "") + (l.current() ? "[" + l.number() + "]" : l.number() + ""))
                .collect(java.util.stream.Collectors.joining(" "));
        assertEquals("[1]", shape.apply(ListPage.pager(1, 1, i -> "/p" + i)));
        assertEquals("1 [2]", shape.apply(ListPage.pager(2, 2, i -> "/p" + i)));
        assertEquals("[1] 2 3 ... 200", shape.apply(ListPage.pager(1, 200, i -> "/p" + i)));
        assertEquals("1 ... 98 99 [100] 101 102 ... 200", shape.apply(ListPage.pager(100, 200, i -> "/p" + i)));
        assertEquals("1 2 3 [4] 5 6 ... 200", shape.apply(ListPage.pager(4, 200, i -> "/p" + i)));
        assertEquals("1 ... 198 199 [200]", shape.apply(ListPage.pager(200, 200, i -> "/p" + i)));
        assertEquals("1 2 [3] 4 5", shape.apply(ListPage.pager(3, 5, i -> "/p" + i)));
        assertEquals("/p99", ListPage.pager(100, 200, i -> "/p" + i).get(2).url());
    }

    /** The test tree plus {@code n} checks by the minister rated half true, tagged as the others, in April 2025. */
    private ContentTree withExtraChecks(int n) throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (int i = 1; i <= n; i++) {
            t.write("articles/bridge-report/extra-" + i + ".md", ContentTree.claim("the bridge cost",
                    "jane-minister", "half-true", "Extra check " + i, "2025-04-%02d".formatted(i % 28 + 1)));
        }
        return t;
    }

    /** A later page's title says which page it is in the site's language, from the theme's words. */
    @Test
    void laterPagesOfAListAreTitledInTheSitesLanguage() throws Exception {
        ContentTree t = withExtraChecks(50);
        t.edit("site.yaml", "language: en", "language: uk");
        Path out = build(t);
        assertEquals("Усі перевірки, сторінка 2 | Test Desk", html(out.resolve("claims/page/2/index.html")).title());
    }

    @Test
    void archiveListsNewestFirstAndPaginatesPastFifty() throws Exception {
        ContentTree t = withExtraChecks(50);
        Path out = build(t);
        Document first = html(out.resolve("claims/index.html"));
        assertEquals(SiteRenderer.CHECKS_PER_PAGE, first.select(".claim-card").size());
        assertEquals("/factpress/claims/page/2/", first.selectFirst("link[rel=next]").attr("href"));
        assertTrue(first.select("link[rel=prev]").isEmpty());
        Document second = html(out.resolve("claims/page/2/index.html"));
        assertEquals(2, second.select(".claim-card").size());
        assertEquals("/factpress/claims/", second.selectFirst("link[rel=prev]").attr("href"));
        assertEquals("2", second.selectFirst(".pager [aria-current=page]").text());
        assertEquals("https://example.org/factpress/claims/page/2/", second.selectFirst("link[rel=canonical]").attr("href"));
        // Newest first across pages: the two oldest checks (March) are on page 2.
        assertEquals(List.of("Did the bridge cost four billion euros?", "Did the figure count the roads?"),
                second.select(".claim-card h3").eachText());
        List<String> dates = first.select(".claim-card time").eachAttr("datetime");
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
    }

    /**
     * A verdict, tag or claimant with more than a page of checks gets more pages, as the archive does: every
     * check on exactly one of them, newest first, each page linked from the others and listed in the sitemap.
     */
    @Test
    void longVerdictTagAndClaimantListsArePaginated() throws Exception {
        ContentTree t = withExtraChecks(55);
        Path out = build(t);
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        for (String list : List.of("ratings/half-true/", "tags/infrastructure/", "people/jane-minister/")) {
            Document first = html(out.resolve(list + "index.html"));
            String shown = first.selectFirst("p.shown").text();
            assertTrue(shown.startsWith("Showing 1 to 50 of "), shown);
            int total = Integer.parseInt(shown.replaceAll(".* of (\\d+),.*", "$1"));
            assertTrue(total > SiteRenderer.CHECKS_PER_PAGE, list + " " + total);
            List<String> seen = new java.util.ArrayList<>();
            List<String> dates = new java.util.ArrayList<>();
            int pages = (total + SiteRenderer.CHECKS_PER_PAGE - 1) / SiteRenderer.CHECKS_PER_PAGE;
            for (int n = 1; n <= pages; n++) {
                String path = n == 1 ? list : list + "page/" + n + "/";
                Document d = html(out.resolve(path + "index.html"));
                assertEquals(n < pages ? SiteRenderer.CHECKS_PER_PAGE : total - (pages - 1) * SiteRenderer.CHECKS_PER_PAGE,
                        d.select(".claim-card").size(), path);
                seen.addAll(d.select(".claim-card h3 a").eachAttr("href"));
                dates.addAll(d.select(".claim-card time:first-of-type").eachAttr("datetime"));
                assertEquals(String.valueOf(n), d.selectFirst(".pager [aria-current=page]").text(), path);
                assertEquals("https://example.org/factpress/" + path, d.selectFirst("link[rel=canonical]").attr("href"));
                assertTrue(sitemap.contains("<loc>https://example.org/factpress/" + path + "</loc>"), path);
                assertEquals(n < pages, d.selectFirst("link[rel=next]") != null, path);
                assertEquals(n > 1 ? "/factpress/" + (n == 2 ? list : list + "page/" + (n - 1) + "/") : null,
                        n > 1 ? d.selectFirst("link[rel=prev]").attr("href") : null, path);
                // The claimant's record of verdicts covers every check: shown once, on the first page.
                assertEquals(list.startsWith("people/") && n == 1, d.selectFirst(".verdict-chart") != null, path);
            }
            assertEquals(total, seen.size(), list);
            assertEquals(total, new java.util.HashSet<>(seen).size(), list + ": a check on two pages");
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, list);
            assertFalse(Files.exists(out.resolve(list + "page/" + (pages + 1) + "/index.html")), list);
        }
        // The archive's browse lists are on its first page only.
        assertEquals(1, html(out.resolve("claims/index.html")).select("section.browse").size());
        assertTrue(html(out.resolve("claims/page/2/index.html")).select("section.browse").isEmpty());
    }

    @Test
    void notFoundPageHasRootRelativeLinksAndIsNotIndexed() throws Exception {
        Document d = html(build(tree()).resolve("404.html"));
        assertTrue(d.select("link[rel=canonical]").isEmpty());
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
        for (Element e : d.select("a[href], link[href], script[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(ref.startsWith("/factpress/") || ref.startsWith("https://") || ref.startsWith("#")
                    || ref.startsWith("mailto:"), ref);
        }
    }

    @Test
    void everyPageHasTheSiteNavigation() throws Exception {
        Path out = build(tree());
        for (String page : List.of("index.html", "claims/bridge-cost/index.html", "methodology/index.html", "404.html")) {
            assertEquals(List.of("/factpress/claims/", "/factpress/methodology/", "/factpress/search/"),
                    html(out.resolve(page)).select("nav.site-nav a").eachAttr("href"), page);
        }
    }

    @Test
    void defaultVerdictColoursKeepAaContrastWithTheirInk() {
        for (Rating r : RatingScale.defaultScale().ratings()) {
            assertTrue(VerdictInk.contrast(r.colour(), VerdictInk.on(r.colour())) >= 4.5, r.id());
        }
        assertEquals(21.0, VerdictInk.contrast("#000000", "#ffffff"), 0.01);
        assertEquals("#111111", VerdictInk.on("#ffd33d"));
        assertEquals("#ffffff", VerdictInk.on("#8b0820"));
    }

    @Test
    void markupInContentIsTextInFeedSearchIndexAndListings() throws Exception {
        String headline = "<b>Tom & Jerry</b> </script>";
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/bridge-cost.md", "Did the bridge cost four billion euros?", headline);
        Path out = build(t);
        var feed = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(out.resolve("feed.xml").toFile());
        var entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS("*", "entry").item(0);
        assertEquals(headline, entry.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        var index = org.factpress.bench.FirstSearch.checks(out.resolve("search/index"));
        assertEquals(headline, index.get(0).get("headline").asText());
        for (String page : List.of("claims/index.html", "people/jane-minister/index.html", "tags/budget/index.html")) {
            Document d = html(out.resolve(page));
            assertEquals(headline, d.selectFirst(".claim-card h3").text(), page);
            assertTrue(d.select(".claim-card h3 b").isEmpty(), page);
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        ContentTree t = tree();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), a, null, false));
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), b, null, false));
        for (String f : List.of("feed.xml", "sitemap.xml", "claims.json", "search/index/meta.json",
                "search/index/checks/0.json", "search/index/terms/" + org.factpress.view.SearchIndex.fileName("b") + ".json",
                "people/jane-minister/index.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** A desk with many source articles: the home page shows the latest, the articles pages every one, 50 a page. */
    @Test
    void homeShowsTheLatestArticlesAndTheArticlesPagesListEveryOne() throws Exception {
        ContentTree t = tree();
        int extra = SiteRenderer.CHECKS_PER_PAGE + 2;
        for (int i = 0; i < extra; i++) {
            t.write("articles/older-" + i + "/article.md", """
                    ---
                    title: Older report %d
                    publisher: The Daily News
                    url: https://news.example.com/older-%d
                    published: %s
                    ---
                    Some text.
                    """.formatted(i, i, java.time.LocalDate.of(2024, 1, 1).plusDays(i)));
        }
        Path out = build(t);
        Document home = html(out.resolve("index.html"));
        List<String> shown = home.select(".article-list li > a").eachText();
        assertEquals(SiteRenderer.HOME_ARTICLES, shown.size());
        assertEquals("Minister defends bridge cost", shown.get(0), "the newest (2025) first");
        assertEquals("Older report " + (extra - 1), shown.get(1));
        Element all = home.selectFirst("a[href=/factpress/articles/]");
        assertEquals("All " + (extra + 1) + " source articles", all.text());

        Document page = html(out.resolve("articles/index.html"));
        Document second = html(out.resolve("articles/page/2/index.html"));
        List<String> listed = new java.util.ArrayList<>(page.select(".article-list li > a").eachText());
        assertEquals(SiteRenderer.CHECKS_PER_PAGE, listed.size());
        listed.addAll(second.select(".article-list li > a").eachText());
        assertEquals(extra + 1, listed.size());
        assertEquals(extra + 1, new java.util.HashSet<>(listed).size());
        assertEquals("Older report 0", listed.get(listed.size() - 1), "the oldest last");
        assertEquals("Showing 51 to 53 of 53, newest first.", second.selectFirst("p.shown").text());
        assertEquals("/factpress/articles/page/2/", page.selectFirst("link[rel=next]").attr("href"));
        assertTrue(page.selectFirst(".article-list li").text().endsWith("3 checks"), page.selectFirst(".article-list li").text());
        assertTrue(page.select(".article-list li").get(1).text().endsWith("0 checks"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/factpress/articles/</loc>"));
        assertTrue(sitemap.contains("<loc>https://example.org/factpress/articles/page/2/</loc>"));
    }
}
