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
