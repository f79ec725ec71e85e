package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.factpress.TestSites;
import org.factpress.incremental.OutputSink;
import org.factpress.model.Library;
import org.factpress.text.Markdown;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Urls;
import org.factpress.view.Views;
import org.junit.jupiter.api.Test;

/**
 * Each language's edition is assembled once, its analyses made HTML once, and its pages and print files read the
 * same: the multilingual fixture desk, Ukrainian at the root, English and Arabic.
 */
class SiteEditionsTest {

    @Test
    void eachEditionIsAssembledOnceForItsPagesAndItsPrints() throws Exception {
        Library content = SiteBuild.check(TestSites.content("multilingual")).library();
        Templates templates = new Templates(TestSites.TEMPLATES);
        List<String> assembled = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger analyses = new AtomicInteger();
        SiteEditions editions = SiteEditions.of(content, templates, edition -> {
            assembled.add(edition.site().language());
            return new Views(edition, Urls.of(edition.site()), (markdown, safe) -> {
                analyses.incrementAndGet();
                return Markdown.toHtml(markdown, safe);
            });
        });
        assertEquals(List.of("uk", "en", "ar"), assembled);
        assertEquals(List.of("", "en/", "ar/"), editions.all().stream().map(SiteEditions.Edition::folder).toList());
        assertEquals("Українська", editions.root().library().site().languages().get(0).name());
        int made = analyses.get();
        assertEquals(3 * content.publishedClaims().size(), made, "each edition's analyses, once");

        Map<String, byte[]> written = new ConcurrentHashMap<>();
        OutputSink out = written::put;
        try (Workers workers = new Workers(2)) {
            SiteEditions.Renderers renderers = editions.renderers(out, true, workers);
            assertEquals(List.of("en/", "ar/"), List.copyOf(renderers.others().keySet()));
            assertTrue(renderers.others().get("en/").routes().page("claims/tram-line-funded/index.html") != null,
                    renderers.others().get("en/").routes().all().keySet().toString());
            editions.print(null, null, out, workers);
        }
        assertEquals(made, analyses.get(), "the pages and the prints made no analysis again");
        for (String file : List.of("briefs/claims/embankment-cost.pdf", "en/briefs/claims/tram-line-funded.pdf",
                "ar/briefs/claims/schools-budget-doubled.pdf")) {
            assertTrue(written.containsKey(file), file + " in " + written.keySet());
        }
    }
}
