package org.factpress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.factpress.build.SiteBuild;

/** The example site, served under its base path, opens in headless Chromium. */
@Tag("slow")
@Tag("browser")
class BrowserSmokeTest {
    @TempDir
    Path dir;

    @Test
    void exampleClaimPageRendersInChromium() throws Exception {
        Path out = dir.resolve("site");
        SiteBuild.build(new SiteBuild.Options(org.factpress.TestSites.content("example"), Path.of("templates"), out,
                "https://example.org/factpress/", false));
        try (StaticServer server = new StaticServer(out, "/factpress/")) {
            ChromeDriver driver = Browser.start(1280, 900);
            try {
                driver.get(server.url() + "claims/millions-of-deaths/");
                assertEquals("Are millions dying in the war in Ukraine?", driver.findElement(By.tagName("h1")).getText());
            } finally {
                driver.quit();
            }
        }
    }
}
