package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.factpress.build.SiteBuild;
import org.factpress.incremental.UnchangedPages;
import org.factpress.model.Library;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Route;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * The route table is the one list of pages: every HTML page the build writes is a route, and a page found by its
 * file (as serve finds the one asked for) renders to the bytes the build wrote.
 */
class PageLookupTest {

    @Test
    void everyPageTheBuildWritesIsFoundByItsFileWithTheSameHtml() throws Exception {
        Library library = SiteBuild.check(org.factpress.TestSites.content("example")).library();
        Templates templates = new Templates(Path.of("templates"));
        try (Workers workers = new Workers(1)) {
            Views views = new Views(library, new Urls(library.site().baseUrl()));
            Map<String, byte[]> written = new TreeMap<>();
            new SiteRenderer(library, templates, views, written::put, false, workers).renderPages(null);
            SiteRenderer served = new SiteRenderer(library, templates, views, (p, b) -> { }, false, workers);
            assertEquals(written.keySet(), new TreeMap<>(served.routes().all()).keySet());
            int claims = 0;
            for (Map.Entry<String, byte[]> page : written.entrySet()) {
                Route found = served.routes().page(page.getKey());
                assertNotNull(found, page.getKey());
                assertEquals(page.getKey(), found.file());
                assertEquals(new String(page.getValue(), StandardCharsets.UTF_8), served.html(found), page.getKey());
                claims += page.getKey().matches("claims/[^/]+/index\\.html") ? 1 : 0;
            }
            assertTrue(claims >= 8, claims + " fact-check pages looked up");
            assertNull(served.routes().page("claims/no-such-check/index.html"));
            assertNull(served.routes().page("claims//index.html"));
            assertEquals("site/archive.ftlh", served.routes().page("claims/index.html").template(),
                    "the archive, not a fact-check");
            assertEquals("site/claim.ftlh", served.routes().page("claims/" + views.pages().get(0).claim().slug()
                    + "/index.html").template());
        }
    }

    /** Every page's model is made of records, lists, maps and plain values, so a build can tell it unchanged. */
    @Test
    void everyPageModelHasADigestAndTheSameModelIsKept() throws Exception {
        Library library = SiteBuild.check(org.factpress.TestSites.content("example")).library();
        Templates templates = new Templates(Path.of("templates"));
        try (Workers workers = new Workers(1)) {
            Views views = new Views(library, new Urls(library.site().baseUrl()));
            Map<String, byte[]> digests = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.Set<String> undigested = java.util.concurrent.ConcurrentHashMap.newKeySet();
            new SiteRenderer(library, templates, views, (p, b) -> { }, false, workers).renderPages(new UnchangedPages() {
                @Override
                public boolean keep(String file, org.factpress.incremental.ModelDigest.Page digest) {
                    return false;
                }

                @Override
                public void made(String file, org.factpress.incremental.ModelDigest.Page digest) {
                    if (digest == null) {
                        undigested.add(file);
                    } else {
                        digests.put(file, digest.digest());
                    }
                }
            });
            assertEquals(java.util.Set.of(), undigested);
            java.util.Set<String> kept = java.util.concurrent.ConcurrentHashMap.newKeySet();
            new SiteRenderer(library, templates, views, (p, b) -> kept.add("rendered " + p), false, workers)
                    .renderPages(new UnchangedPages() {
                        @Override
                        public boolean keep(String file, org.factpress.incremental.ModelDigest.Page digest) {
                            kept.add(file);
                            return java.util.Arrays.equals(digests.get(file), digest.digest());
                        }

                        @Override
                        public void made(String file, org.factpress.incremental.ModelDigest.Page digest) {
                        }
                    });
            assertEquals(digests.keySet(), kept);
        }
    }
}
