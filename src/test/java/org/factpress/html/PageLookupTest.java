package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.factpress.build.SiteBuild;
import org.factpress.model.Library;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/** A page found by its file (as serve finds the one asked for) is the page the full listing has. */
class PageLookupTest {

    @Test
    void everyPageFoundByItsFileIsTheListedOne() throws Exception {
        Library library = SiteBuild.check(org.factpress.TestSites.content("example")).library();
        Templates templates = new Templates(Path.of("templates"));
        try (Workers workers = new Workers(1)) {
            Views views = new Views(library, new Urls(library.site().baseUrl()));
            Map<String, SiteRenderer.Page> listed = renderer(library, templates, views, workers).pages();
            int claims = 0;
            for (String file : listed.keySet()) {
                // A new renderer each time: nothing listed yet, so a fact-check page is found by its slug.
                SiteRenderer.Page found = renderer(library, templates, views, workers).page(file);
                assertNotNull(found, file);
                assertEquals(file, found.file());
                assertEquals(listed.get(file).html(), found.html(), file);
                claims += file.startsWith("claims/") && !file.equals("claims/index.html") ? 1 : 0;
            }
            assertTrue(claims >= 8, claims + " fact-check pages looked up");
            SiteRenderer fresh = renderer(library, templates, views, workers);
            assertNull(fresh.page("claims/no-such-check/index.html"));
            assertNull(fresh.page("claims//index.html"));
            assertNotNull(fresh.page("claims/index.html"), "the archive, not a fact-check");
        }
    }

    private static SiteRenderer renderer(Library library, Templates templates, Views views, Workers workers) {
        return new SiteRenderer(library, templates, views, (p, b) -> { }, false, workers);
    }
}
