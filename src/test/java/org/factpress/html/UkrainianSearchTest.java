package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factpress.TestSites;
import org.factpress.testing.SiteInBrowser;
import org.factpress.testing.StaticServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search on the Ukrainian fixture desk in headless Chromium, served under a sub-path: Cyrillic words are found
 * whatever their case, a decomposed letter finds its composed form, the results and the page speak Ukrainian,
 * and only the index files the query needs are fetched.
 */
@Tag("slow")
@Tag("browser")
class UkrainianSearchTest {
    @TempDir
    static Path dir;
    static SiteInBrowser site;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        TestSites.build("ukrainian", dir, "https://example.github.io/pravda/", false);
        site = SiteInBrowser.open(dir, "/pravda/");
        server = site.server;
        driver = site.driver;
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
    void aCyrillicWordInAnotherCaseFindsItsCheck() {
        // "школярі" is in the quote and the headline of one check only, in lower case.
        assertEquals(List.of("all-pupils-fed"), search("ШКОЛЯРІ"));
        assertEquals("За запитом «ШКОЛЯРІ» знайдено 1 перевірку.",
                driver.findElement(By.id("search-status")).getText());
        List<WebElement> marks = driver.findElements(By.cssSelector("#search-results li .claim-card-quote mark.hit"));
        assertEquals(List.of("школярі"), marks.stream().map(WebElement::getText).toList());
        // The tag Метро, written with a capital, and the headlines' метро.
        assertEquals(List.of("all-permits-received", "metro-five-billion").stream().sorted().toList(),
                search("мЕТРО").stream().sorted().toList());
    }

    @Test
    void aWordOfTheQuoteFindsItsCheck() {
        assertEquals(List.of("metro-five-billion"), search("гривень"));
        WebElement first = driver.findElement(By.cssSelector("#search-results li"));
        assertEquals("гривень", first.findElement(By.cssSelector(".claim-card-quote mark.hit")).getText());
        // in Ukrainian's marks (CLDR), with the claimant's role and the check's date, as the listings show them
        assertEquals("«п'ять мільярдів гривень»", first.findElement(By.cssSelector(".claim-card-quote")).getText());
        assertEquals("Іван Петренко, Міський голова", first.findElement(By.cssSelector(".claim-card-by")).getText());
        WebElement date = first.findElement(By.cssSelector(".meta time"));
        assertEquals("2025-03-12", date.getAttribute("datetime"));
        assertEquals("12 березня 2025", date.getText());
        assertTrue(first.findElement(By.cssSelector("h2 a")).getAttribute("href")
                .endsWith("/pravda/claims/metro-five-billion/"));
        // The start of a word of the quote, as a reader types it.
        assertEquals(List.of("all-permits-received"), search("дозв"));
    }

    @Test
    void aDecomposedLetterFindsTheComposedOne() {
        // "Київська" with ї typed as і and a combining diaeresis: the claimant of one check.
        assertEquals(List.of("all-pupils-fed"), search("Ки\u0456\u0308вська"));
    }

    @Test
    void aFirstSearchFetchesOnlyTheFilesItNeeds() {
        search("гривень");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.includes('/search/index/'))");
        String index = server.url() + "search/index/";
        assertTrue(loaded.contains(index + "meta.json"), loaded.toString());
        List<String> terms = loaded.stream().filter(n -> n.startsWith(index + "terms/")).toList();
        List<String> checks = loaded.stream().filter(n -> n.startsWith(index + "checks/")).toList();
        assertEquals(1, terms.size(), loaded.toString());
        assertEquals(1, checks.size(), loaded.toString());
        assertEquals(1 + terms.size() + checks.size(), loaded.size(), loaded.toString());
    }

    @Test
    void withoutJavaScriptThePageLinksToTheArchive() throws Exception {
        Document page = Jsoup.parse(Files.readString(dir.resolve("search/index.html")));
        assertEquals("/pravda/search/index/", page.selectFirst("form.search-form").attr("data-index"));
        var link = Jsoup.parse(page.selectFirst("noscript").html()).selectFirst("a");
        assertEquals("/pravda/claims/", link.attr("href"));
        assertTrue(page.selectFirst("#search-more").hasAttr("hidden"));
    }
}
