package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.text.ThemeWords;
import org.factpress.view.Dates;

/**
 * A desk in Ukrainian publishes in Ukrainian: every word the theme adds to its pages and prints comes from
 * templates/i18n/uk.yaml, dates read as Ukrainian dates, and the check names a missing key or language file.
 */
class LanguagesTest {
    /** Latin-script words a Ukrainian page may show: names of formats and services, not English prose. */
    private static final Set<String> ALLOWED = Set.of("PDF", "JSON", "Atom", "ClaimReview", "JavaScript", "QR",
            "schema", "org", "Bluesky", "X", "Facebook", "LinkedIn");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’-]*");
    private static final Pattern URL = Pattern.compile(
            "(https?://|mailto:)\\S+|[\\w.-]+@[\\w.-]+|\\b[\\w.-]+\\.(org|com|example)(/\\S*)?|\\{[qn]\\}");

    /** A small desk written wholly in Ukrainian: what it wrote is Cyrillic, so any Latin word is the theme's. */
    static ContentTree ukrainianDesk(Path dir) throws IOException {
        ContentTree t = ContentTree.valid(dir);
        t.write("site.yaml", """
                title: Перевірка фактів
                description: Перевіряємо твердження в новинах.
                base_url: https://example.org/factpress/
                language: uk
                publisher:
                  name: Редакція перевірок
                  url: https://example.org/
                about:
                  masthead: Олена Коваль перевіряє; Богдан Ткач редагує.
                  funding_and_ownership: Редакція належить працівникам і живе з внесків читачів.
                  corrections_policy: Напишіть нам, і ми відкрито виправимо помилку протягом дня.
                  methodology: Ми звіряємо твердження з **першоджерелами**.
                  submit_claim: mailto:tips@example.org
                """);
        t.write("people.yaml", """
                jane-minister:
                  name: Ганна Міністренко
                  role: Міністерка інфраструктури
                ann-checker:
                  name: Олена Коваль
                  role: Фактчекерка
                bob-editor:
                  name: Богдан Ткач
                  role: Редактор
                daily-news:
                  name: Щоденні новини
                  type: organization
                """);
        t.write("articles/bridge-report/article.md", """
                ---
                title: Міністерка захищає вартість мосту
                publisher: Щоденні новини
                url: https://news.example.com/bridge
                published: 2025-02-12
                ---
                Міністерка сказала, що міст коштував «чотири мільярди гривень».

                Критики відповіли, що справжня вартість мосту ближча до двох мільярдів, а цифра міністерки
                враховує дороги навколо нього.
                """);
        for (String[] c : new String[][] {
                {"bridge-cost", "міст коштував «чотири мільярди гривень»", "jane-minister", "false",
                        "Чи коштував міст чотири мільярди?", "2025-02-12"},
                {"roads-counted", "цифра міністерки\\nвраховує дороги навколо нього", "daily-news", "mostly-true",
                        "Чи враховує цифра дороги?", "2025-02-13"}}) {
            t.write("articles/bridge-report/" + c[0] + ".md", """
                    ---
                    quote: "%s"
                    claimant: %s
                    said_on: 2025-02-11
                    said_where: Пресконференція
                    rating: %s
                    headline: "%s"
                    summary: Коротка відповідь.
                    rating_explanation: Кошторис показує інше.
                    author: ann-checker
                    editor: bob-editor
                    published: %s
                    tags: [інфраструктура, бюджет]
                    sources:
                      - title: Бюджетний звіт 2024
                        publisher: Міністерство фінансів
                        date: 2024-12-01
                        url: https://finance.example.org/budget-2024
                    ---
                    Аналіз, з **наголосом**.
                    """.formatted(c[1], c[2], c[3], c[4], c[5]));
        }
        return t;
    }

    private static List<Problem> build(Path content, Path templates, Path out, boolean pdf) throws Exception {
        return SiteBuild.build(new SiteBuild.Options(content, templates, out, null, pdf, 2, false)).problems().all();
    }

    /** Latin words in {@code text} outside URLs and the allow-list. */
    static Set<String> latinWords(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = LATIN_WORD.matcher(URL.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** What a reader sees or hears of a page: its text, and the attributes browsers and screen readers show. */
    static String readerText(Document d) {
        StringBuilder s = new StringBuilder();
        for (Element e : d.getAllElements()) {
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                continue;
            }
            for (TextNode n : e.textNodes()) {
                s.append(n.text()).append('\n');
            }
            for (String a : List.of("title", "alt", "aria-label", "placeholder")) {
                s.append(e.attr(a)).append('\n');
            }
            if (e.tagName().equals("meta") && (e.hasAttr("name") || e.attr("property").startsWith("og:"))
                    && !e.attr("property").equals("og:url") && !e.attr("property").equals("og:type")
                    && !e.attr("property").startsWith("og:image:") && !e.attr("name").equals("viewport")
                    && !e.attr("name").equals("robots") && !e.attr("name").equals("twitter:card")
                    && !e.attr("property").equals("og:image")) {
                s.append(e.attr("content")).append('\n');
            }
            // The search script's messages, read out in the search status.
            e.attributes().forEach(a -> {
                if (a.getKey().startsWith("data-found") || a.getKey().equals("data-none")
                        || a.getKey().equals("data-unavailable")) {
                    s.append(a.getValue()).append('\n');
                }
            });
        }
        return s.toString();
    }

    @Test
    void aUkrainianDeskPublishesNoEnglishWordOnAnyPage(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        Path out = dir.resolve("site");
        List<Problem> problems = build(t.root(), Path.of("templates"), out, false);
        assertTrue(problems.stream().noneMatch(p -> p.severity() == org.factpress.diagnostics.Severity.ERROR), problems.toString());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 12, "every kind of page: " + pages);
        List<String> english = new ArrayList<>();
        for (Path p : pages) {
            Document d = TestSite.html(p);
            assertEquals("uk", d.selectFirst("html").attr("lang"), p.toString());
            assertEquals("ltr", d.selectFirst("html").attr("dir"), p.toString());
            Set<String> words = latinWords(readerText(d));
            if (!words.isEmpty()) {
                english.add(out.relativize(p) + ": " + words);
            }
        }
        assertEquals(List.of(), english, "English words on Ukrainian pages");

        // Dates in the words a Ukrainian reader writes them; machine-readable ones stay ISO.
        Document claim = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        Element published = claim.selectFirst(".byline time");
        assertEquals("12 лютого 2025", published.text());
        assertEquals("2025-02-12", published.attr("datetime"));
        assertTrue(claim.selectFirst(".byline").text().startsWith("Автор — Олена Коваль; редактор — Богдан Ткач"),
                claim.selectFirst(".byline").text());
        // The preset scale in Ukrainian, on the page and in its ClaimReview.
        assertEquals("Вердикт: Неправда", claim.selectFirst(".claim-hero .verdict").text().replace("✗ ", "").strip());
        assertTrue(claim.select("script[type=application/ld+json]").html().contains("Неправда"));
        // Plural forms: "2 перевірки" (few), not the English "checks".
        Document tag = TestSite.html(out.resolve("tags/бюджет/index.html"));
        assertEquals("2 перевірки", tag.selectFirst("h2#checks").text());
        // The feed's own words too.
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("Ганна Міністренко: «міст коштував"), feed);
    }

    @Test
    void aUkrainianBriefPrintsInUkrainianWithItsLanguageSet(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        Path out = dir.resolve("site");
        build(t.root(), Path.of("templates"), out, true);
        for (String pdf : List.of("briefs/bridge-report.pdf", "briefs/claims/bridge-cost.pdf")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                assertEquals("uk", doc.getDocumentCatalog().getLanguage(), pdf);
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Сторінка 1 з " + doc.getNumberOfPages()), pdf + ": " + text);
                assertTrue(text.contains("12 лютого 2025"), pdf + ": " + text);
                assertEquals(Set.of(), latinWords(text), pdf + ": " + text);
                assertTrue(doc.getDocumentInformation().getTitle().contains("овідка"),
                        doc.getDocumentInformation().getTitle());
            }
        }
    }

    /** The templates folder copied, so a test can break its language files. */
    private static Path themeCopy(Path dir) throws IOException {
        Path copy = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    @Test
    void aKeyMissingFromTheSiteLanguagesFileIsAnErrorNamingKeyAndFile(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        Path theme = themeCopy(dir);
        Path uk = theme.resolve("i18n/uk.yaml");
        String yaml = Files.readString(uk);
        String without = yaml.replaceFirst("(?m)^  older: .*\\n", "").replaceFirst("(?m)^  analysis: .*\\n", "");
        assertFalse(without.equals(yaml));
        Files.writeString(uk, without);
        List<Problem> errors = build(t.root(), theme, dir.resolve("site"), false).stream()
                .filter(p -> p.severity() == org.factpress.diagnostics.Severity.ERROR).toList();
        assertEquals(2, errors.size(), "each missing key, in one run: " + errors);
        assertEquals("key 'check.analysis' is missing from " + uk, errors.get(0).message());
        assertEquals(uk, errors.get(0).position().file());
        assertEquals("key 'list.older' is missing from " + uk, errors.get(1).message());
        assertTrue(errors.get(1).hint().contains("\"Older\""), errors.get(1).hint());
        assertFalse(Files.exists(dir.resolve("site/index.html")), "nothing is published");
    }

    @Test
    void aPresetScaleLabelMissingFromTheSiteLanguagesFileIsAnErrorNotEnglishOnThePage(@TempDir Path dir)
            throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        Path theme = themeCopy(dir);
        Path uk = theme.resolve("i18n/uk.yaml");
        String yaml = Files.readString(uk);
        String without = yaml.replaceFirst("(?m)^      label: \"Напівправда\"\\n", "");
        assertFalse(without.equals(yaml));
        Files.writeString(uk, without);
        List<Problem> errors = build(t.root(), theme, dir.resolve("site"), false).stream()
                .filter(p -> p.severity() == org.factpress.diagnostics.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("key 'scale.default.half-true.label' is missing from " + uk
                + ": pages in uk would show the rating scale's English words", errors.get(0).message());
        assertEquals(uk, errors.get(0).position().file());
        // An English site's preset words are the presets' own: nothing is missing.
        t.edit("site.yaml", "language: uk", "language: en");
        assertTrue(build(t.root(), theme, dir.resolve("site-en"), false).stream()
                .noneMatch(p -> p.message().contains("scale.")), "English needs no scale keys");
    }

    @Test
    void everyShippedLanguageGivesEveryPresetScalesWords() throws Exception {
        for (String code : SHIPPED) {
            org.factpress.text.ThemeWords words = org.factpress.text.ThemeWords.read(
                    Path.of("templates/i18n/" + code + ".yaml"), code);
            for (String preset : org.factpress.model.RatingScale.PRESETS) {
                List<String> missing = code.equals("en") ? List.of()
                        : words.missingScaleKeys(org.factpress.model.RatingScale.preset(preset).orElseThrow());
                assertEquals(List.of(), missing, code + ".yaml, " + preset);
            }
        }
    }

    @Test
    void aLanguageTheThemeDoesNotSpeakIsAnErrorListingTheShippedOnes(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        t.edit("site.yaml", "language: uk", "language: pl");
        List<Problem> errors = build(t.root(), Path.of("templates"), dir.resolve("site"), false).stream()
                .filter(p -> p.severity() == org.factpress.diagnostics.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("no words for language 'pl'"), errors.get(0).message());
        assertEquals(t.path("site.yaml"), errors.get(0).position().file());
        assertEquals(4, errors.get(0).position().line(), "the language field");
        assertTrue(errors.get(0).hint().contains("(ar, de, el, en, es, fr, pt, uk)"), errors.get(0).hint());
    }

    /** The languages factpress ships, each with its file in templates/i18n. */
    static final List<String> SHIPPED = List.of("ar", "de", "el", "en", "es", "fr", "pt", "uk");

    /**
     * Every shipped language file, read on its own (no desk, no build): exactly en.yaml's keys (the search
     * script's found.<form> per the language's CLDR plural forms, and the optional scale texts, aside); every text a
     * pattern ICU reads, with en.yaml's arguments; a date.long java.time can format; scale texts only for ratings
     * the presets have. So a typo in a translation fails the build, not a desk's publishing.
     */
    @Test
    void everyShippedLanguageFileHasTheReferenceKeysInPatternsIcuReads() throws Exception {
        Path dir = Path.of("templates/i18n");
        assertEquals(SHIPPED, ThemeWords.shipped(dir), "the shipped languages (and LanguagesTest.SHIPPED, docs/content-format.md)");
        ThemeWords en = ThemeWords.read(dir.resolve("en.yaml"), "en");
        String found = "search.script.found.";
        List<String> problems = new ArrayList<>();
        for (String code : SHIPPED) {
            ThemeWords words = ThemeWords.read(dir.resolve(code + ".yaml"), code);
            String file = code + ".yaml";
            Set<String> forms = com.ibm.icu.text.PluralRules.forLocale(com.ibm.icu.util.ULocale.forLanguageTag(code))
                    .getKeywords();
            for (String key : en.keys()) {
                if (!key.startsWith(ThemeWords.SCALE_KEYS) && !key.startsWith(found) && words.raw(key) == null) {
                    problems.add(file + ": missing " + key);
                }
            }
            if (words.raw(found + "other") == null) {
                problems.add(file + ": missing " + found + "other");
            }
            for (String key : words.keys()) {
                int line = words.line(key);
                if (key.startsWith(found)) {
                    if (!forms.contains(key.substring(found.length()))) {
                        problems.add(file + ":" + line + ": " + key + " is not a plural form of '" + code + "' " + forms);
                    }
                } else if (key.startsWith(ThemeWords.SCALE_KEYS)) {
                    String[] parts = key.split("\\.");
                    boolean known = parts.length == 4 && (parts[3].equals("label") || parts[3].equals("meaning"))
                            && org.factpress.model.RatingScale.preset(parts[1]).flatMap(p -> p.find(parts[2])).isPresent();
                    if (!known) {
                        problems.add(file + ":" + line + ": " + key + " is no preset rating's label or meaning");
                    }
                } else if (en.raw(key) == null) {
                    problems.add(file + ":" + line + ": " + key + " is not in en.yaml");
                }
                String bad = words.patternProblem(key);
                if (bad != null) {
                    problems.add(file + ":" + line + ": " + key + " is not an ICU message: " + bad);
                    continue;
                }
                String reference = en.raw(key.startsWith(found) ? found + "other" : key);
                if (reference != null && !key.startsWith(found) && !arguments(words.raw(key)).equals(arguments(reference))) {
                    problems.add(file + ":" + line + ": " + key + " takes " + arguments(words.raw(key))
                            + ", en.yaml's " + arguments(reference));
                }
            }
            try {
                String date = Dates.of(words).display(java.time.LocalDate.of(2025, 2, 12));
                if (!date.contains("2025") || !date.contains("12")) {
                    problems.add(file + ": date.long gives '" + date + "'");
                }
            } catch (RuntimeException e) {
                problems.add(file + ":" + words.line("date.long") + ": date.long is no java.time pattern: " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The arguments {@code pattern} fills in ({0}, {1}...), also those inside its plural forms. */
    private static Set<String> arguments(String pattern) {
        com.ibm.icu.text.MessagePattern m = new com.ibm.icu.text.MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < m.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part p = m.getPart(i);
            if (p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME
                    || p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(m.getSubstring(p));
            }
        }
        return names;
    }

    @Test
    void aLanguageWhoseScriptThePdfsCannotShapeIsAnErrorNamingItAndTheFix(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        t.edit("site.yaml", "language: uk", "language: hi");
        Path theme = themeCopy(dir);
        Files.copy(theme.resolve("i18n/uk.yaml"), theme.resolve("i18n/hi.yaml")); // a stand-in with every key, scale words too
        Path out = dir.resolve("site");
        List<Problem> problems = build(t.root(), theme, out, true);
        Problem noPrint = problems.stream().filter(p -> p.message().contains("cannot print"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(org.factpress.diagnostics.Severity.ERROR, noPrint.severity());
        assertEquals(t.path("site.yaml"), noPrint.position().file());
        assertEquals(4, noPrint.position().line(), "at language:");
        assertTrue(noPrint.message().contains("'hi'") && noPrint.message().contains("Devanagari"), noPrint.message());
        assertTrue(noPrint.hint().contains("--no-pdf") && noPrint.hint().contains("digest: none"), noPrint.hint());
        assertFalse(Files.exists(out.resolve("briefs")), "no garbled PDFs");
        // The fix: without PDFs the site is published, with no such error.
        List<Problem> withoutPdfs = build(t.root(), theme, out, false);
        assertTrue(withoutPdfs.stream().noneMatch(p -> p.message().contains("cannot print")), withoutPdfs.toString());
        assertTrue(Files.isRegularFile(out.resolve("claims/bridge-cost/index.html")));
        assertFalse(Files.exists(out.resolve("briefs")));
        t.edit("site.yaml", "language: hi", "language: hi\ndigest: none\nprint: {fact_briefs: none, cards: none,"
                + " article_briefs: none}");
        List<Problem> printNothing = build(t.root(), theme, dir.resolve("site2"), true);
        assertTrue(printNothing.stream().noneMatch(p -> p.message().contains("cannot print")), printNothing.toString());
    }

    @Test
    void anArabicDeskIsCheckedWithoutAWordAboutPrint(@TempDir Path dir) throws Exception {
        ContentTree t = ukrainianDesk(dir.resolve("content"));
        t.edit("site.yaml", "language: uk", "language: ar");
        Path out = dir.resolve("site");
        List<Problem> problems = build(t.root(), Path.of("templates"), out, false);
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("cannot print")), problems.toString());
        Document claim = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        assertEquals("rtl", claim.selectFirst("html").attr("dir"));
        assertEquals("ar", claim.selectFirst("html").attr("lang"));
        assertEquals("لم يُعثر على الصفحة", TestSite.html(out.resolve("404.html")).selectFirst("h1").text());
    }
}
