package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.TestSite;

/**
 * Tags in any script: shown as written, their pages at the Unicode path on disk, and every link to them
 * percent-encoded (pages, sitemap), resolving to that page.
 */
class UnicodeTagsTest {
    @TempDir
    Path dir;

    @Test
    void tagsInAnyScriptGetTheirPages() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/bridge-cost.md", "tags: [infrastructure, budget]",
                        "tags: [енергетика, Київ, Ελλάδα, عربي, war crimes]");
        Path out = dir.resolve("site");
        Factpress.Run r = Factpress.run("build", "--content", t.root().toString(), "--out", out.toString(), "--no-pdf");
        assertEquals(0, r.status(), r.err());

        for (String segment : List.of("енергетика", "київ", "ελλάδα", "عربي", "war-crimes")) {
            assertTrue(Files.isRegularFile(out.resolve("tags/" + segment + "/index.html")), segment);
        }
        Document page = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        Element kyiv = page.select("a.tag").stream().filter(a -> a.text().equals("Київ")).findFirst().orElseThrow(
                () -> new AssertionError(page.select("p.tags").outerHtml()));
        assertEquals("/factpress/tags/%D0%BA%D0%B8%D1%97%D0%B2/", kyiv.attr("href"));
        // The link, decoded as a browser does, is the page on disk.
        String decoded = URI.create(kyiv.attr("href")).getPath().substring("/factpress/".length());
        assertTrue(Files.isRegularFile(out.resolve(decoded).resolve("index.html")), decoded);
        assertEquals("war-crimes", page.select("a.tag").stream().filter(a -> a.text().equals("war crimes"))
                .findFirst().orElseThrow().attr("href").replaceAll(".*/tags/|/$", ""));

        Document tagPage = TestSite.html(out.resolve("tags/київ/index.html"));
        assertTrue(tagPage.select("h1").text().contains("Київ"), tagPage.select("h1").text());
        assertEquals("https://example.org/factpress/tags/%D0%BA%D0%B8%D1%97%D0%B2/",
                tagPage.select("link[rel=canonical]").attr("href"));

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/factpress/tags/%D0%B5%D0%BD%D0%B5%D1%80%D0%B3%D0%B5"
                + "%D1%82%D0%B8%D0%BA%D0%B0/</loc>"), sitemap);
        assertFalse(sitemap.contains("/tags/київ/"), "sitemap URLs are percent-encoded");
        for (String loc : Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText()) {
            URI.create(loc); // every one a valid URI
        }
    }
}
