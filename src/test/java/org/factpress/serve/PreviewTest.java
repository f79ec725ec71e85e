package org.factpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.testing.Browser;

/**
 * serve: a page is served under the base path; a saved change shows up; a broken file gives an error page with the
 * file and line, and fixing it brings the page back; templates are watched too; open pages reload by themselves.
 */
@Tag("slow")
@Tag("browser")
class PreviewTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    /** Generous, so a loaded machine does not fail the test; the measured time is printed. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    record Page(int status, String body) {
        Document html() {
            return Jsoup.parse(body);
        }
    }

    Page get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), r.body());
    }

    /** Fetches {@code url} until {@code ready}; returns how long that took. */
    Duration await(String url, Predicate<Page> ready, String what) throws Exception {
        long start = System.nanoTime();
        Page last = null;
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            last = get(url);
            if (ready.test(last)) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.println("serve: " + what + " after " + took.toMillis() + " ms");
                return took;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + " not seen within " + PATIENCE + "; last page: " + last);
    }

    static String h1(Page p) {
        return p.status() == 200 ? p.html().select("h1").text() : "";
    }

    @Test
    void servesRebuildsShowsErrorsAndRecovers() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/roads-counted.md", "published: 2025-03-02", "published: 2025-03-02\nstatus: draft");
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(t.root(), theme, 0, new PrintWriter(log, true))) {
            assertTrue(preview.url().matches("http://127\\.0\\.0\\.1:\\d+/factpress/"), preview.url());
            String claimUrl = preview.url() + "claims/bridge-cost/";

            Page home = get(preview.url());
            assertEquals(200, home.status());
            assertEquals(1, home.html().select("script[src=" + PreviewServer.SCRIPT_PATH + "]").size());
            assertEquals("Did the bridge cost four billion euros?", h1(get(claimUrl)));
            assertEquals(302, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + URI.create(preview.url()).getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

            // Drafts are in the preview, marked.
            Page draft = get(preview.url() + "claims/roads-counted/");
            assertEquals(200, draft.status());
            assertEquals("[Draft] Did the figure count the roads?", h1(draft));

            // A saved change shows up.
            t.edit(COST, "headline: \"Did the bridge cost four billion euros?\"", "headline: \"Was the bridge four billion?\"");
            await(claimUrl, p -> h1(p).equals("Was the bridge four billion?"), "changed headline");

            // A broken file: the error page, with the file and line.
            t.edit(COST, "rating: false", "rating: flase");
            await(claimUrl, p -> p.status() == 500, "error page");
            Document error = get(claimUrl).html();
            assertTrue(error.select("li").text().contains(
                    "bridge-cost.md:6:9: error: unknown rating 'flase' (this site's ratings: true (True), "), error.text());
            assertEquals(1, error.select("script[src=" + PreviewServer.SCRIPT_PATH + "]").size(), "it reloads when fixed");

            // Fixed: the page is back.
            t.edit(COST, "rating: flase", "rating: false");
            await(claimUrl, p -> h1(p).equals("Was the bridge four billion?"), "page back after the fix");

            // A template change re-renders the pages that use it; a broken template is shown like content errors.
            Path claimTemplate = theme.resolve("site/claim.ftlh");
            String original = Files.readString(claimTemplate);
            Files.writeString(claimTemplate, original.replace("<h1>${cl.headline}</h1>", "<h1>Checked: ${cl.headline}</h1>"));
            await(claimUrl, p -> h1(p).equals("Checked: Was the bridge four billion?"), "template change");
            Files.writeString(claimTemplate, original.replace("<h1>${cl.headline}</h1>", "<h1>${cl.nope}</h1>"));
            await(claimUrl, p -> p.status() == 500 && p.body().contains("claim.ftlh:"), "template error page");
        }
        assertTrue(log.toString().contains("unknown rating 'flase'"), log.toString());
    }

    /**
     * Without TCP_NODELAY each response waited for a delayed ACK, 40 ms twice per save-to-reload (ServeBenchmark;
     * a timing is not asserted here). The JDK reads the setting when its server first loads, so serve sets it
     * before making its server, unless the command line gave one.
     */
    @Test
    void responsesAreSentWithoutWaitingForAcknowledgements() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (Preview preview = Preview.start(t.root(), Path.of("templates"), 0, new PrintWriter(new StringWriter()))) {
            assertEquals("true", System.getProperty(PreviewServer.NO_DELAY));
            assertEquals(200, get(preview.url()).status());
        }
    }

    /** A site in several languages: the preview serves each edition's pages, feeds and data under its folder. */
    @Test
    void servesEveryLanguagesEdition() throws Exception {
        ContentTree t = ContentTree.copyOf(org.factpress.TestSites.content("multilingual"), dir.resolve("content"));
        try (Preview preview = Preview.start(t.root(), Path.of("templates"), 0, new PrintWriter(new StringWriter()))) {
            Page en = get(preview.url() + "en/claims/tram-line-funded/");
            assertEquals(200, en.status());
            assertEquals("Is the new tram line fully funded?", h1(en));
            assertEquals("en", en.html().selectFirst("html").attr("lang"));
            assertEquals(1, en.html().select(".stale-translation").size());
            Page ar = get(preview.url() + "ar/");
            assertEquals("rtl", ar.html().selectFirst("html").attr("dir"));
            assertEquals(preview.url(), ar.html().selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
            assertTrue(get(preview.url() + "en/feed.xml").body().contains("xml:lang=\"en\""));
            assertEquals(200, get(preview.url() + "claims/tram-line-funded/").status());
            assertEquals(404, get(preview.url() + "en/claims/embankment-cost/").status(),
                    "an untranslated check has no page in the edition");
        }
    }

    @Test
    void theReloadScriptIsOnlyInThePreview() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("__factpress"), f.toString());
            }
        }
    }

    @Test
    void anOpenPageReloadsByItself() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (Preview preview = Preview.start(t.root(), Path.of("templates"), 0, new PrintWriter(new StringWriter()))) {
            ChromeDriver browser = Browser.start(1024, 768);
            try {
                browser.get(preview.url() + "claims/bridge-cost/");
                assertEquals("Did the bridge cost four billion euros?", browser.findElement(By.tagName("h1")).getText());
                t.edit(COST, "headline: \"Did the bridge cost four billion euros?\"", "headline: \"Reloaded by itself\"");
                long start = System.nanoTime();
                while (!h1(browser).equals("Reloaded by itself")) {
                    assertTrue(System.nanoTime() - start < PATIENCE.toNanos(), "the open page did not reload");
                    Thread.sleep(100);
                }
                System.out.println("serve: open page reloaded after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } finally {
                browser.quit();
            }
        }
    }

    /** The page's heading; empty while the page is being replaced by its reload. */
    static String h1(ChromeDriver browser) {
        try {
            return browser.findElement(By.tagName("h1")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }
}
