package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.testing.SiteInBrowser;

/**
 * The search page in headless Chromium, on a site built so the right answers are plain: fixed queries and the
 * checks they must list, in order. Whole and prefix matches in the quote or headline lead; a word that only
 * starts a word of the summary or tags, or is one letter off a short word, finds nothing; misspellings of long
 * words are tried only when nothing else matches. Matched words are marked in each result.
 */
@Tag("slow")
class SearchRankingTest {
    static final String TEXT = """
            The mayor said bus fares will rise in May. A councillor said the busway opens next year.

            The treasurer said taxes on firms doubled. An engineer said a software bug cost the city millions.

            The minister said night trains return in June, and the "late" trams stay.

            Голова міста сказав, що міст коштував чотири мільярди.

            The captain said the ferry sails at dawn.
            """;

    /** More checks than a page of results shows. */
    static final int FERRIES = 21;

    @TempDir
    static Path dir;
    static SiteInBrowser site;
    static ChromeDriver driver;

    @BeforeAll
    static void build() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/transport/article.md", """
                ---
                title: City transport plans
                publisher: The Daily News
                url: https://news.example.com/transport
                published: 2025-03-01
                ---
                """ + TEXT);
        check(t, "fares", "bus fares will rise in May", "Will fares rise in May?", "Fares are frozen until 2026.",
                "[transport]", "2025-03-10");
        check(t, "busway", "the busway opens next year", "Does the new lane open next year?",
                "Work has not started.", "[transport]", "2025-03-11");
        check(t, "taxes", "taxes on firms doubled", "Did taxes on firms double?", "Business rates rose by a tenth.",
                "[business]", "2025-03-12");
        check(t, "software", "a software bug cost the city millions", "Did a software fault cost millions?",
                "The cost is not known.", "[computing]", "2025-03-13");
        check(t, "trains", "night trains return in June, and the \\\"late\\\" trams stay",
                "Do night trains return in June?", "The timetable says so.", "[bus, rail]", "2025-03-14");
        check(t, "bridge-uk", "міст коштував чотири мільярди", "Чи коштував міст чотири мільярди?",
                "Кошторис — два мільярди.", "[infrastructure]", "2025-03-15");
        for (int i = 1; i <= FERRIES; i++) {
            check(t, "ferry-" + i, "the ferry sails at dawn", "Does the ferry sail at dawn (" + i + ")?",
                    "It does.", "[boats]", "2025-02-" + String.format("%02d", i));
        }
        Path out = dir.resolve("site");
        var r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        site = SiteInBrowser.open(out, "/factpress/");
        driver = site.driver;
    }

    static void check(ContentTree t, String slug, String quote, String headline, String summary, String tags,
                      String published) throws Exception {
        t.write("articles/transport/" + slug + ".md", ContentTree.claim(quote, "jane-minister", "false", headline,
                published).replace("summary: The short answer.", "summary: \"" + summary + "\"")
                .replace("tags: [infrastructure, budget]", "tags: " + tags));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** The slugs of the checks a query lists, in order. */
    static List<String> search(String query) {
        return site.searchSlugs(query);
    }

    @Test
    void aWholeWordInTheQuoteLeadsThenAPrefixThenATagAndNothingElse() {
        // Not taxes ("Business" in its summary and tags), not software ("bug" is one letter off).
        assertEquals(List.of("fares", "busway", "trains"), search("bus"));
        assertEquals("3 fact-checks found for \u201cbus\u201d.", driver.findElement(By.id("search-status")).getText());
    }

    @Test
    void everyWordMustMatchAndTheHeadlineCounts() {
        assertEquals(List.of("fares"), search("fares may"));
        assertEquals(List.of("trains"), search("night june"));
        assertEquals(List.of("taxes"), search("firms"));
    }

    @Test
    void wordsInOtherScriptsAreFound() {
        assertEquals("bridge-uk", search("міст").get(0));
        assertEquals(List.of("bridge-uk"), search("Мільярди"));
    }

    @Test
    void aMisspelledLongWordIsTriedOnlyWhenNothingMatchesAsWritten() {
        assertEquals(List.of("trains"), search("night trainz"));
        assertEquals(List.of(), search("bux"));
        assertEquals("No fact-checks found for \u201cbux\u201d.", driver.findElement(By.id("search-status")).getText());
    }

    @Test
    void aLongListShowsAPageOfResultsAndTheRestOnRequest() {
        List<String> first = search("ferry");
        assertEquals(20, first.size());
        assertEquals("21 fact-checks found for \u201cferry\u201d.", driver.findElement(By.id("search-status")).getText());
        WebElement more = driver.findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#search-results li")).size() == FERRIES);
        assertFalse(more.isDisplayed());
        List<String> all = driver.findElements(By.cssSelector("#search-results .claim-card-title a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/claims/([^/]+)/$", "$1")).toList();
        assertEquals(first, all.subList(0, 20));
        assertEquals(FERRIES, new java.util.HashSet<>(all).size());
        // The reader carries on from the first new result.
        assertEquals(driver.findElements(By.cssSelector("#search-results .claim-card-title a")).get(20),
                driver.switchTo().activeElement());
    }

    @Test
    void matchedWordsAreMarkedAndQuotedPassagesNest() {
        search("bus");
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li"));
        assertEquals(List.of("bus"), results.get(0).findElements(By.cssSelector(".claim-card-quote mark.hit")).stream()
                .map(WebElement::getText).toList());
        // A prefix match marks the whole word it matched.
        assertEquals(List.of("busway"), results.get(1).findElements(By.cssSelector("mark.hit")).stream()
                .map(WebElement::getText).toList());
        assertTrue(results.get(0).findElement(By.cssSelector(".verdict")).getText().endsWith("False"));

        search("trams");
        WebElement first = driver.findElement(By.cssSelector("#search-results li"));
        // the quote in English's marks, the passage it quotes in the inner ones, as on the check's page
        String quote = first.findElement(By.cssSelector(".claim-card-quote")).getText();
        assertTrue(quote.startsWith("“") && quote.endsWith("”") && quote.contains("‘late’"), quote);
        assertEquals("trams", first.findElement(By.cssSelector(".claim-card-quote mark.hit")).getText());
    }
}
