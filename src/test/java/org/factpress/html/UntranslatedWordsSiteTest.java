package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multilingual fixture desk with what translations leave out: an Arabic translation of the tram check that gives
 * only its quote, headline and summary (so the place it was said, the rating's explanation, the analysis, the tags
 * and the update note are the Ukrainian original's), and a check of the budget article translated into no language,
 * listed on the article's English translation, whose text does not hold its quote. Each of the original's words is
 * marked with its language where an edition shows it; nothing links a mark that is not there.
 */
class UntranslatedWordsSiteTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path content = dir.resolve("content");
        ContentTree.copyOf(TestSites.content("multilingual"), content)
                .write("articles/zelenodar-budget-2025/tram-line-funded.ar.md", """
                        ---
                        quote: "خط الترام الجديد ممول بالكامل"
                        headline: هل خط الترام الجديد ممول بالكامل؟
                        summary: جزئيًا. ثلثا المبلغ في الميزانية، والباقي تأمل المدينة الحصول عليه.
                        translated: 2025-03-10
                        translator: karim-haddad
                        ---
                        """)
                .write("articles/zelenodar-budget-2025/tram-cars-autumn.md", """
                        ---
                        quote: "перші вагони вийдуть на маршрут восени"
                        claimant: mykola-bondar
                        said_on: 2025-03-01
                        rating: mostly-false
                        headline: Чи вийдуть перші трамваї на маршрут восени?
                        summary: Навряд чи. Вагони ще не замовлено.
                        author: oksana-hrytsenko
                        editor: taras-melnyk
                        published: 2025-03-05
                        tags: [транспорт]
                        sources:
                          - title: Рішення про бюджет Зеленодара на 2025 рік
                            publisher: Зеленодарська міська рада
                            date: 2024-12-20
                            url: https://rada.example.org/budget-2025
                            archived_url: https://web.archive.org/web/2025/https://rada.example.org/budget-2025
                        ---

                        Тендер на закупівлю вагонів міська рада ще не оголосила.
                        """);
        out = dir.resolve("site");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(content, TestSites.TEMPLATES, out, null, false));
        assertFalse(r.problems().hasErrors(), r.problems().all().toString());
    }

    private static Document page(String path) throws Exception {
        return TestSite.html(out.resolve(path + "index.html"));
    }

    private static void assertUkrainian(Element e) {
        assertNotNull(e);
        assertEquals("uk", e.attr("lang"), e.outerHtml());
        assertEquals("ltr", e.attr("dir"), e.outerHtml());
    }

    @Test
    void aTranslationsLeftOutWordsAreTheOriginalsMarkedAsSo() throws Exception {
        Document ar = page("ar/claims/tram-line-funded/");
        assertEquals("هل خط الترام الجديد ممول بالكامل؟", ar.selectFirst("h1").text());
        assertFalse(ar.selectFirst("h1").hasAttr("lang"), "the translation's own words are the page's");
        Element where = ar.selectFirst(".said-where");
        assertUkrainian(where);
        assertEquals("Сесія міської ради", where.text());
        Element why = ar.selectFirst(".rating-explanation [lang]");
        assertUkrainian(why);
        assertTrue(why.text().startsWith("Третину вартості"), why.text());
        // the analysis: in Ukrainian, marked, and said to be so in Arabic
        Element analysis = ar.selectFirst(".analysis .analysis-original");
        assertUkrainian(analysis);
        assertTrue(analysis.text().contains("1,2 мільярда гривень"), analysis.text());
        Element note = ar.selectFirst(".analysis .original-language");
        assertNotNull(note);
        assertTrue(note.text().startsWith("لم يُترجم التحليل بعد"), note.text());
        assertUkrainian(note.selectFirst("[lang]"));
        assertEquals("Українська", note.selectFirst("[lang]").text());
        // the ClaimReview is in Arabic: it leaves out the Ukrainian explanation, which the English one gives
        assertFalse(ar.selectFirst("script[type=application/ld+json]").data().contains("ratingExplanation"));
        assertTrue(page("en/claims/tram-line-funded/").selectFirst("script[type=application/ld+json]").data()
                .contains("\"ratingExplanation\""));
        // the re-rating's note is not translated either
        assertUkrainian(ar.selectFirst(".update-log #update-1 [lang]"));

        // the English translation gives them all: nothing marked
        Document en = page("en/claims/tram-line-funded/");
        assertFalse(en.selectFirst(".said-where").hasAttr("lang"));
        assertNull(en.selectFirst(".rating-explanation [lang]"));
        assertNull(en.selectFirst(".analysis-original"));
        assertNull(en.selectFirst(".analysis .original-language"));
    }

    @Test
    void aTranslationWithoutTagsLinksTheOriginalsTagPagesMarked() throws Exception {
        List<Element> tags = page("ar/claims/tram-line-funded/").select(".tags .tag");
        assertEquals(List.of("бюджет", "транспорт"), tags.stream().map(Element::text).toList());
        for (Element t : tags) {
            assertUkrainian(t);
            assertEquals("uk", t.attr("hreflang"));
            assertTrue(t.attr("href").startsWith("/tags/%D"), t.attr("href"));
        }
        assertTrue(Files.isRegularFile(out.resolve("tags/транспорт/index.html")), "the original's page");
        // the Arabic edition's tag pages are its translations' tags alone, none for the Ukrainian words
        List<String> arTags;
        try (var folders = Files.list(out.resolve("ar/tags"))) {
            arTags = folders.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertFalse(arTags.isEmpty());
        assertTrue(arTags.stream().noneMatch(t -> t.matches(".*\\p{IsCyrillic}.*")), arTags.toString());
        // an English translation with tags of its own links the English pages, unmarked
        Element budget = page("en/claims/tram-line-funded/").selectFirst(".tags a.tag");
        assertEquals("/en/tags/budget/", budget.attr("href"));
        assertFalse(budget.hasAttr("lang"));
    }

    @Test
    void anUntranslatedCheckOnATranslatedArticleIsMarkedAndHasNoAnchorToAMarkThatIsNotThere() throws Exception {
        Document en = page("en/articles/zelenodar-budget-2025/");
        Element link = en.selectFirst(".check-list a[href=/claims/tram-cars-autumn/]");
        assertNotNull(link, "the untranslated check is listed, linking the original");
        assertUkrainian(link);
        assertEquals("uk", link.attr("hreflang"));
        Element item = link.closest("li");
        assertNull(item.selectFirst("a[href^=#quote-]"), item.outerHtml());
        assertEquals("Українська", item.selectFirst(".original-language [lang=uk]").text());
        assertNull(en.getElementById("quote-tram-cars-autumn"), "its quote is not in the English text");
        // the translated checks keep theirs, each to its mark
        for (Element a : en.select(".check-list a[href^=#quote-]")) {
            assertNotNull(en.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(2, en.select(".check-list a[href^=#quote-]").size());
        // in the original article it is marked in the text
        Document uk = page("articles/zelenodar-budget-2025/");
        assertNotNull(uk.selectFirst(".check-list a[href=#quote-tram-cars-autumn]"));
        assertNotNull(uk.getElementById("quote-tram-cars-autumn"));
        assertFalse(uk.selectFirst(".check-list a[href=/claims/tram-cars-autumn/]").hasAttr("lang"));
    }
}
