package org.factpress.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.factpress.TestSite;
import org.factpress.testing.Browser;
import org.factpress.testing.StaticServer;

/**
 * The hostile site in headless Chromium: on every page no script of the content runs (the payloads' global
 * window.xss stays undefined, even after the events they listen for are fired) and no dialog opens. Two control
 * pages show the probe can see a payload run, and that the site's policy stops one that got through.
 */
@Tag("slow")
@Tag("browser")
class HostileContentBrowserTest {
    @TempDir
    Path dir;

    static final String PAYLOAD = "<img src=x onerror=\"window.xss=1\"><script>window.xss=2</script>";
    static final String FIRE_EVENTS = """
            for (const e of document.querySelectorAll('*')) {
              for (const t of ['mouseover', 'mouseenter', 'focus', 'toggle', 'error', 'load', 'begin']) {
                e.dispatchEvent(new Event(t));
              }
            }""";

    @Test
    void noScriptOfTheContentRunsAndNoDialogOpens() throws Exception {
        Path site = HostileSite.build(dir);
        String policy = TestSite.html(site.resolve("index.html"))
                .selectFirst("meta[http-equiv=Content-Security-Policy]").outerHtml();
        Files.writeString(site.resolve("control-open.html"), "<!DOCTYPE html><title>c</title>" + PAYLOAD);
        Files.writeString(site.resolve("control-policy.html"), "<!DOCTYPE html><head>" + policy
                + "<title>c</title></head>" + PAYLOAD);
        List<Path> pages = new ArrayList<>(HostileSite.files(site, ".html"));
        pages.removeIf(p -> p.getFileName().toString().startsWith("control-"));

        try (StaticServer server = new StaticServer(site, "/hostile/")) {
            ChromeDriver driver = Browser.start(1280, 900);
            try {
                driver.get(server.url() + "control-open.html");
                assertEquals("number", driver.executeScript("return typeof window.xss"), "the probe sees a payload run");
                driver.get(server.url() + "control-policy.html");
                assertEquals("undefined", driver.executeScript("return typeof window.xss"),
                        "the site's policy stops inline script and handlers");

                for (Path p : pages) {
                    String url = server.url() + site.relativize(p).toString().replace('\\', '/');
                    driver.get(url);
                    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), url);
                    driver.executeScript(FIRE_EVENTS);
                    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), url);
                    assertEquals("undefined", driver.executeScript("return typeof window.xss"), url);
                    assertEquals(Boolean.TRUE, driver.executeScript("return [...document.querySelectorAll("
                            + "'link[rel=stylesheet]')].every(l => l.sheet !== null)"), url + ": the policy blocks the site's own CSS");
                }
                assertTrue(pages.size() >= 6, pages::toString);
            } finally {
                driver.quit();
            }
        }
    }
}
