package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.factpress.TestSites;
import org.factpress.testing.SiteInBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Search in an edition of the multilingual fixture desk, in headless Chromium: a check not translated into the
 * edition is found by its own words, and its result is marked as they are on the edition's lists (its headline and
 * quote in Ukrainian, the page's words saying it is not translated yet); a translated one is not.
 */
@Tag("slow")
@Tag("browser")
class EditionSearchTest {
    @TempDir
    static Path dir;
    static SiteInBrowser site;

    @BeforeAll
    static void start() throws Exception {
        TestSites.build("multilingual", dir, null, false);
        site = SiteInBrowser.open(dir, "/");
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static List<WebElement> search(String edition, String query) {
        return site.search(edition + "search/", query);
    }

    @Test
    void anUntranslatedChecksResultIsMarkedWithItsLanguage() {
        List<WebElement> results = search("en/", "обійдеться");
        assertEquals(1, results.size());
        WebElement r = results.get(0);
        for (String part : List.of(".claim-card-title", ".claim-card-quote")) {
            assertEquals("uk", r.findElement(By.cssSelector(part)).getDomAttribute("lang"), part);
            assertEquals("ltr", r.findElement(By.cssSelector(part)).getDomAttribute("dir"), part);
        }
        assertEquals("uk", r.findElement(By.cssSelector(".claim-card-title a")).getDomAttribute("hreflang"));
        WebElement note = r.findElement(By.cssSelector(".original-language"));
        assertEquals("Not translated yet. Original language: Українська", note.getText());
        assertEquals("uk", note.findElement(By.cssSelector("[lang]")).getDomAttribute("lang"));

        WebElement translated = search("en/", "doubled").get(0);
        assertEquals(null, translated.findElement(By.cssSelector(".claim-card-title")).getDomAttribute("lang"));
        assertFalse(translated.getText().contains("Not translated yet"));
    }
}
