package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;

/** A desk's first day: content/ holds only site.yaml and people.yaml, and publishes an empty site. */
class FirstDayTest {
    @TempDir
    Path dir;

    /** The test desk's site.yaml and people.yaml, and no articles folder. */
    ContentTree firstDay() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (var s = Files.walk(t.path("articles"))) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return t;
    }

    @Test
    void checkFindsNoErrors() throws Exception {
        SiteBuild.Checked r = SiteBuild.check(firstDay().root());
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        assertTrue(r.library().articles().isEmpty());
    }

    /** people.yaml lists the staff and the people the desk means to check: none is "never used" before any check. */
    @Test
    void peopleAreNotUnusedBeforeTheFirstCheck() throws Exception {
        SiteBuild.Checked r = SiteBuild.check(firstDay().root());
        assertEquals(List.of(), r.problems().all().stream().map(Object::toString)
                .filter(p -> p.contains("never used")).toList());
        // with a first check, the people it does not name are
        ContentTree t = ContentTree.valid(dir.resolve("second-day"));
        t.edit("people.yaml", "daily-news:", "zed-nobody:\n  name: Zed Nobody\ndaily-news:");
        assertEquals(1, SiteBuild.check(t.root()).problems().all().stream()
                .filter(p -> p.toString().contains("person 'zed-nobody' is never used")).count());
    }

    @Test
    void buildsAHomePageThatSaysNothingIsPublishedYet() throws Exception {
        Path out = TestSite.build(firstDay(), dir.resolve("site"));
        Document home = TestSite.html(out.resolve("index.html"));
        assertEquals("Test Desk", home.selectFirst(".site-title").text());
        assertEquals("No fact-checks are published yet.", home.selectFirst("#latest ~ p:not(.lede)").text());
        assertTrue(home.select(".claim-card").isEmpty());
        assertTrue(home.select("ul.article-list").isEmpty(), "no empty list of source articles");
    }

    @Test
    void everyInternalLinkOfTheEmptySiteResolves() throws Exception {
        Path out = TestSite.build(firstDay(), dir.resolve("site"));
        List<Path> pages;
        try (var s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path p : pages) {
            Document d = TestSite.html(p);
            for (Element e : d.select("a[href], link[href], script[src]")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (href.startsWith("https://example.org/factpress/")) {
                    href = href.substring("https://example.org".length());
                }
                if (!href.startsWith("/factpress/")) {
                    continue; // external, or an in-page anchor
                }
                String rel = href.substring("/factpress/".length()).replaceAll("[#?].*$", "");
                Path target = out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
                assertTrue(Files.isRegularFile(target), p + " links to missing " + href);
                checked++;
            }
        }
        assertTrue(checked > 10, "too few links checked: " + checked);
    }
}
