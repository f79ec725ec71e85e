package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multilingual fixture desk (Ukrainian at the root, English and Arabic editions; translated and untranslated
 * checks, a translated article, an English translation made before its original was re-rated) as readers and
 * search engines get it: each edition in its language at its own paths, translations linked both ways, the
 * untranslated checks listed where they are not translated, and the note on the stale translation.
 */
class MultilingualSiteTest {
    private static final String BASE = "https://perevireno.example.org/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        TestSites.build("multilingual", out, null, false);
    }

    private static Document page(String path) throws Exception {
        return TestSite.html(out.resolve(path + "index.html"));
    }

    @Test
    void eachEditionStandsAtItsOwnPathsInItsLanguage() throws Exception {
        assertEquals("uk", page("").selectFirst("html").attr("lang"));
        assertEquals("ltr", page("").selectFirst("html").attr("dir"));
        assertEquals("en", page("en/").selectFirst("html").attr("lang"));
        Document ar = page("ar/claims/schools-budget-doubled/");
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("هل تضاعف إنفاق زيلينودار على المدارس؟", ar.selectFirst("h1").text());
        Element article = ar.selectFirst(".in-article a");
        assertEquals("/articles/zelenodar-budget-2025/#quote-schools-budget-doubled", article.attr("href"));
        assertEquals("uk", article.attr("lang"), "the article is not translated into Arabic: its title is Ukrainian");
        assertEquals("Has Zelenodar's school spending doubled?", page("en/claims/schools-budget-doubled/")
                .selectFirst("h1").text());
        // every list and desk page, per language
        for (String p : List.of("claims/", "articles/", "about/", "methodology/", "corrections/", "search/",
                "people/mykola-bondar/", "ratings/missing-context/", "tags/budget/")) {
            assertEquals("en", page("en/" + p).selectFirst("html").attr("lang"), p);
        }
        // files every edition shares stay at the root, once
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
        assertTrue(Files.isRegularFile(out.resolve("robots.txt")));
        for (String shared : List.of("sitemap.xml", "robots.txt", "static", "verdicts.css", ".nojekyll")) {
            assertFalse(Files.exists(out.resolve("en/" + shared)), shared);
        }
        assertEquals("/static/style.css", ar.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/en/", page("en/claims/").selectFirst("a.site-title").attr("href"));
    }

    @Test
    void anUntranslatedCheckIsListedInTheOtherLanguageMarkedAndLinkingTheOriginal() throws Exception {
        assertFalse(Files.exists(out.resolve("en/claims/embankment-cost/index.html")),
                "an untranslated check gets no page in the edition");
        for (String edition : List.of("en/", "ar/")) {
            Document archive = page(edition + "claims/");
            Element link = archive.selectFirst(".claim-card a[href=/claims/embankment-cost/]");
            assertNotNull(link, edition + " lists the original");
            assertEquals("uk", link.attr("hreflang"));
            Element card = link.closest(".claim-card");
            assertEquals("uk", link.closest("[lang]").attr("lang"), "the original's words are marked as Ukrainian");
            Element mark = card.selectFirst(".original-language [lang=uk]");
            assertNotNull(mark, card.outerHtml());
            assertEquals("Українська", mark.text());
        }
        Document en = page("en/claims/");
        assertNotNull(en.selectFirst(".claim-card a[href=/en/claims/schools-budget-doubled/]"));
        assertNull(en.selectFirst(".claim-card a[href=/en/claims/schools-budget-doubled/]").closest(".claim-card")
                .selectFirst(".original-language"), "a translated check is not marked");
        // the same on the claimant's page, and among a translated check's related checks
        assertNotNull(page("en/people/hanna-moroz/").selectFirst("a[href=/claims/embankment-cost/]"));
        Element related = page("en/claims/embankment-half-done/").selectFirst("main a[href=/claims/embankment-cost/]");
        assertEquals("uk", related.attr("lang"));
        assertEquals("uk", related.attr("hreflang"));
        // an untranslated article is listed likewise; the translated one has its page
        Element article = page("en/articles/").selectFirst("a[href=/articles/river-embankment/]");
        assertEquals("uk", article.attr("hreflang"));
        assertEquals("Українська", article.parent().selectFirst(".original-language [lang=uk]").text());
        assertTrue(Files.isRegularFile(out.resolve("en/articles/zelenodar-budget-2025/index.html")));
        assertFalse(Files.exists(out.resolve("en/articles/river-embankment/index.html")));
    }

    @Test
    void aTranslatedArticleMarksItsTranslatedQuotes() throws Exception {
        Document article = page("en/articles/zelenodar-budget-2025/");
        assertEquals("en", article.selectFirst("html").attr("lang"));
        Element mark = article.selectFirst("mark#quote-schools-budget-doubled a");
        assertNotNull(mark, "the English quote is marked in the English text");
        assertEquals("/en/claims/schools-budget-doubled/", mark.attr("href"));
    }

    @Test
    void translationsNameEachOtherBothWaysWithTheOriginalAsDefault() throws Exception {
        String original = BASE + "claims/schools-budget-doubled/";
        for (String p : List.of("claims/schools-budget-doubled/", "en/claims/schools-budget-doubled/",
                "ar/claims/schools-budget-doubled/")) {
            Document d = page(p);
            assertEquals(original, d.selectFirst("link[rel=alternate][hreflang=uk]").attr("href"), p);
            assertEquals(BASE + "en/claims/schools-budget-doubled/",
                    d.selectFirst("link[rel=alternate][hreflang=en]").attr("href"), p);
            assertEquals(BASE + "ar/claims/schools-budget-doubled/",
                    d.selectFirst("link[rel=alternate][hreflang=ar]").attr("href"), p);
            assertEquals(original, d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"), p);
        }
        // a check translated into English only: no Arabic alternate
        Document tram = page("claims/tram-line-funded/");
        assertNotNull(tram.selectFirst("link[hreflang=en]"));
        assertNull(tram.selectFirst("link[hreflang=ar]"));
        // a page no other language has names no alternates
        assertTrue(page("claims/embankment-cost/").select("link[hreflang]").isEmpty());
    }

    @Test
    void theSwitcherGoesToTheSameCheckOrToTheOtherEditionsHome() throws Exception {
        Document tram = page("claims/tram-line-funded/");
        Element switcher = tram.selectFirst("nav.language-switcher");
        assertEquals("/en/claims/tram-line-funded/", switcher.selectFirst("a[hreflang=en]").attr("href"));
        assertEquals("/ar/", switcher.selectFirst("a[hreflang=ar]").attr("href"), "no Arabic translation: its home");
        assertEquals("uk", switcher.selectFirst("[aria-current]").attr("lang"));
        assertEquals("العربية", switcher.selectFirst("a[hreflang=ar]").text());
        Document arHome = page("ar/");
        assertEquals("/", arHome.selectFirst("nav.language-switcher a[hreflang=uk]").attr("href"));
        assertEquals("/en/", arHome.selectFirst("nav.language-switcher a[hreflang=en]").attr("href"));
    }

    @Test
    void theSitemapListsEveryEditionsPagesWithTheirAlternates() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertTrue(locs.contains(BASE + "en/claims/tram-line-funded/"));
        assertTrue(locs.contains(BASE + "ar/"));
        assertFalse(locs.contains(BASE + "en/claims/embankment-cost/"));
        Element en = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(BASE + "en/claims/schools-budget-doubled/"))
                .findFirst().orElseThrow();
        List<String> hreflangs = en.getElementsByTag("xhtml:link").eachAttr("hreflang");
        assertEquals(List.of("uk", "en", "ar", "x-default"), hreflangs);
        assertEquals("http://www.w3.org/1999/xhtml", sitemap.selectFirst("urlset").attr("xmlns:xhtml"));
    }

    @Test
    void eachEditionHasItsFeedAndClaimReviewDataInItsLanguage() throws Exception {
        Document feed = Jsoup.parse(Files.readString(out.resolve("en/feed.xml")), "", Parser.xmlParser());
        assertEquals("en", feed.selectFirst("feed").attr("xml:lang"));
        assertEquals(BASE + "en/feed.xml", feed.selectFirst("link[rel=self]").attr("href"));
        Element untranslated = feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(BASE + "claims/embankment-cost/")).findFirst()
                .orElseThrow();
        // the original's words carry its language; the feed's own words (the verdict, "said") stay English
        assertFalse(untranslated.hasAttr("xml:lang"));
        assertEquals("uk", untranslated.selectFirst("title").attr("xml:lang"));
        Element summary = untranslated.selectFirst("summary");
        assertEquals("xhtml", summary.attr("type"));
        assertEquals(List.of("uk", "uk"), summary.select("span").eachAttr("xml:lang"));
        assertTrue(summary.selectFirst("div").ownText().contains(" said: "), summary.text());
        assertEquals(List.of(BASE + "tags/", BASE + "tags/"), untranslated.select("category").stream()
                .filter(c -> c.attr("xml:lang").equals("uk")).map(c -> c.attr("scheme")).toList(),
                "its tags are the original edition's");
        assertTrue(feed.select("entry > title").eachText().contains("Is the new tram line fully funded?"));

        JsonNode data = JSON.readTree(out.resolve("en/claims.json").toFile());
        assertEquals(BASE + "en/claims.json", data.get("url").asText());
        assertEquals("Perevireno: fact-checks", data.get("name").asText());
        for (JsonNode review : data.get("dataFeedElement")) {
            boolean translated = review.get("url").asText().startsWith(BASE + "en/");
            assertEquals(translated ? "en" : "uk", review.get("inLanguage").asText(), review.get("url").asText());
        }
        JsonNode root = JSON.readTree(out.resolve("claims.json").toFile());
        root.get("dataFeedElement").forEach(r -> assertEquals("uk", r.get("inLanguage").asText()));
        assertEquals("Перевірено: перевірки фактів", root.get("name").asText());
        assertTrue(Files.isDirectory(out.resolve("ar/search/index")));
    }

    private static final String UK_METHODOLOGY = "Ми перевіряємо твердження про міський бюджет за рішеннями міської"
            + " ради та звітами казначейства.";
    private static final String EN_METHODOLOGY = "We check claims about the city budget against the city council's"
            + " decisions and the treasury's reports.";

    /** site.yaml gives its title and about texts in uk and en: each edition shows its own, Arabic the Ukrainian. */
    @Test
    void eachEditionShowsTheDesksOwnTextsInItsLanguageOrMarksTheDefaultLanguages() throws Exception {
        Document en = page("en/methodology/");
        assertEquals(EN_METHODOLOGY, en.selectFirst("main .prose").text());
        assertFalse(en.selectFirst("main .prose").hasAttr("lang"), "in the page's own language");
        assertEquals("Perevireno", en.selectFirst("a.site-title").text());
        assertFalse(en.selectFirst("a.site-title").hasAttr("lang"));
        Document enAbout = page("en/about/");
        assertEquals("The desk checks what Zelenodar's politicians say about the city's money.",
                enAbout.selectFirst("main p.lede").text());
        assertEquals(List.of("Oksana Hrytsenko writes the checks; Taras Melnyk edits every verdict; Sofiia Lysenko and"
                        + " Karim Haddad translate.", "The desk is owned by its staff and lives on readers' donations,"
                        + " without advertising."), enAbout.select("main .prose").eachText());
        assertEquals("If we got something wrong, write to us; a correction shows at the top of the check in every"
                + " language.", page("en/corrections/").selectFirst("main .prose").text());
        assertEquals("Перевірено", page("").selectFirst("a.site-title").text());
        assertEquals(UK_METHODOLOGY, page("methodology/").selectFirst("main .prose").text());

        // Arabic has none of its own: the Ukrainian texts, marked as Ukrainian, written left to right
        List<Element> marked = new ArrayList<>();
        marked.add(page("ar/methodology/").selectFirst("main .prose"));
        marked.addAll(page("ar/about/").select("main .prose, main p.lede"));
        marked.add(page("ar/corrections/").selectFirst("main .prose"));
        marked.add(page("ar/").selectFirst("a.site-title"));
        marked.add(page("ar/").selectFirst("main p.lede"));
        assertEquals(7, marked.size(), "methodology, about's lede and two texts, corrections, title, home's lede");
        for (Element e : marked) {
            assertEquals("uk", e.attr("lang"), e.outerHtml());
            assertEquals("ltr", e.attr("dir"), e.outerHtml());
        }
        assertEquals(UK_METHODOLOGY, marked.get(0).text());
        assertEquals("Перевірено", marked.get(5).text());
        Document arFeed = Jsoup.parse(Files.readString(out.resolve("ar/feed.xml")), "", Parser.xmlParser());
        assertEquals("uk", arFeed.selectFirst("feed > title").attr("xml:lang"));
        Document enFeed = Jsoup.parse(Files.readString(out.resolve("en/feed.xml")), "", Parser.xmlParser());
        assertEquals("Perevireno", enFeed.selectFirst("feed > title").text());
        assertFalse(enFeed.selectFirst("feed > title").hasAttr("xml:lang"));
    }

    private static JsonNode claimReview(Document d) throws Exception {
        List<Element> scripts = d.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one ClaimReview a page");
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void eachPagesClaimReviewIsInItsLanguageAndLinksItsTranslations() throws Exception {
        JsonNode original = claimReview(page("claims/schools-budget-doubled/"));
        assertEquals("uk", original.get("inLanguage").asText());
        List<String> translations = new ArrayList<>();
        original.get("workTranslation").forEach(w -> translations.add(w.get("inLanguage").asText() + " "
                + w.get("url").asText()));
        assertEquals(List.of("en " + BASE + "en/claims/schools-budget-doubled/",
                "ar " + BASE + "ar/claims/schools-budget-doubled/"), translations);
        assertNull(original.get("translationOfWork"));

        JsonNode ar = claimReview(page("ar/claims/schools-budget-doubled/"));
        assertEquals("ar", ar.get("inLanguage").asText());
        assertEquals(BASE + "ar/claims/schools-budget-doubled/", ar.get("url").asText());
        assertEquals("الإنفاق على المدارس تضاعف", ar.get("claimReviewed").asText());
        assertEquals(BASE + "claims/schools-budget-doubled/", ar.get("translationOfWork").get("url").asText());
        assertNull(ar.get("workTranslation"));
        // the verdict is the original's in every language
        assertEquals(original.get("reviewRating").get("ratingValue"), ar.get("reviewRating").get("ratingValue"));
        assertNull(claimReview(page("claims/embankment-cost/")).get("workTranslation"));
    }

    @Test
    void aTranslationMadeBeforeItsOriginalChangedSaysSoAndShowsTheCurrentVerdict() throws Exception {
        Document stale = page("en/claims/tram-line-funded/");
        Element note = stale.selectFirst(".stale-translation");
        assertNotNull(note, "the translation of 4 March predates the re-rating of 6 March");
        assertTrue(note.text().contains("6 March 2025"), note.text());
        Element link = note.selectFirst("a");
        assertEquals("/claims/tram-line-funded/#update-1", link.attr("href"));
        assertNotNull(page("claims/tram-line-funded/").getElementById("update-1"), "the anchor is the change's");
        assertTrue(stale.selectFirst(".claim-hero .verdict").hasClass("verdict-missing-context"),
                "the current verdict, not the one translated");
        // the re-rating's note is not translated: it stands in Ukrainian, marked so; a translated note is not
        assertEquals("uk", stale.selectFirst(".update-log #update-1 [lang]").attr("lang"));
        assertNull(page("en/claims/schools-budget-doubled/").selectFirst(".update-log [lang]"));
        assertEquals("uk", page("en/corrections/").selectFirst(".correction-log .update-rating-change [lang]")
                .attr("lang"));
        // translations made after the original's last change carry no note, nor does the original
        assertNull(page("en/claims/schools-budget-doubled/").selectFirst(".stale-translation"));
        assertNull(page("ar/claims/schools-budget-doubled/").selectFirst(".stale-translation"));
        assertNull(page("claims/tram-line-funded/").selectFirst(".stale-translation"));
    }

    /** A correction's entry in an edition: the note or headline not translated into it marked, the feed's words not. */
    @Test
    void aFeedMarksTheOriginalsWordsInACorrectionAndNotItsOwn() throws Exception {
        Document ar = Jsoup.parse(Files.readString(out.resolve("ar/feed.xml")), "", Parser.xmlParser());
        Element tram = ar.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(BASE + "claims/tram-line-funded/#update-1"))
                .findFirst().orElseThrow();
        assertFalse(tram.hasAttr("xml:lang"));
        Element title = tram.selectFirst("title");
        assertEquals("xhtml", title.attr("type"));
        assertEquals("uk", title.selectFirst("span").attr("xml:lang"));
        assertEquals("Чи повністю профінансовано нову трамвайну лінію?", title.selectFirst("span").text());
        assertFalse(title.selectFirst("div").ownText().isBlank(), "the kind of change, in Arabic, outside the span");
        Element note = tram.selectFirst("summary span");
        assertEquals("uk", note.attr("xml:lang"));
        assertTrue(note.text().startsWith("Ми змінили оцінку"), note.text());
        assertFalse(tram.selectFirst("summary > div").ownText().isBlank());
        // English translates the check but not the note: a plain title, the note marked
        Document en = Jsoup.parse(Files.readString(out.resolve("en/feed.xml")), "", Parser.xmlParser());
        Element enTram = en.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(BASE + "en/claims/tram-line-funded/#update-1"))
                .findFirst().orElseThrow();
        assertEquals("Rating changed: Is the new tram line fully funded?", enTram.selectFirst("title").text());
        assertFalse(enTram.selectFirst("title").hasAttr("type"));
        assertEquals("uk", enTram.selectFirst("summary span").attr("xml:lang"));
        // a translated note is the feed's language: plain text, as in the original's feed
        Element schools = en.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().equals(BASE + "en/claims/schools-budget-doubled/#update-1"))
                .findFirst().orElseThrow();
        assertEquals("text", schools.selectFirst("summary").attr("type"));
        Document uk = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        assertTrue(uk.getAllElements().stream().filter(e -> !e.tagName().equals("feed"))
                .noneMatch(e -> e.attr("type").equals("xhtml") || e.hasAttr("xml:lang")), "the original's feed marks nothing");
    }

    /**
     * Tags are words of one language, not translations of each other: an edition makes pages for its own tags only,
     * an untranslated check's tags are the original edition's, and no tag page names another as its translation.
     */
    @Test
    void tagPagesAreEachEditionsOwnWordsAndNameNoTranslations() throws Exception {
        assertTrue(Files.isRegularFile(out.resolve("tags/бюджет/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/tags/budget/index.html")));
        for (String edition : List.of("en/", "ar/")) {
            assertFalse(Files.exists(out.resolve(edition + "tags/бюджет")), edition);
            assertFalse(Files.exists(out.resolve(edition + "tags/набережна")), edition);
        }
        for (String p : List.of("tags/бюджет/", "en/tags/budget/", "en/tags/embankment/")) {
            Document d = page(p);
            assertTrue(d.select("link[hreflang]").isEmpty(), p + ": " + d.select("link[hreflang]"));
            Element switcher = d.selectFirst("nav.language-switcher");
            for (Element a : switcher.select("a")) {
                String home = a.attr("hreflang").equals("uk") ? "/" : "/" + a.attr("hreflang") + "/";
                assertEquals(home, a.attr("href"), p + ": the other language's home");
            }
        }
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().contains("/tags/"))
                .forEach(u -> assertTrue(u.getElementsByTag("xhtml:link").isEmpty(), u.outerHtml()));
        // the English archive's tag cloud: English words only
        List<String> cloud = page("en/claims/").select(".tag-cloud a.tag").eachAttr("href");
        assertFalse(cloud.isEmpty());
        cloud.forEach(href -> assertTrue(href.startsWith("/en/tags/") && !href.contains("%D0"), href));
    }

    /** The switcher's language names and the stale note's "the original (...)" are marked with their language. */
    @Test
    void languageNamesAreMarkedWithTheirLanguage() throws Exception {
        Element switcher = page("en/claims/tram-line-funded/").selectFirst("nav.language-switcher");
        assertEquals("ar", switcher.selectFirst("a[hreflang=ar]").attr("lang"));
        assertEquals("rtl", switcher.selectFirst("a[hreflang=ar]").attr("dir"));
        assertEquals("ltr", switcher.selectFirst("a[hreflang=uk]").attr("dir"));
        Element current = switcher.selectFirst("[aria-current]");
        assertEquals("en", current.attr("lang"));
        assertEquals("ltr", current.attr("dir"));
        Element name = page("en/claims/tram-line-funded/").selectFirst(".stale-translation a [lang]");
        assertEquals("uk", name.attr("lang"));
        assertEquals("ltr", name.attr("dir"));
        assertEquals("Українська", name.text());
    }

    /** An edition's search lists an untranslated check with its language, which the page marks it with. */
    @Test
    void theSearchIndexGivesAnUntranslatedChecksLanguage() throws Exception {
        List<JsonNode> en = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("en/search/index/checks"))) {
            for (Path f : files.toList()) {
                JSON.readTree(f.toFile()).forEach(en::add);
            }
        }
        for (JsonNode check : en) {
            boolean translated = check.get("url").asText().startsWith("/en/");
            assertEquals(translated ? null : "uk", check.has("language") ? check.get("language").asText() : null,
                    check.toString());
        }
        assertTrue(en.stream().anyMatch(c -> c.has("language")));
        try (Stream<Path> files = Files.list(out.resolve("search/index/checks"))) {
            for (Path f : files.toList()) {
                assertFalse(Files.readString(f).contains("\"language\""), f.toString());
            }
        }
        Element template = page("en/search/").selectFirst("template#untranslated-uk");
        assertNotNull(template);
        assertEquals("ltr", template.attr("data-dir"));
        assertTrue(template.html().contains("lang=\"uk\""), template.html());
        assertNull(page("search/").selectFirst("template[id^=untranslated-]"), "the original's search has none");
    }

    @Test
    void datesReadInEachLanguage() throws Exception {
        String uk = page("claims/schools-budget-doubled/").selectFirst(".byline time").text();
        String en = page("en/claims/schools-budget-doubled/").selectFirst(".byline time").text();
        String ar = page("ar/claims/schools-budget-doubled/").selectFirst(".byline time").text();
        assertEquals("4 березня 2025", uk);
        assertEquals("4 March 2025", en);
        assertTrue(ar.contains("مارس"), ar);
    }

    /**
     * The theme's English words (from en.yaml) that no other edition may show outside what the desk wrote: every
     * page of the Ukrainian and Arabic editions, words in another language's marked elements left out.
     */
    @Test
    void noEnglishWordOfTheThemeOnAUkrainianOrArabicPage() throws Exception {
        Set<String> english = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Matcher m = Pattern.compile("\\p{IsLatin}{3,}").matcher(
                Files.readString(TestSites.TEMPLATES.resolve("i18n/en.yaml")).replaceAll("(?m)^\\s*#.*$", "")
                        .replaceAll("(?m)^\\s*[a-z_.]+:", ""));
        while (m.find()) {
            english.add(m.group());
        }
        english.removeAll(Set.of("PDF", "JSON", "Atom", "ClaimReview", "schema", "org", "Bluesky", "Facebook",
                "LinkedIn", "JavaScript", "English"));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !out.relativize(p).toString().startsWith("en/")).sorted().toList();
        }
        assertTrue(pages.size() > 40, "both editions' pages: " + pages.size());
        List<String> leaks = new ArrayList<>();
        for (Path p : pages) {
            Document d = TestSite.html(p);
            String language = d.selectFirst("html").attr("lang");
            d.select("[lang]").not("html").stream().filter(e -> !e.attr("lang").equals(language))
                    .forEach(Element::remove);
            Set<String> words = new TreeSet<>(LanguagesTest.latinWords(LanguagesTest.readerText(d)));
            words.retainAll(english);
            if (!words.isEmpty()) {
                leaks.add(out.relativize(p) + ": " + words);
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }
}
