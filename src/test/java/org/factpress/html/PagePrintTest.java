package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factpress.testing.SiteInBrowser;
import org.factpress.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every page type of the example site printed from headless Chromium (the site's print stylesheet), the PDF read
 * back: no navigation, search, switcher, pager or footer; on a fact-check, the verdict on the page of its quote and
 * every source's address; on a source article, its original's address; no page ending on a heading.
 */
@Tag("slow")
@Tag("browser")
class PagePrintTest {
    static SiteInBrowser example;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        example = SiteInBrowser.open(ExampleSite.dir(), ExampleSite.BASE_PATH);
        server = example.server;
        driver = example.driver;
    }

    @AfterAll
    static void stop() {
        if (example != null) {
            example.close();
        }
    }

    static Stream<Arguments> pageTypes() {
        return BrowserPagesTest.pageTypes();
    }

    /** The page printed on A4, as the text of each of its PDF pages. */
    private static List<String> print(String path) throws Exception {
        driver.get(server.url() + path);
        PrintOptions options = new PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                pages.add(text.getText(doc));
            }
        }
        return pages;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent"))
                .map(PagePrintTest::flat).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void printsTheContentWithoutTheSitesMachinery(String type, String path) throws Exception {
        List<String> pages = print(path);
        String all = flat(String.join(" ", pages));
        assertFalse(all.isEmpty(), type + " printed nothing");
        String skip = text(".skip-link");
        String footer = text(".site-footer p");
        String nav = driver.findElements(By.cssSelector(".site-nav a")).stream()
                .map(e -> flat(e.getAttribute("textContent"))).reduce((a, b) -> a + " " + b).orElse("");
        assertFalse(skip.isEmpty() || footer.isEmpty() || nav.isEmpty(), "the page has its machinery");
        assertFalse(all.contains(skip), type + ": the skip link printed");
        assertFalse(all.contains(footer), type + ": the footer printed");
        assertFalse(all.contains(nav), type + ": the navigation printed");
        for (WebElement b : driver.findElements(By.cssSelector(".search-form button, .pager a"))) {
            String label = flat(b.getAttribute("textContent"));
            assertFalse(label.length() > 1 && all.contains(label) && !path.contains(label.toLowerCase()),
                    type + ": '" + label + "' printed");
        }
        List<String> headings = driver.findElements(By.cssSelector("main h1, main h2, main h3")).stream()
                .filter(WebElement::isDisplayed).map(e -> flat(e.getAttribute("textContent"))).filter(t -> !t.isEmpty())
                .toList();
        for (int i = 0; i < pages.size() - 1; i++) {
            List<String> lines = pages.get(i).lines().map(PagePrintTest::flat).filter(l -> !l.isEmpty()).toList();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            assertFalse(headings.contains(last), type + ": page " + (i + 1) + " ends on the heading '" + last + "'");
        }
    }

    @Test
    void aFactCheckPrintsItsVerdictWithItsQuoteAndTheAddressOfEverySource() throws Exception {
        List<String> pages = print("claims/end-of-us-policy-on-ukraine-nato-membership/");
        String verdict = flat((String) driver.executeScript("return document.querySelector('.verdict-hero').lastChild.textContent"));
        String quote = text(".claim-quote");
        String opening = String.join(" ", List.of(quote.split(" ")).subList(0, Math.min(5, quote.split(" ").length)));
        assertFalse(verdict.isEmpty() || opening.isEmpty(), verdict + " / " + opening);
        String withQuote = pages.stream().map(PagePrintTest::flat).filter(p -> p.contains(opening)).findFirst()
                .orElseThrow(() -> new AssertionError("the quote is not printed: " + opening));
        assertTrue(withQuote.contains(verdict), "the verdict '" + verdict + "' is on the quote's page");
        String all = String.join("", pages).replaceAll("\\s+", "");
        List<String> sources = driver.findElements(By.cssSelector(".source-list > li > a:first-child")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertFalse(sources.isEmpty());
        for (String url : sources) {
            assertTrue(all.contains(url.replaceAll("\\s+", "")), "the source's address is printed: " + url);
        }
        assertTrue(all.contains(ExampleSite.BASE_URL + "claims/end-of-us-policy-on-ukraine-nato-membership/"),
                "the check's own address is printed");
    }

    @Test
    void aSourceArticlePrintsTheAddressOfItsOriginal() throws Exception {
        List<String> pages = print("articles/trump-putin-call-ukraine-negotiations/");
        String original = driver.findElement(By.cssSelector(".article-head a[href^=http]")).getAttribute("href");
        String all = String.join("", pages).replaceAll("\\s+", "");
        assertTrue(all.contains(original), "the original's address is printed: " + original);
        assertTrue(pages.size() > 1, "the article runs over pages: " + pages.size());
    }
}
