package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.factpress.testing.StaticServer;

/**
 * Crawls the example site served under its base path, as GitHub Pages serves a project site: every internal
 * link, stylesheet, script and image answers 200, every page is reachable from the home page, and no page loads
 * anything from another site.
 */
@Tag("slow")
class SiteCrawlTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyInternalLinkScriptStylesheetAndImageResolves() throws Exception {
        Path dir = ExampleSite.dir();
        try (StaticServer server = new StaticServer(dir, ExampleSite.BASE_PATH)) {
            String origin = server.url().substring(0, server.url().length() - ExampleSite.BASE_PATH.length());
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(ExampleSite.BASE_PATH));
            List<String> broken = new ArrayList<>();
            List<String> external = new ArrayList<>();
            List<String> scripted = new ArrayList<>();
            int links = 0;
            while (!queue.isEmpty()) {
                String path = queue.poll();
                if (!seen.add(path)) {
                    continue;
                }
                HttpResponse<String> r = get(origin + path);
                if (r.statusCode() != 200) {
                    broken.add(path + " -> " + r.statusCode());
                    continue;
                }
                if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                Document d = Jsoup.parse(r.body());
                // The site works without JavaScript: only the search page has scripts (JSON-LD is data, not code).
                if (!path.startsWith(ExampleSite.BASE_PATH + "search/")
                        && !d.select("script:not([type=application/ld+json])").isEmpty()) {
                    scripted.add(path);
                }
                for (Element e : d.select("script[src], img[src], link[href][rel~=stylesheet|icon]")) {
                    String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    if (!ref.startsWith("/")) {
                        external.add(path + " loads " + ref);
                    }
                }
                for (Element e : d.select("a[href], link[href], script[src], img[src]")) {
                    String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    String internal = internal(path, ref);
                    if (internal != null) {
                        links++;
                        queue.add(internal);
                    }
                }
            }
            assertEquals(List.of(), broken);
            assertEquals(List.of(), external, "pages must load nothing from another site");
            assertEquals(List.of(), scripted, "pages other than search/ must not need JavaScript");
            assertTrue(links > 300, "links followed: " + links);
            // Every page of the site is reachable by following links from the home page.
            Set<String> unreached = new TreeSet<>();
            for (Path p : ExampleSite.htmlPages()) {
                String rel = dir.relativize(p).toString().replace('\\', '/').replaceAll("index\\.html$", "");
                if (!seen.contains(ExampleSite.BASE_PATH + rel) && !rel.equals("404.html")) {
                    unreached.add(rel);
                }
            }
            assertEquals(Set.of(), unreached);
            for (String file : List.of("feed.xml", "sitemap.xml", "robots.txt", "claims.json",
                    "search/index/meta.json", "search/index/checks/0.json", "static/search.js")) {
                assertEquals(200, get(server.url() + file).statusCode(), file);
            }
        }
    }

    @Test
    void notFoundPageWorksAtAnyDepth() throws Exception {
        try (StaticServer server = new StaticServer(ExampleSite.dir(), ExampleSite.BASE_PATH)) {
            String origin = server.url().substring(0, server.url().length() - ExampleSite.BASE_PATH.length());
            for (String missing : List.of("nope", "claims/nope/", "a/b/c/d/e.html")) {
                HttpResponse<String> r = get(server.url() + missing);
                assertEquals(404, r.statusCode());
                Document d = Jsoup.parse(r.body());
                assertEquals("Page not found", d.selectFirst("h1").text());
                int checked = 0;
                for (Element e : d.select("a[href], link[href], script[src]")) {
                    String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    String internal = internal(ExampleSite.BASE_PATH + missing, ref);
                    if (internal != null) {
                        assertEquals(200, get(origin + internal).statusCode(), missing + ": " + ref);
                        checked++;
                    }
                }
                assertTrue(checked >= 8, "links checked: " + checked);
            }
        }
    }

    /** The site path a reference leads to (without fragment), or null when it leaves the site. */
    private static String internal(String from, String ref) {
        if (ref.startsWith(ExampleSite.BASE_URL)) {
            ref = ref.substring("https://example.org".length());
        }
        if (ref.startsWith("#") || ref.startsWith("mailto:") || ref.contains("://")) {
            return null;
        }
        String path = URI.create("http://site" + from).resolve(ref).getRawPath();
        assertTrue(path.startsWith(ExampleSite.BASE_PATH), from + " links outside the base path: " + ref);
        return path;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
