package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two updates of a check on one day, and a translation that translates one note of that day: the first update
 * shows the translated note, the second its original's words, marked so. The translation's notes go to the updates
 * by one rule (ClaimTranslation.notesFor), which both the words shown and their marks follow.
 */
class TranslatedNotesTest {
    @TempDir
    Path dir;

    @Test
    void aSecondUpdateOfTheSameDayWhoseNoteIsNotTranslatedIsMarkedAsTheOriginals() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content")).inEnglishAnd("de", "Deutsch")
                .edit("articles/bridge-report/bridge-cost.md", "tags: [infrastructure, budget]\n", """
                        tags: [infrastructure, budget]
                        updates:
                          - date: 2025-03-05
                            type: correction
                            note: We corrected the year of the budget report.
                          - date: 2025-03-05
                            type: correction
                            note: We corrected the name of the ministry.
                        """);
        t.write("articles/bridge-report/bridge-cost.de.md", """
                ---
                quote: "the bridge cost \\"four billion euros\\" to build"
                headline: Hat die Brücke vier Milliarden Euro gekostet?
                summary: Nein, etwa die Hälfte.
                translated: 2025-03-06
                translator: ann-checker
                updates:
                  - date: 2025-03-05
                    note: Wir haben das Jahr des Haushaltsberichts korrigiert.
                ---
                Die Analyse auf Deutsch.
                """);
        Path out = dir.resolve("site");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(t.root(), TestSites.TEMPLATES, out, null, false));
        assertFalse(r.problems().hasErrors(), r.problems().all().toString());

        Document de = TestSite.html(out.resolve("de/claims/bridge-cost/index.html"));
        // newest first; of one day, the later in the file first
        Element second = de.getElementById("update-2");
        Element first = de.getElementById("update-1");
        assertEquals("en", second.selectFirst("[lang]").attr("lang"), second.outerHtml());
        assertEquals("We corrected the name of the ministry.", second.selectFirst("[lang]").text());
        assertEquals(List.of(), first.select("[lang]").eachAttr("lang"), first.outerHtml());
        assertEquals(true, first.text().contains("Wir haben das Jahr des Haushaltsberichts korrigiert."));
        // the corrections page and the feed follow the same rule
        Document corrections = TestSite.html(out.resolve("de/corrections/index.html"));
        List<Element> marked = corrections.select(".correction-log [lang=en]");
        assertEquals(List.of("We corrected the name of the ministry."), marked.stream().map(Element::text).toList());
        Document feed = Jsoup.parse(Files.readString(out.resolve("de/feed.xml")), "", Parser.xmlParser());
        assertEquals(List.of("We corrected the name of the ministry."), feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().contains("#update-")).flatMap(e -> e.select("summary span")
                        .stream()).filter(e -> e.attr("xml:lang").equals("en")).map(Element::text).toList());
    }
}
