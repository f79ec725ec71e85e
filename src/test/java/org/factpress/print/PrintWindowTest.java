package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.TestSite;

/**
 * site.yaml's print window: fact briefs, cards and article briefs only for the checks it names, and no page of the
 * built site links to a print file that was not made.
 */
class PrintWindowTest {
    private static final String BASE = "https://example.org/factpress/";

    @TempDir
    Path dir;

    /** The valid tree plus an article of 2023 with one check of January 2024, outside a window of 6 months. */
    private ContentTree withOldCheck() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/old-report/article.md", """
                ---
                title: An older report on the bridge
                publisher: The Daily News
                url: https://news.example.com/old-bridge
                published: 2023-12-01
                ---
                """ + ContentTree.ARTICLE_TEXT);
        t.write("articles/old-report/old-cost.md", ContentTree.claim("the bridge's real cost was closer to two billion",
                "daily-news", "mostly-true", "Was the real cost closer to two billion?", "2024-01-10"));
        return t;
    }

    private static Factpress.Run build(Path content, Path out) {
        return Factpress.run("build", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString(), "--no-cache", "--threads", "1");
    }

    @Test
    void printsOnlyTheWindowAndLinksOnlyToFilesThatExist() throws Exception {
        ContentTree t = withOldCheck();
        t.edit("site.yaml", "language: en", """
                language: en
                print:
                  fact_briefs: last 6 months
                  cards: none
                  article_briefs: last 6 months""");
        Path out = dir.resolve("site");
        Factpress.Run built = build(t.root(), out);
        assertEquals(0, built.status(), built.err());

        assertTrue(Files.isRegularFile(out.resolve("briefs/claims/bridge-cost.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("briefs/claims/roads-counted.pdf")));
        assertFalse(Files.exists(out.resolve("briefs/claims/old-cost.pdf")), "the old check is outside the window");
        assertTrue(Files.isRegularFile(out.resolve("briefs/bridge-report.pdf")));
        assertFalse(Files.exists(out.resolve("briefs/old-report.pdf")), "its article's newest check is old");
        assertFalse(Files.exists(out.resolve("cards")), "cards: none");

        Document recent = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        assertTrue(recent.select("a[href$=/briefs/claims/bridge-cost.pdf]").size() == 1, "a check in the window links its brief");
        assertTrue(recent.select("meta[property=og:image]").isEmpty(), "no card, no og:image");
        Document old = TestSite.html(out.resolve("claims/old-cost/index.html"));
        assertTrue(old.select("a[href$=.pdf]").isEmpty(), "the old check links no PDF: " + old.select("a[href$=.pdf]"));

        List<String> missing = missingTargets(out);
        assertEquals(List.of(), missing);
    }

    @Test
    void withoutAWindowEveryCheckIsPrintedAndEveryLinkResolves() throws Exception {
        ContentTree t = withOldCheck();
        Path out = dir.resolve("site");
        Factpress.Run built = build(t.root(), out);
        assertEquals(0, built.status(), built.err());
        assertTrue(Files.isRegularFile(out.resolve("briefs/claims/old-cost.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("cards/old-cost.png")));
        assertTrue(Files.isRegularFile(out.resolve("briefs/old-report.pdf")));
        Document old = TestSite.html(out.resolve("claims/old-cost/index.html"));
        assertEquals(BASE + "cards/old-cost.png", old.select("meta[property=og:image]").attr("content"));
        assertEquals(List.of(), missingTargets(out));
    }

    /**
     * Without print: in site.yaml, a site that would pass 80% of its budget with every print file keeps the newest
     * months' and says so; the oldest check loses its fact brief, card and article brief, and no page links them.
     */
    @Test
    void byDefaultTheOldestChecksPrintFromTheirPagesWhenEverythingWouldNotFit() throws Exception {
        ContentTree t = withOldCheck();
        Path whole = dir.resolve("whole");
        Factpress.Run all = build(t.root(), whole);
        assertEquals(0, all.status(), all.err());
        assertFalse(all.out().contains("prints kept"), "everything fits 1 GB: " + all.out());
        long site = sizeOf(whole);
        long old = Files.size(whole.resolve("briefs/claims/old-cost.pdf")) + Files.size(whole.resolve("cards/old-cost.png"))
                + Files.size(whole.resolve("briefs/old-report.pdf"));
        // 80% of the budget holds everything but half the old check's print files.
        long budget = (long) ((site - old / 2) / 0.8);

        Path out = dir.resolve("site");
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--templates", "templates",
                "--out", out.toString(), "--no-cache", "--threads", "1", "--size-budget", Long.toString(budget),
                "--fail-over-budget");
        assertEquals(0, built.status(), built.err());
        assertTrue(built.out().contains("prints kept for checks published since 2025-")
                && built.out().contains("; 1 older check prints from its page; set print: in site.yaml to choose"),
                built.out());
        assertFalse(Files.exists(out.resolve("briefs/claims/old-cost.pdf")));
        assertFalse(Files.exists(out.resolve("cards/old-cost.png")));
        assertFalse(Files.exists(out.resolve("briefs/old-report.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("briefs/claims/bridge-cost.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("cards/bridge-cost.png")));
        assertTrue(Files.isRegularFile(out.resolve("briefs/bridge-report.pdf")));
        for (String kept : List.of("briefs/claims/bridge-cost.pdf", "cards/bridge-cost.png", "briefs/bridge-report.pdf")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(whole.resolve(kept)), Files.readAllBytes(out.resolve(kept))),
                    kept + " is the same file as in the whole site");
        }
        assertTrue(sizeOf(out) <= 0.8 * budget, sizeOf(out) + " within 80% of " + budget);
        Document old1 = TestSite.html(out.resolve("claims/old-cost/index.html"));
        assertTrue(old1.select("a[href$=.pdf]").isEmpty() && old1.select("meta[property=og:image]").isEmpty(),
                old1.select("a[href$=.pdf], meta[property=og:image]").toString());
        assertEquals(List.of(), missingTargets(out));
    }

    /** With a budget the pages alone pass, no check keeps its print files, and --fail-over-budget fails the build. */
    @Test
    void byDefaultPagesOverTheBudgetKeepNoPrintsAndFailTheWorkflow() throws Exception {
        ContentTree t = withOldCheck();
        Path out = dir.resolve("site");
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--templates", "templates",
                "--out", out.toString(), "--no-cache", "--threads", "1", "--size-budget", "20000");
        assertEquals(0, built.status(), built.err());
        assertTrue(built.out().contains("prints kept for no check") && built.out().contains("3 checks print from their pages"),
                built.out());
        assertFalse(Files.exists(out.resolve("briefs/claims")));
        assertFalse(Files.exists(out.resolve("cards")));
        assertEquals(List.of(), missingTargets(out));
        Factpress.Run failed = Factpress.run("build", "--content", t.root().toString(), "--templates", "templates",
                "--out", dir.resolve("other").toString(), "--no-cache", "--threads", "1", "--size-budget", "20000",
                "--fail-over-budget");
        assertEquals(1, failed.status(), failed.out());
    }

    private static long sizeOf(Path site) throws Exception {
        return org.factpress.publish.SiteSize.of(site).total();
    }

    @Test
    void aWindowNotInTheFormsIsAnErrorNamingTheLineAndTheFix() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("site.yaml", "language: en", """
                language: en
                print:
                  cards: the last year""");
        Factpress.Run r = build(t.root(), dir.resolve("site"));
        assertEquals(1, r.status());
        String err = r.err();
        assertTrue(err.contains("site.yaml:6:"), err);
        assertTrue(err.contains("print.cards") && err.contains("last N months"), err);
        assertFalse(err.contains("Exception"), err);
    }

    /**
     * Every href, src, og:image and twitter:image on every page of the site that points into the site, whose file
     * is not there.
     */
    static List<String> missingTargets(Path site) throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8", BASE + site.relativize(page).toString().replace('\\', '/'));
            for (Element e : d.select("[href], [src], meta[property=og:image], meta[name=twitter:image]")) {
                String ref = e.hasAttr("href") ? e.absUrl("href") : e.hasAttr("src") ? e.absUrl("src") : e.attr("content");
                if (!ref.startsWith(BASE)) {
                    continue;
                }
                String path = URI.create(ref).getPath().substring(URI.create(BASE).getPath().length());
                Path target = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                checked++;
                if (!Files.isRegularFile(target)) {
                    missing.add(site.relativize(page) + " -> " + ref);
                }
            }
        }
        assertTrue(checked > 50, "links checked: " + checked);
        return missing;
    }
}
