package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Bare links become links; text that cannot hold one skips autolinking and renders exactly as with it. */
class AutolinkTest {

    @Test
    void bareAddressesAreLinked() {
        Document d = Markdown.toDocument("See https://example.org/a, www.example.org/b and desk@example.org.");
        assertEquals(List.of("https://example.org/a", "http://www.example.org/b", "mailto:desk@example.org"),
                d.select("a[href]").eachAttr("href"));
        assertTrue(Markdown.mayHoldBareLink("x www.example.org"));
        assertTrue(Markdown.mayHoldBareLink("ftp://x"));
        assertTrue(Markdown.mayHoldBareLink("a@b"));
        assertFalse(Markdown.mayHoldBareLink("example.org, a: b, http:/x, w.w.w. and www"));
    }

    /** Every analysis and article of the example content, and near misses: the same HTML with either parser. */
    @Test
    void skippingAutolinkChangesNothing() throws Exception {
        List<String> texts = new ArrayList<>(List.of("example.org and foo.com/path", "http:/ /x mailto:desk",
                "[link](https://example.org) and <https://example.org>", "a: b; c:d", "wwwx.example.org",
                "Tables | a |\n|---|---|\n| www | org |", "*emphasis* `code www.x` and **strong**"));
        try (Stream<Path> files = Files.walk(org.factpress.TestSites.content("example").resolve("articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(f);
                texts.add(text.substring(text.indexOf("\n---", 3) + 4));
            }
        }
        int compared = 0;
        for (String md : texts) {
            String full = Markdown.toDocument(md, false, Markdown.PARSER).body().html();
            String plain = Markdown.toDocument(md, false, Markdown.PLAIN_PARSER).body().html();
            if (!Markdown.mayHoldBareLink(md)) {
                assertEquals(full, plain, md);
                compared++;
            }
            assertEquals(full, Markdown.toHtml(md), "toHtml uses autolinking whenever it could matter: " + md);
        }
        // The near misses and the example's texts without links (8 of its 9): both parsers really compared.
        assertTrue(compared >= 12, compared + " texts compared with both parsers");
    }
}
