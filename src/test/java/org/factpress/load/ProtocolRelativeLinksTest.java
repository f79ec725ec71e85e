package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.text.Markdown;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [j](//evil.example/x)} leads to another site but looks like one of the site's own pages: check refuses it
 * at its line and column with the forms a link may take, and a page shows its text, never a link without
 * {@code rel="nofollow noopener"}.
 */
class ProtocolRelativeLinksTest {
    @TempDir
    Path dir;

    @Test
    void aProtocolRelativeLinkIsAnErrorAtItsPlace() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/bridge-cost.md", "The analysis, with **emphasis**.",
                "The analysis, with **emphasis**.\n\nSee [j](//evil.example/x) and [k](/\\evil.example/y),\n"
                        + "[ok](/claims/roads-counted/), [ref][r], `[code](//not.a.link)`.\n\n[r]: //evil.example/z");
        List<Problem> errors = SiteBuild.check(t.root()).problems().all().stream().filter(Problem::isError).toList();
        Path file = t.path("articles/bridge-report/bridge-cost.md");
        assertEquals(3, errors.size(), errors::toString);
        Problem first = errors.get(0);
        assertEquals(file, first.position().file());
        assertEquals(21, first.position().line(), errors::toString);
        assertEquals(9, first.position().column(), errors::toString);
        assertEquals("link '//evil.example/x' leads to another site without saying how (no https:)", first.message());
        assertTrue(first.hint().startsWith("write it in full, e.g. https://evil.example/x; a link is https://..."),
                first.hint());
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("'/\\evil.example/y'")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("'//evil.example/z'")
                && p.position().line() == 24), errors::toString);
    }

    @Test
    void aPageShowsItsTextNotALink() {
        Document d = Markdown.toDocument("[j](//evil.example/x) [k](/\\evil.example/y) [l](\\\\\\\\evil.example)"
                + " ![m](//evil.example/i.png) [ok](https://example.org/) [site](/claims/x/)");
        List<String> hrefs = d.select("a[href]").eachAttr("href");
        assertEquals(List.of("https://example.org/", "/claims/x/"), hrefs);
        assertTrue(d.text().contains("j k l"), d.text());
        assertEquals("nofollow noopener", d.selectFirst("a[href^=https]").attr("rel"));
    }
}
