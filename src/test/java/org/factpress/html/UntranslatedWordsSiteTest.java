package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.factpress.serve.Preview;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multilingual fixture desk with what translations leave out: an Arabic translation of the tram check that gives
 * only its quote, headline and summary (so the place it was said, the rating's explanation, the analysis, the tags
 * and the update note are the Ukrainian original's), and a check of the budget article translated into no language,
 * listed on the article's English translation, whose text does not hold its quote. Each of the original's words is
 * marked with its language where an edition shows it; nothing links a mark that is not there. And the other way
 * round ({@link ASpanishDesk}): a desk in Spanish reads no English word of the theme anywhere.
 */
class UntranslatedWordsSiteTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path content = dir.resolve("content");
        ContentTree.copyOf(TestSites.content("multilingual"), content)
                .write("articles/zelenodar-budget-2025/tram-line-funded.ar.md", """
                        ---
                        quote: "خط الترام الجديد ممول بالكامل"
                        headline: هل خط الترام الجديد ممول بالكامل؟
                        summary: جزئيًا. ثلثا المبلغ في الميزانية، والباقي تأمل المدينة الحصول عليه.
                        translated: 2025-03-10
                        translator: karim-haddad
                        ---
                        """)
                .write("articles/zelenodar-budget-2025/tram-cars-autumn.md", """
                        ---
                        quote: "перші вагони вийдуть на маршрут восени"
                        claimant: mykola-bondar
                        said_on: 2025-03-01
                        rating: mostly-false
                        headline: Чи вийдуть перші трамваї на маршрут восени?
                        summary: Навряд чи. Вагони ще не замовлено.
                        author: oksana-hrytsenko
                        editor: taras-melnyk
                        published: 2025-03-05
                        tags: [транспорт]
                        sources:
                          - title: Рішення про бюджет Зеленодара на 2025 рік
                            publisher: Зеленодарська міська рада
                            date: 2024-12-20
                            url: https://rada.example.org/budget-2025
                            archived_url: https://web.archive.org/web/2025/https://rada.example.org/budget-2025
                        ---

                        Тендер на закупівлю вагонів міська рада ще не оголосила.
                        """);
        out = dir.resolve("site");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(content, TestSites.TEMPLATES, out, null, false));
        assertFalse(r.problems().hasErrors(), r.problems().all().toString());
    }

    private static Document page(String path) throws Exception {
        return TestSite.html(out.resolve(path + "index.html"));
    }

    private static void assertUkrainian(Element e) {
        assertNotNull(e);
        assertEquals("uk", e.attr("lang"), e.outerHtml());
        assertEquals("ltr", e.attr("dir"), e.outerHtml());
    }

    @Test
    void aTranslationsLeftOutWordsAreTheOriginalsMarkedAsSo() throws Exception {
        Document ar = page("ar/claims/tram-line-funded/");
        assertEquals("هل خط الترام الجديد ممول بالكامل؟", ar.selectFirst("h1").text());
        assertFalse(ar.selectFirst("h1").hasAttr("lang"), "the translation's own words are the page's");
        Element where = ar.selectFirst(".said-where");
        assertUkrainian(where);
        assertEquals("Сесія міської ради", where.text());
        Element why = ar.selectFirst(".rating-explanation [lang]");
        assertUkrainian(why);
        assertTrue(why.text().startsWith("Третину вартості"), why.text());
        // the analysis: in Ukrainian, marked, and said to be so in Arabic
        Element analysis = ar.selectFirst(".analysis .analysis-original");
        assertUkrainian(analysis);
        assertTrue(analysis.text().contains("1,2 мільярда гривень"), analysis.text());
        Element note = ar.selectFirst(".analysis .original-language");
        assertNotNull(note);
        assertTrue(note.text().startsWith("لم يُترجم التحليل بعد"), note.text());
        assertUkrainian(note.selectFirst("[lang]"));
        assertEquals("Українська", note.selectFirst("[lang]").text());
        // the ClaimReview is in Arabic: it leaves out the Ukrainian explanation, which the English one gives
        assertFalse(ar.selectFirst("script[type=application/ld+json]").data().contains("ratingExplanation"));
        assertTrue(page("en/claims/tram-line-funded/").selectFirst("script[type=application/ld+json]").data()
                .contains("\"ratingExplanation\""));
        // the re-rating's note is not translated either
        assertUkrainian(ar.selectFirst(".update-log #update-1 [lang]"));

        // the English translation gives them all: nothing marked
        Document en = page("en/claims/tram-line-funded/");
        assertFalse(en.selectFirst(".said-where").hasAttr("lang"));
        assertNull(en.selectFirst(".rating-explanation [lang]"));
        assertNull(en.selectFirst(".analysis-original"));
        assertNull(en.selectFirst(".analysis .original-language"));
    }

    @Test
    void aTranslationWithoutTagsLinksTheOriginalsTagPagesMarked() throws Exception {
        List<Element> tags = page("ar/claims/tram-line-funded/").select(".tags .tag");
        assertEquals(List.of("бюджет", "транспорт"), tags.stream().map(Element::text).toList());
        for (Element t : tags) {
            assertUkrainian(t);
            assertEquals("uk", t.attr("hreflang"));
            assertTrue(t.attr("href").startsWith("/tags/%D"), t.attr("href"));
        }
        assertTrue(Files.isRegularFile(out.resolve("tags/транспорт/index.html")), "the original's page");
        // the Arabic edition's tag pages are its translations' tags alone, none for the Ukrainian words
        List<String> arTags;
        try (var folders = Files.list(out.resolve("ar/tags"))) {
            arTags = folders.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertFalse(arTags.isEmpty());
        assertTrue(arTags.stream().noneMatch(t -> t.matches(".*\\p{IsCyrillic}.*")), arTags.toString());
        // an English translation with tags of its own links the English pages, unmarked
        Element budget = page("en/claims/tram-line-funded/").selectFirst(".tags a.tag");
        assertEquals("/en/tags/budget/", budget.attr("href"));
        assertFalse(budget.hasAttr("lang"));
    }

    @Test
    void anUntranslatedCheckOnATranslatedArticleIsMarkedAndHasNoAnchorToAMarkThatIsNotThere() throws Exception {
        Document en = page("en/articles/zelenodar-budget-2025/");
        Element link = en.selectFirst(".check-list a[href=/claims/tram-cars-autumn/]");
        assertNotNull(link, "the untranslated check is listed, linking the original");
        assertUkrainian(link);
        assertEquals("uk", link.attr("hreflang"));
        Element item = link.closest("li");
        assertNull(item.selectFirst("a[href^=#quote-]"), item.outerHtml());
        assertEquals("Українська", item.selectFirst(".original-language [lang=uk]").text());
        assertNull(en.getElementById("quote-tram-cars-autumn"), "its quote is not in the English text");
        // the translated checks keep theirs, each to its mark
        for (Element a : en.select(".check-list a[href^=#quote-]")) {
            assertNotNull(en.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(2, en.select(".check-list a[href^=#quote-]").size());
        // in the original article it is marked in the text
        Document uk = page("articles/zelenodar-budget-2025/");
        assertNotNull(uk.selectFirst(".check-list a[href=#quote-tram-cars-autumn]"));
        assertNotNull(uk.getElementById("quote-tram-cars-autumn"));
        assertFalse(uk.selectFirst(".check-list a[href=/claims/tram-cars-autumn/]").hasAttr("lang"));
    }

    /**
     * The fixture desk "spanish", every word of content/ in Spanish, built with its PDFs, previewed with its draft,
     * and given new files: the theme's words are Spanish everywhere, the way a new desk's first week goes.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ASpanishDesk {
        static final String DRAFT = "obras-antes-de-plazo";
        static final String DRAFT_HEADLINE = "¿Terminaron las obras del puente dos meses antes de plazo?";
        Path es;
        Path content;
        Path theme;
        Path site;
        Path preview;
        Path newDesk;
        List<String> problems;

        @BeforeAll
        void build() throws Exception {
            es = dir.resolve("es");
            content = es.resolve("content");
            ContentTree.copyOf(TestSites.content("spanish"), content);
            theme = TestSite.theme(es.resolve("templates"));
            BufferedImage logo = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(logo, "png", theme.resolve("static/logo.png").toFile());
            site = es.resolve("site");
            SiteBuild.Checked built = SiteBuild.build(new SiteBuild.Options(content, theme, site, null, true));
            problems = built.problems().all().stream().map(p -> p.format(content)).toList();
            assertFalse(built.problems().hasErrors(), problems.toString());
            preview = es.resolve("preview");
            SiteBuild.Checked checked = SiteBuild.check(content);
            SiteBuild.render(Preview.withDrafts(checked.library(), "http://127.0.0.1:8000/"), theme, preview, false);
            // new files, in a copy of the desk that also translates into English
            newDesk = es.resolve("desk");
            ContentTree.copyOf(content, newDesk).edit("site.yaml", "language: es\n", """
                    languages:
                      - code: es
                        name: Español
                      - code: en
                        name: English
                    """);
            for (List<String> command : List.of(
                    List.of("new", "article", "pleno-marzo"),
                    List.of("new", "claim", "puente-vallesur", "puente-acabado"),
                    List.of("new", "translation", "puente-vallesur", "--language", "en"),
                    List.of("new", "translation", "puente-vallesur", "fondos-propios", "--language", "en"))) {
                Factpress.Run r = Factpress.run(command, "--content", newDesk.toString(), "--templates", theme.toString());
                assertEquals(0, r.status(), command + ": " + r.err());
            }
        }

        Document page(Path root, String path) throws Exception {
            return TestSite.html(root.resolve(path + "index.html"));
        }

        String pdfText(String path) throws Exception {
            try (var pdf = Loader.loadPDF(site.resolve(path).toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }

        List<Path> files(Path root, String ending) throws Exception {
            try (var walk = Files.walk(root)) {
                return walk.filter(f -> f.toString().endsWith(ending)).sorted().toList();
            }
        }

        /** What a reader sees of a page or reads out: its text, and the words of its attributes and meta tags. */
        String visible(Document d) {
            StringBuilder out = new StringBuilder(d.title()).append('\n');
            for (Element e : d.getAllElements()) {
                if (e.tagName().equals("script") || e.tagName().equals("style")) {
                    continue;
                }
                for (TextNode t : e.textNodes()) {
                    out.append(t.text()).append('\n');
                }
                e.attributes().forEach(a -> {
                    if (List.of("alt", "aria-label", "title", "placeholder").contains(a.getKey())
                            || a.getKey().startsWith("data-") || e.tagName().equals("meta") && a.getKey().equals("content")) {
                        out.append(a.getValue()).append('\n');
                    }
                });
            }
            return out.toString();
        }

        /** The theme's words, by key, from one of its i18n files. */
        Map<String, String> words(String language) throws Exception {
            Map<String, String> flat = new TreeMap<>();
            flatten("", new YAMLMapper().readTree(theme.resolve("i18n/" + language + ".yaml").toFile()), flat);
            return flat;
        }

        void flatten(String prefix, JsonNode node, Map<String, String> into) {
            if (node.isObject()) {
                node.fields().forEachRemaining(f -> flatten(prefix + f.getKey() + ".", f.getValue(), into));
            } else {
                into.put(prefix.substring(0, prefix.length() - 1), node.asText());
            }
        }

        /**
         * The English theme's words a Spanish reader must never meet: each text of en.yaml that es.yaml words
         * otherwise, cut at its placeholders and plural forms into its literal pieces of four letters or more.
         */
        List<String> english() throws Exception {
            Map<String, String> en = words("en");
            Map<String, String> spanish = words("es");
            TreeSet<String> pieces = new TreeSet<>();
            for (Map.Entry<String, String> w : en.entrySet()) {
                if (w.getKey().startsWith("date.") || w.getValue().equals(spanish.get(w.getKey()))) {
                    continue;
                }
                for (String piece : w.getValue().replace("''", "'").split("[{}#]")) {
                    if (piece.matches("\\s*\\d+\\s*(,.*)?") || piece.matches("\\s*(zero|one|two|few|many|other|=\\d+)\\s*")) {
                        continue; // an argument's or a plural form's syntax
                    }
                    String literal = piece.replaceAll("^[^\\p{L}]+|[^\\p{L}.)\\]]+$", "");
                    if (literal.codePoints().filter(Character::isLetter).count() >= 4) {
                        pieces.add(literal);
                    }
                }
            }
            assertTrue(pieces.size() > 200, "English words collected: " + pieces.size());
            return List.copyOf(pieces);
        }

        /**
         * The English pieces {@code text} holds, each with where it was read. Addresses and paths (words with a '/'
         * or '@') are not words, nor are YAML's field names in a new file (quote:, said_on:): the contract's.
         */
        List<String> englishIn(String where, String text, List<String> english) {
            text = text.replaceAll("\\S*[/@]\\S*", " ");
            if (where.endsWith(".md")) {
                text = text.replaceAll("[\\p{L}_]+:", " ");
            }
            List<String> found = new ArrayList<>();
            for (String piece : english) {
                if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(piece) + "(?!\\p{L})").matcher(text).find()) {
                    found.add(where + ": " + piece);
                }
            }
            return found;
        }

        @Test
        void noEnglishWordOfTheThemeOnAnyPagePreviewPrintOrNewFile() throws Exception {
            List<String> english = english();
            List<String> found = new ArrayList<>();
            int pages = 0;
            for (Path root : List.of(site, preview)) {
                for (Path f : files(root, ".html")) {
                    found.addAll(englishIn(root.relativize(f).toString(), visible(TestSite.html(f)), english));
                    pages++;
                }
            }
            String feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser()).text();
            found.addAll(englishIn("feed.xml", feed, english));
            List<Path> pdfs = files(site, ".pdf");
            for (Path pdf : pdfs) {
                found.addAll(englishIn(site.relativize(pdf).toString(), pdfText(site.relativize(pdf).toString()), english));
            }
            List<Path> written = List.of(newDesk.resolve("articles/pleno-marzo/article.md"),
                    newDesk.resolve("articles/puente-vallesur/puente-acabado.md"),
                    newDesk.resolve("articles/puente-vallesur/article.en.md"),
                    newDesk.resolve("articles/puente-vallesur/fondos-propios.en.md"));
            for (Path f : written) {
                found.addAll(englishIn(newDesk.relativize(f).toString(), Files.readString(f), english));
            }
            assertEquals(List.of(), found);
            assertTrue(pages > 15 && pdfs.size() >= 3, pages + " pages, " + pdfs);
            // and none of the English the code used to write itself
            for (String old : List.of("[Draft]", "in the original]", "Ratings this site accepts", "off the scale")) {
                for (Path root : List.of(site, preview)) {
                    for (Path f : files(root, ".html")) {
                        assertFalse(Files.readString(f).contains(old), f + ": " + old);
                    }
                }
            }
        }

        @Test
        void aDraftIsMarkedInSpanishInThePreviewAndSaysItIsNotPublished() throws Exception {
            Document draft = page(preview, "claims/" + DRAFT + "/");
            assertEquals("[Borrador] " + DRAFT_HEADLINE, draft.selectFirst("h1").text());
            Element notice = draft.selectFirst(".draft-notice[role=note]");
            assertNotNull(notice, "a banner says it is a draft");
            assertTrue(notice.text().startsWith("Borrador, sin publicar."), notice.text());
            assertFalse(draft.selectFirst(".byline").text().contains("Publicado el"), draft.selectFirst(".byline").text());
            assertTrue(draft.selectFirst(".byline").text().contains("Fecha de publicación prevista: 7 de marzo de 2025"));
            // listed, marked, in the preview's listings
            Element card = page(preview, "").selectFirst(".claim-card-title a[href$=/" + DRAFT + "/]");
            assertEquals("[Borrador] " + DRAFT_HEADLINE, card.text());
            // a published check's page has no such banner
            assertNull(page(preview, "claims/fondos-propios/").selectFirst(".draft-notice"));
        }

        /** The preview's search results mark the draft as its listings do: the index says which, the form the word. */
        @Test
        void aDraftIsMarkedInThePreviewsSearchResults() throws Exception {
            List<String> drafts = new ArrayList<>();
            for (JsonNode check : new ObjectMapper().readTree(preview.resolve("search/index/checks/0.json").toFile())) {
                if (check.path("draft").asBoolean(false)) {
                    drafts.add(check.path("url").asText());
                }
            }
            assertEquals(List.of("/claims/" + DRAFT + "/"), drafts);
            assertEquals("[Borrador]", page(preview, "search/").selectFirst("form.search-form").attr("data-draft"));
            // the published site has no draft, so neither the flag nor the word
            assertFalse(Files.readString(site.resolve("search/index/checks/0.json")).contains("\"draft\""));
            assertFalse(page(site, "search/").selectFirst("form.search-form").hasAttr("data-draft"));
        }

        @Test
        void aDraftReachesNoPageFeedSitemapDataSearchOrPrint() throws Exception {
            assertFalse(Files.exists(site.resolve("claims/" + DRAFT)));
            assertFalse(Files.exists(site.resolve("briefs/claims/" + DRAFT + ".pdf")));
            assertFalse(Files.exists(site.resolve("cards/" + DRAFT + ".png")));
            assertTrue(Files.exists(site.resolve("briefs/claims/fondos-propios.pdf")), "the published checks are printed");
            List<String> leaks = new ArrayList<>();
            try (var walk = Files.walk(site)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String name = f.toString();
                    String text = name.endsWith(".pdf") ? pdfText(site.relativize(f).toString())
                            : name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".json")
                            ? Files.readString(f, StandardCharsets.UTF_8) : "";
                    for (String mark : List.of(DRAFT, "Terminaron las obras", "Alcalde de Vallesur", "jorge-campos", "plazos")) {
                        if (text.contains(mark)) {
                            leaks.add(site.relativize(f) + ": " + mark);
                        }
                    }
                }
            }
            assertEquals(List.of(), leaks);
            // the search index does not know its words, nor the listings count it
            assertEquals(2, new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(site.resolve("search/index/meta.json").toFile()).path("checks").asInt(-1));
            assertEquals(2, page(site, "").select(".claim-card").size());
        }

        @Test
        void quotesTakeSpanishMarksOnTheWebAndOnPaper() throws Exception {
            String web = page(site, "claims/puente-cuatro-millones/").selectFirst(".claim-quote").text();
            assertEquals("«El puente costó “cuatro millones”»", web);
            assertTrue(page(site, "").select(".claim-card-quote").eachText().contains(web));
            String paper = pdfText("briefs/claims/puente-cuatro-millones.pdf").replaceAll("\\s+", " ");
            assertTrue(paper.contains(web), paper);
            String search = Files.readString(site.resolve("search/index.html"));
            assertTrue(search.contains("data-quotes=\"« » “ ”\""), "search results take the same marks");
        }

        @Test
        void theArticleBriefCallsTheClaimantWhoSaidIt() throws Exception {
            String brief = pdfText("briefs/puente-vallesur.pdf");
            assertTrue(brief.contains("Quién lo dijo"), brief);
            assertFalse(Pattern.compile("(?<!\\p{L})Autor(?!\\p{L})").matcher(brief).find(), brief);
        }

        @Test
        void theHeaderShowsTheDesksLogoWithTheSiteTitleAsItsText() throws Exception {
            for (Document d : List.of(page(site, ""), page(site, "claims/fondos-propios/"))) {
                Element logo = d.selectFirst(".site-header a.site-title img.site-logo");
                assertNotNull(logo);
                assertEquals("/static/logo.png", logo.attr("src"));
                assertEquals("Verificado Sur", logo.attr("alt"));
            }
            assertTrue(Files.isRegularFile(site.resolve("static/logo.png")));
            String css = Files.readString(site.resolve("static/style.css"));
            assertTrue(css.contains(".site-logo { display: block; height: 2.5rem;"), "sized as the title's line");
            // a logo on another site is not loaded: the title stays text
            ContentTree other = ContentTree.copyOf(content, es.resolve("logo-elsewhere"))
                    .edit("site.yaml", "logo: static/logo.png", "logo: https://cdn.example.com/logo.png");
            Path out = es.resolve("logo-elsewhere-site");
            SiteBuild.build(new SiteBuild.Options(other.root(), theme, out, null, false));
            Document home = page(out, "");
            assertNull(home.selectFirst("img.site-logo"));
            assertEquals("Verificado Sur", home.selectFirst(".site-title").text());
        }

        /**
         * A logo the theme does not hold shows no broken image: the header keeps the title as text, the prints
         * leave it out, and check warns at publisher.logo. The header takes only what the prints take, the theme's
         * static/ folder.
         */
        @Test
        void aLogoTheThemeDoesNotHoldLeavesTheTitleAndIsWarnedOf() throws Exception {
            for (String logo : List.of("static/missing-logo.png", "feed.xml")) {
                ContentTree other = ContentTree.copyOf(content, es.resolve("logo-" + logo.length()))
                        .edit("site.yaml", "logo: static/logo.png", "logo: " + logo);
                Path out = es.resolve("logo-" + logo.length() + "-site");
                SiteBuild.build(new SiteBuild.Options(other.root(), theme, out, null, false));
                Document home = page(out, "");
                assertNull(home.selectFirst("img.site-logo"), logo);
                assertEquals("Verificado Sur", home.selectFirst(".site-title").text());
                Factpress.Run check = Factpress.run("check", "--content", other.root().toString(),
                        "--templates", theme.toString());
                assertEquals(0, check.status(), check.err());
                assertTrue(check.err().lines().anyMatch(l -> l.contains("site.yaml:11:")
                        && l.contains("warning: publisher.logo")), logo + ": " + check.err());
            }
            Factpress.Run held = Factpress.run("check", "--content", content.toString(), "--templates", theme.toString());
            assertFalse(held.err().contains("publisher.logo"), held.err());
        }

        @Test
        void searchResultsCarryTheChecksDateAndTheClaimantsRole() throws Exception {
            JsonNode checks = new ObjectMapper().readTree(site.resolve("search/index/checks/0.json").toFile());
            JsonNode first = checks.get(0);
            assertEquals("¿Costó el puente de Vallesur cuatro millones de euros?", first.get("headline").asText());
            assertEquals("Consejera de Obras Públicas", first.get("role").asText());
            assertEquals("2025-03-05", first.get("date").asText());
            assertEquals("5 de marzo de 2025", first.get("dateText").asText());
            Document search = page(site, "search/");
            assertNotNull(search.selectFirst("template#search-result .claim-card-by .role"));
            assertNotNull(search.selectFirst("template#search-result p.meta"));
        }

        @Test
        void anImageOfTheOriginalIsALabelledLinkToTheOriginal() throws Exception {
            Document article = page(site, "articles/puente-vallesur/");
            Element image = article.selectFirst(".article-body a.image-in-original");
            assertNotNull(image, article.selectFirst(".article-body").html());
            assertEquals("[Imagen en el artículo original: Vista aérea del puente de Vallesur]", image.text());
            assertEquals("https://diario-del-valle.example.org/puente-vallesur", image.attr("href"));
            // in an analysis, an image is a link to itself by its alt text, in no language
            Element inAnalysis = page(site, "claims/puente-cuatro-millones/").selectFirst(".analysis a.image-link");
            assertEquals("Gráfico de los pagos de la obra", inAnalysis.text());
            assertEquals("https://verificado-sur.example.org/graficos/pagos.png", inAnalysis.attr("href"));
        }

        @Test
        void newFilesSpeakSpanish() throws Exception {
            String claim = Files.readString(newDesk.resolve("articles/puente-vallesur/puente-acabado.md"));
            String ratings = claim.replace("\n#  ", " "); // the comment's lines, joined
            assertTrue(ratings.contains("# Calificaciones que acepta este sitio: true (Verdadero), mostly-true (Mayormente verdadero)"),
                    claim);
            assertTrue(ratings.contains("; fuera de la escala: misleading (Engañoso)"), claim);
            assertTrue(claim.contains("status: draft             # se comprueba y se previsualiza"), claim);
            String article = Files.readString(newDesk.resolve("articles/pleno-marzo/article.md"));
            assertTrue(article.contains("published:                # AAAA-MM-DD"), article);
            String translation = Files.readString(newDesk.resolve("articles/puente-vallesur/fondos-propios.en.md"));
            assertTrue(translation.contains("# fondos-propios.md en en: solo las palabras."), translation);
            assertTrue(translation.contains("#   - date: 2025-03-06\n#     note:\n"), translation);
            // and they are what check reads: the claim's empty fields are reported, nothing else breaks
            assertFalse(SiteBuild.check(newDesk).problems().all().stream()
                    .anyMatch(p -> p.message().contains("cannot read")));
        }

        @Test
        void aFirstWeeksCheckWarnsOfNothing() {
            assertEquals(List.of(), problems);
        }
    }
}
