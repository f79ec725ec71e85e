package org.factpress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.publish.OutputFolder;

/**
 * serve renders pages when asked, from the content it keeps loaded: after every save, each file it serves must be
 * byte for byte what a full build of the same content writes (with the preview's base URL and drafts), but for
 * the reload script the preview adds to HTML pages.
 */
@Tag("slow")
class LivePagesTest {
    static final String COST = PreviewTest.COST;
    static final Duration PATIENCE = PreviewTest.PATIENCE;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    record Served(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Served get(String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Served(r.statusCode(), r.body());
    }

    void await(String url, Predicate<Served> ready, String what) throws Exception {
        long start = System.nanoTime();
        Served last = null;
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            last = get(url);
            if (ready.test(last)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(what + " not seen within " + PATIENCE + "; last: "
                + (last == null ? null : last.status() + " " + last.text()));
    }

    static String h1(Served s) {
        return s.status() == 200 ? Jsoup.parse(s.text()).select("h1").text() : "";
    }

    /** Every file a full build writes, fetched from the preview: the same bytes (HTML with the reload script). */
    int assertSameAsFullBuild(Preview preview, Path content, Path theme, String name) throws Exception {
        SiteBuild.Checked checked = SiteBuild.check(content);
        assertTrue(!checked.problems().hasErrors(), checked.problems().all().toString());
        Path out = dir.resolve("full-" + name);
        SiteBuild.render(Preview.withDrafts(checked.library(), preview.url()), theme, out, false);
        List<Path> files;
        try (var walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith(OutputFolder.MARKER)).sorted().toList();
        }
        for (Path f : files) {
            String relative = out.relativize(f).toString().replace('\\', '/');
            byte[] expected = Files.readAllBytes(f);
            if (relative.endsWith(".html")) {
                expected = PreviewServer.withReload(new String(expected, StandardCharsets.UTF_8));
            }
            Served served = get(preview.url() + relative);
            assertEquals(200, served.status(), relative);
            assertArrayEquals(expected, served.body(), name + ": " + relative + " differs from the full build's");
            if (relative.endsWith("/index.html")) { // and as its folder, the way links name it
                String folder = relative.substring(0, relative.length() - "index.html".length());
                assertArrayEquals(expected, get(preview.url() + folder).body(), name + ": " + folder);
            }
        }
        return files.size();
    }

    @Test
    void everyServedFileIsWhatTheFullBuildWritesAfterEachSave() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/roads-counted.md", "published: 2025-03-02", "published: 2025-03-02\nstatus: draft");
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(t.root(), theme, 0, new PrintWriter(log, true))) {
            String claimUrl = preview.url() + "claims/bridge-cost/";
            int files = assertSameAsFullBuild(preview, t.root(), theme, "at start");
            assertTrue(files > 20, files + " files");

            // A claim saved: its page, its article's, the home page and every listing, feed and index follow.
            t.edit(COST, "headline: \"Did the bridge cost four billion euros?\"", "headline: \"Was the bridge four billion?\"");
            t.edit(COST, "summary: The short answer.", "summary: A new short answer.");
            await(claimUrl, s -> s.text().contains("A new short answer."), "saved claim");
            assertEquals("Was the bridge four billion?", h1(get(claimUrl)));
            assertTrue(get(preview.url()).text().contains("Was the bridge four billion?"), "home page");
            assertTrue(get(preview.url() + "articles/bridge-report/").text().contains("Was the bridge four billion?"));
            assertSameAsFullBuild(preview, t.root(), theme, "after a save");

            // A content error: every page is the error page, until it is fixed; then the pages are as built.
            t.edit(COST, "rating: false", "rating: flase");
            await(claimUrl, s -> s.status() == 500, "error page");
            assertEquals(500, get(preview.url()).status());
            assertTrue(Jsoup.parse(get(preview.url() + "articles/bridge-report/").text()).text()
                    .contains("unknown rating 'flase'"));
            t.edit(COST, "rating: flase", "rating: false");
            await(claimUrl, s -> s.status() == 200, "page back after the fix");
            assertSameAsFullBuild(preview, t.root(), theme, "after the fix");

            // A new claim file and a removed one.
            t.write("articles/bridge-report/bridge-length.md", ContentTree.claim("the bridge's real cost was closer to two billion",
                    "jane-minister", "true", "Was the real cost two billion?", "2025-03-04"));
            await(preview.url() + "claims/bridge-length/", s -> s.status() == 200, "new claim");
            assertSameAsFullBuild(preview, t.root(), theme, "after a new claim");
            Files.delete(t.path("articles/bridge-report/bridge-length.md"));
            await(preview.url() + "claims/bridge-length/", s -> s.status() == 404, "removed claim");
            assertSameAsFullBuild(preview, t.root(), theme, "after a removed claim");

            // A template change: the pages follow the theme.
            Path claimTemplate = theme.resolve("site/claim.ftlh");
            Files.writeString(claimTemplate, Files.readString(claimTemplate)
                    .replace("<h1>${cl.headline}</h1>", "<h1>Checked: ${cl.headline}</h1>"));
            Path css = theme.resolve("static/style.css");
            Files.writeString(css, Files.readString(css) + "\n/* changed */\n");
            await(claimUrl, s -> h1(s).equals("Checked: Was the bridge four billion?"), "template change");
            await(preview.url() + "static/style.css", s -> s.text().contains("/* changed */"), "static file change");
            assertSameAsFullBuild(preview, t.root(), theme, "after a template change");
        }
    }

    @Test
    void aTemplateThatFailsOnOnePageShowsTheErrorThereAndRecovers() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        try (Preview preview = Preview.start(t.root(), theme, 0, new PrintWriter(new StringWriter(), true))) {
            String claimUrl = preview.url() + "claims/bridge-cost/";
            Path claimTemplate = theme.resolve("site/claim.ftlh");
            String original = Files.readString(claimTemplate);
            // Fails on one check only: the trial render at the change passes, that page shows the error when asked.
            Files.writeString(claimTemplate, original.replace("<h1>${cl.headline}</h1>",
                    "<h1>${cl.headline}</h1><#if cl.slug == \"roads-counted\">${cl.nope}</#if>"));
            await(preview.url() + "claims/roads-counted/", s -> s.status() == 500 && s.text().contains("claim.ftlh:"),
                    "error on the page the template fails on");
            Files.writeString(claimTemplate, original);
            await(preview.url() + "claims/roads-counted/", s -> s.status() == 200, "fixed template");
            assertEquals(200, get(claimUrl).status());
            assertSameAsFullBuild(preview, t.root(), theme, "after the template fix");
        }
    }
}
