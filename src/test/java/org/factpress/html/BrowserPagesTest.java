package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.factpress.testing.SiteInBrowser;
import org.factpress.testing.StaticServer;

/**
 * Each page type of the example site in headless Chromium, served under its base path: no axe-core violations of
 * WCAG 2.1 A and AA in the light and the dark scheme, no console errors, and no sideways scrolling on a 375 px
 * wide phone. The search page finds a check by a word of its quote.
 */
@Tag("slow")
@Tag("browser")
class BrowserPagesTest {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
        if (multilingualServer != null) {
            multilingualServer.close();
        }
        if (spanishServer != null) {
            spanishServer.close();
        }
    }

    static Stream<Arguments> pageTypes() {
        return Stream.of(
                Arguments.of("home", ""),
                Arguments.of("fact-check", "claims/end-of-us-policy-on-ukraine-nato-membership/"),
                Arguments.of("source article", "articles/trump-putin-call-ukraine-negotiations/"),
                Arguments.of("claimant", "people/donald-trump/"),
                Arguments.of("rating", "ratings/false/"),
                Arguments.of("tag", "tags/ukraine/"),
                Arguments.of("archive", "claims/"),
                Arguments.of("methodology", "methodology/"),
                Arguments.of("about", "about/"),
                Arguments.of("corrections", "corrections/"),
                Arguments.of("search", "search/?q=nato"),
                Arguments.of("not found", "no/such/page/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void pageIsAccessibleInBothSchemesLogsNoErrorsAndFitsAPhone(String type, String path) {
        assertEquals(List.of(), problems(server, type, path), type + " (" + path + ")");
    }

    /** Pages of the multilingual fixture desk: its editions, the switcher, the stale note, right to left. */
    static Stream<Arguments> multilingualPages() {
        return Stream.of(
                Arguments.of("home, uk", ""),
                Arguments.of("fact-check, uk", "claims/tram-line-funded/"),
                Arguments.of("stale translation, en", "en/claims/tram-line-funded/"),
                Arguments.of("archive with untranslated checks, en", "en/claims/"),
                Arguments.of("translated article, en", "en/articles/zelenodar-budget-2025/"),
                Arguments.of("home, ar", "ar/"),
                Arguments.of("fact-check, ar", "ar/claims/schools-budget-doubled/"),
                Arguments.of("archive, ar", "ar/claims/"),
                Arguments.of("search, ar", "ar/search/?q=" + org.factpress.view.Urls.query("المدارس")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multilingualPages")
    void multilingualPageIsAccessibleInBothSchemesLogsNoErrorsAndFitsAPhone(String type, String path)
            throws Exception {
        assertEquals(List.of(), problems(multilingual(), type, path), type + " (" + path + ")");
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path multilingualSite;
    private static StaticServer multilingualServer;

    /** The multilingual fixture desk, built and served once for this class. */
    private static synchronized StaticServer multilingual() throws Exception {
        if (multilingualServer == null) {
            org.factpress.TestSites.build("multilingual", multilingualSite.resolve("site"), null, false);
            multilingualServer = new StaticServer(multilingualSite.resolve("site"), "/");
        }
        return multilingualServer;
    }

    /** Pages of the Spanish fixture desk as the preview shows them: its logo, its draft, an image of the original. */
    static Stream<Arguments> spanishPages() {
        return Stream.of(
                Arguments.of("home with a logo and a draft, es", ""),
                Arguments.of("draft, es", "claims/obras-antes-de-plazo/"),
                Arguments.of("article with an image of the original, es", "articles/puente-vallesur/"),
                Arguments.of("search with date and role, es", "search/?q=puente"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spanishPages")
    void spanishPageIsAccessibleInBothSchemesLogsNoErrorsAndFitsAPhone(String type, String path) throws Exception {
        assertEquals(List.of(), problems(spanish(), type, path), type + " (" + path + ")");
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path spanishSite;
    private static StaticServer spanishServer;

    /** The Spanish fixture desk with a logo in its theme, drafts shown as the preview shows them, served once. */
    private static synchronized StaticServer spanish() throws Exception {
        if (spanishServer == null) {
            java.nio.file.Path theme = org.factpress.TestSite.theme(spanishSite.resolve("templates"));
            java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(160, 48,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = logo.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 160, 48);
            g.dispose();
            javax.imageio.ImageIO.write(logo, "png", theme.resolve("static/logo.png").toFile());
            org.factpress.build.SiteBuild.Checked checked =
                    org.factpress.build.SiteBuild.check(org.factpress.TestSites.content("spanish"));
            org.factpress.build.SiteBuild.render(org.factpress.serve.Preview.withDrafts(checked.library(),
                    "https://verificado-sur.example.org/"), theme, spanishSite.resolve("site"), false);
            spanishServer = new StaticServer(spanishSite.resolve("site"), "/");
        }
        return spanishServer;
    }

    /** What axe, the console, the scheme and a phone's width find wrong with the page at {@code path}. */
    private static List<String> problems(StaticServer server, String type, String path) {
        String url = server.url() + path;
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
            driver.get(url);
            if (path.startsWith("search/")) {
                waitFor(() -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
            }
            // The scheme really switched (the theme's dark background), so contrast is checked in both.
            assertEquals(scheme.equals("dark") ? "rgb(15, 19, 24)" : "rgb(255, 255, 255)",
                    driver.executeScript("return getComputedStyle(document.body).backgroundColor"));
            Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
            for (Rule rule : axe.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add(scheme + ": " + rule.getId() + " at " + node.getTarget() + ": " + node.getFailureSummary());
                }
            }
            // No request leaves the site: every resource the page loaded came from the test server.
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertTrue(loaded.stream().anyMatch(r -> r.endsWith("/static/style.css")), loaded.toString());
            for (String resource : loaded) {
                if (!resource.startsWith(server.url())) {
                    problems.add(scheme + ": loads " + resource);
                }
            }
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                // The 404 page itself comes with status 404, which Chromium logs; nothing else may.
                boolean expected404 = type.equals("not found") && e.getMessage().startsWith(url + " ")
                        && e.getMessage().contains("404");
                if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() && !expected404) {
                    problems.add(scheme + ": console " + e.getLevel() + ": " + e.getMessage());
                }
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.get(url);
            long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            long width = (Long) driver.executeScript("return document.documentElement.clientWidth");
            if (scroll > width) {
                problems.add("at 375 px the page is " + scroll + " px wide: "
                        + driver.executeScript(WIDEST));
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return problems;
    }

    /** Names the elements that stick out to the right, to say what to fix. */
    static final String WIDEST = """
            const w = document.documentElement.clientWidth; const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > w + 1) out.push(e.tagName.toLowerCase() + '.' + e.className + ' (' + Math.round(r.right) + ')');
            }
            return out.slice(0, 5).join(', ');""";

    /** The preview's search results mark a draft as its listings do, in the site's words (search.js, data-draft). */
    @Test
    void thePreviewsSearchMarksADraft() throws Exception {
        driver.get(spanish().url() + "search/?q=obras");
        waitFor(() -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        WebElement draft = driver.findElement(By.cssSelector(
                "#search-results .claim-card-title a[href$='/obras-antes-de-plazo/']"));
        assertEquals("[Borrador]", draft.findElement(By.cssSelector(".draft-mark")).getText());
        assertTrue(draft.getText().startsWith("[Borrador] "), draft.getText());
        driver.get(spanish().url() + "search/?q=fondos");
        waitFor(() -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#search-results .draft-mark")).isEmpty(),
                "a published check is not marked");
    }

    @Test
    void searchFindsACheckByAWordOfItsQuote() throws Exception {
        driver.get(server.url() + "search/");
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("deaths");
        waitFor(() -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li"));
        WebElement first = results.get(0);
        assertEquals("Are millions dying in the war in Ukraine?", first.findElement(By.cssSelector("h2 a")).getText());
        assertTrue(first.findElement(By.cssSelector("h2 a")).getAttribute("href")
                .endsWith("/factpress/claims/millions-of-deaths/"));
        assertTrue(first.findElement(By.cssSelector(".verdict")).getText().endsWith("False"));
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("found for"));

        // Submitting keeps the query in the address, so a search can be linked to.
        input.sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("q=deaths"));
        driver.get(server.url() + "search/?q=hegseth");
        waitFor(() -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
        // A claimant's name finds every check of theirs (and may find checks that mention them).
        List<String> found = driver.findElements(By.cssSelector("#search-results h2 a")).stream()
                .map(e -> e.getAttribute("href")).toList();
        List<String> hegseth = ExampleSite.library().publishedClaims().stream()
                .filter(c -> c.statement().claimantId().equals("pete-hegseth")).map(c -> server.url() + "claims/" + c.slug() + "/")
                .toList();
        assertTrue(hegseth.size() >= 2);
        assertTrue(found.containsAll(hegseth), found.toString());
    }

    @Test
    void quotesAndAnalysisAreSetInTheSitesOwnSerifAndTheRestInItsSans() {
        driver.get(server.url() + "claims/millions-of-deaths/");
        driver.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
        assertTrue((Boolean) driver.executeScript("return document.fonts.check('1em \"Source Serif 4\"')"));
        assertTrue((Boolean) driver.executeScript("return document.fonts.check('1em \"Source Sans 3\"')"));
        assertTrue(font(".claim-quote").startsWith("\"Source Serif 4\""), font(".claim-quote"));
        assertTrue(font(".analysis").startsWith("\"Source Serif 4\""), font(".analysis"));
        assertTrue(font(".site-nav a").startsWith("\"Source Sans 3\""), font(".site-nav a"));
        @SuppressWarnings("unchecked")
        List<String> fonts = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.woff2'))");
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith(server.url() + "static/fonts/source-serif-4-latin-")), fonts.toString());
    }

    private static String font(String selector) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).fontFamily", selector);
    }

    @Test
    void factCheckPrintsWithoutSiteChromeAndWithSourceAddresses() {
        driver.get(server.url() + "claims/former-soviet-satellite-nazis/");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", ".site-footer", ".share", ".related")) {
                assertEquals("none", display(hidden), hidden);
            }
            for (String shown : List.of(".ruling", ".updates", ".analysis", ".sources", ".print-url", ".print-only")) {
                assertTrue(!display(shown).equals("none"), shown);
            }
            assertEquals("rgb(0, 0, 0)", driver.executeScript("return getComputedStyle(document.body).color"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals("none", display(".print-url"), "source addresses show on paper only");
    }

    private static String display(String selector) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).display", selector);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
