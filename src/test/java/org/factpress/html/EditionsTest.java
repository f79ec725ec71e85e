package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.factpress.model.ArticleTranslation;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Origin;
import org.factpress.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions of a site in two languages, rendered through the real theme: the Ukrainian fixture desk with an
 * English edition in which one check and one article are translated, built in code so the rendering is tested
 * apart from the loading of translation files.
 */
class EditionsTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        SiteBuild.Checked checked = SiteBuild.check(TestSites.content("ukrainian"), LocalDate.of(2025, 6, 1));
        assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
        Library uk = checked.library();
        SiteConfig s = uk.site();
        SiteConfig site = new SiteConfig(s.title(), s.description(), s.baseUrl(), "uk",
                List.of(new Language("uk", "Українська"), new Language("en", "English")), s.publisher(), s.scale(),
                s.origin(), s.print(), s.about(), s.safeHtml());
        ClaimTranslation metro = new ClaimTranslation("metro-five-billion", "kyiv-metro-budget", "en",
                "Will the new metro line cost five billion hryvnias?", "No. The budget is three times that.",
                "five billion hryvnias", null, null, null, List.of("Metro"), "The budget says **fifteen billion**.",
                LocalDate.of(2025, 3, 20), null, List.of(), Origin.of(Path.of("metro-five-billion.en.md")));
        ArticleTranslation article = new ArticleTranslation("kyiv-metro-budget", "en", "Metro budget",
                null, "The mayor said the line costs five billion hryvnias.", 1, Origin.of(Path.of("article.en.md")));
        Library library = new Library(site, uk.people(), uk.articles(), uk.claims(), List.of(metro), List.of(article),
                uk.unread());
        SiteBuild.render(library, TestSites.TEMPLATES, out, false);
    }

    @Test
    void eachEditionSpeaksItsLanguageAtItsOwnPaths() throws Exception {
        Document root = TestSite.html(out.resolve("index.html"));
        Document en = TestSite.html(out.resolve("en/index.html"));
        assertEquals("uk", root.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        Document translated = TestSite.html(out.resolve("en/claims/metro-five-billion/index.html"));
        assertEquals("Will the new metro line cost five billion hryvnias?", translated.selectFirst("h1").text());
        // shared files stay at the root, once
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
        assertFalse(Files.exists(out.resolve("en/sitemap.xml")));
        assertFalse(Files.exists(out.resolve("en/static")));
        assertEquals("/static/style.css", translated.selectFirst("link[rel=stylesheet]").attr("href"));
        // each edition has its own feed, data and search index
        assertTrue(Files.isRegularFile(out.resolve("en/feed.xml")));
        assertTrue(Files.isRegularFile(out.resolve("en/claims.json")));
        assertTrue(Files.isDirectory(out.resolve("en/search/index")));
    }

    @Test
    void anUntranslatedCheckHasNoPageInTheEditionButIsListedThereLinkingTheOriginal() throws Exception {
        assertFalse(Files.exists(out.resolve("en/claims/all-pupils-fed/index.html")));
        Document archive = TestSite.html(out.resolve("en/claims/index.html"));
        Element link = archive.selectFirst("a[href=/claims/all-pupils-fed/]");
        assertNotNull(link, "the original is linked from the English archive");
        assertEquals("uk", link.attr("hreflang"));
        assertEquals("uk", link.closest("[lang]").attr("lang"));
        Element card = link.closest(".claim-card");
        assertTrue(card.selectFirst(".original-language").text().contains("Українська"), card.outerHtml());
        // the translated one links its page in this edition
        assertNotNull(archive.selectFirst("a[href=/en/claims/metro-five-billion/]"));
    }

    @Test
    void translationsLinkEachOtherBothWaysWithADefault() throws Exception {
        Document original = TestSite.html(out.resolve("claims/metro-five-billion/index.html"));
        Document translated = TestSite.html(out.resolve("en/claims/metro-five-billion/index.html"));
        for (Document d : List.of(original, translated)) {
            assertEquals("https://pravda-chy-ni.example.org/claims/metro-five-billion/",
                    d.selectFirst("link[rel=alternate][hreflang=uk]").attr("href"));
            assertEquals("https://pravda-chy-ni.example.org/en/claims/metro-five-billion/",
                    d.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
            assertEquals("https://pravda-chy-ni.example.org/claims/metro-five-billion/",
                    d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        }
        // the switcher goes to the same check, or to the other edition's home when it has none
        assertEquals("/en/claims/metro-five-billion/",
                original.selectFirst(".language-switcher a[hreflang=en]").attr("href"));
        Document untranslated = TestSite.html(out.resolve("claims/all-pupils-fed/index.html"));
        assertEquals("/en/", untranslated.selectFirst(".language-switcher a[hreflang=en]").attr("href"));
        assertTrue(untranslated.select("link[hreflang]").isEmpty(), "a page without translations names none");
    }

    @Test
    void theSitemapListsEveryEditionWithItsAlternates() throws Exception {
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://pravda-chy-ni.example.org/en/claims/metro-five-billion/</loc>"));
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" "
                + "href=\"https://pravda-chy-ni.example.org/en/claims/metro-five-billion/\"/>"), sitemap);
    }
}
