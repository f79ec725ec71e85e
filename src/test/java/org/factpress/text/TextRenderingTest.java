package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** factpress's text rendering gives, byte for byte, the HTML flexmark's own gives. */
class TextRenderingTest {
    /** flexmark's renderers with the same options, without {@link TextRendering}. */
    private static final HtmlRenderer FLEXMARK_ESCAPING = HtmlRenderer.builder(
            new MutableDataSet(Markdown.OPTIONS).set(HtmlRenderer.ESCAPE_HTML, true)).build();
    private static final HtmlRenderer FLEXMARK_RAW = HtmlRenderer.builder(Markdown.OPTIONS).build();

    @Test
    void escapesAsFlexmarkDoes() {
        assertEquals("a &lt;b&gt; &quot;c&quot; 'd' \u2019e\u2019", TextRendering.escaped("a <b> \"c\" 'd' \u2019e\u2019"));
        assertNull(TextRendering.escaped("fish & chips"), "entities are flexmark's to decode");
        assertNull(TextRendering.escaped("a \\* b"), "backslash escapes too");
        assertNull(TextRendering.escaped("a\r\nb"), "and line ends");
    }

    /** The example content, and texts that reach every branch: the same HTML, raw HTML escaped or kept. */
    @Test
    void rendersWhatFlexmarkRenders() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "Plain words, \"quoted\", 'single', \u201Ccurly\u201D and 5 < 6 > 4.",
                "Fish &amp; chips, &copy; &#169; &#xA9; &bogus; and a bare & sign.",
                "Escapes: \\*not emphasis\\*, \\[not a link\\], a \\\\ backslash.",
                "Windows\r\nline\r\nends and a\rlone carriage return.",
                "*em* **strong** `code  with   spaces\nand a line` ``a ` b``",
                "[a \"link\" <text>](https://example.org/?a=1&b=2 \"a <title>\") and ![alt \"x\"](https://example.org/i.png)",
                "<b>raw</b> inline and <!-- comment --> text\n\n<div onclick=\"x()\">block</div>\n",
                "| a | \"b\" |\n|:--|--:|\n| <c> | d & e |\n",
                "```js\nlet a = \"<b>\";\n```\n\n    indented <code>\n\n> quote \"x\"\n\n- item <1>\n- item 2",
                "Hard  \nbreak and soft\nbreak, trailing spaces   \n",
                "https://example.org/a?b=\"c\" and desk@example.org",
                "Heading <1>\n=====\n\n## Heading \"2\" ##\n\n---\n"));
        try (Stream<Path> files = Files.walk(org.factpress.TestSites.content("example"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        int compared = 0;
        int escapedHere = 0;
        for (String md : texts) {
            for (var parser : List.of(Markdown.PARSER, Markdown.PLAIN_PARSER)) {
                Node doc = parser.parse(md);
                String html = Markdown.ESCAPING.render(doc);
                assertEquals(FLEXMARK_ESCAPING.render(doc), html, md);
                assertEquals(FLEXMARK_RAW.render(doc), Markdown.RAW.render(doc), md);
                compared++;
                // The paragraph texts this renderer escapes itself, not handing them to flexmark, stand in the page so.
                for (Node n : doc.getDescendants()) {
                    String escaped = n instanceof Text t && t.getParent() instanceof Paragraph
                            ? TextRendering.escaped(t.getChars()) : null;
                    if (escaped != null && !escaped.isBlank()) {
                        assertTrue(html.contains(escaped), escaped);
                        escapedHere++;
                    }
                }
            }
        }
        assertTrue(compared >= 2 * 20, compared + " renderings compared");
        assertTrue(escapedHere > 100, escapedHere + " texts on the path that skips flexmark's regular expressions");
    }
}
