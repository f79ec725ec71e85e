package org.factpress.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A built site served at {@code basePath} and one headless Chromium reading it; closing stops both. */
public final class SiteInBrowser implements AutoCloseable {
    public final StaticServer server;
    public final ChromeDriver driver;

    private SiteInBrowser(StaticServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    public static SiteInBrowser open(Path site, String basePath) throws Exception {
        StaticServer server = new StaticServer(site, basePath);
        try {
            return new SiteInBrowser(server, Browser.start(1280, 900));
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    /**
     * The results the search page at {@code page} (relative to the base path, e.g. {@code "en/search/"}) lists for
     * {@code query}, once its script has said how many it found.
     */
    public List<WebElement> search(String page, String query) {
        driver.get(server.url() + page + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results > li"));
    }

    /** The slugs of the checks the root search page lists for {@code query}, in order. */
    public List<String> searchSlugs(String query) {
        search("search/", query);
        return driver.findElements(By.cssSelector("#search-results .claim-card-title a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/claims/([^/]+)/$", "$1")).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
