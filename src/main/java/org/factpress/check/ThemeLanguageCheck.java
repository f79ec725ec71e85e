package org.factpress.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Library;
import org.factpress.text.ThemeWords;

/**
 * Whether the theme can speak the site's language: {@code templates/i18n/<language>.yaml} exists, reads, and has
 * every key of the reference file ({@code en.yaml}) in a pattern ICU can read. Each missing key is its own error,
 * so one run lists them all, the labels and meanings of the site's preset rating scale included.
 */
public final class ThemeLanguageCheck {
    private ThemeLanguageCheck() {}

    /**
     * Scripts whose letters the PDF layout cannot put together: right to left other than Arabic and Hebrew, or
     * needing reordered vowel signs, conjuncts or stacked marks, which take the font's own shaping tables.
     */
    private static final java.util.Set<String> UNPRINTABLE_SCRIPTS = java.util.Set.of("Syrc", "Thaa", "Nkoo", "Adlm",
            "Mand", "Samr", "Rohg", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh",
            "Mymr", "Khmr", "Laoo", "Thai", "Tibt", "Mong", "Bali", "Java", "Sund", "Tglg", "Cakm", "Lana", "Tavt");

    /**
     * Whether briefs can be printed in {@code language}: its script (the one CLDR says it is most likely written
     * in, unless the tag names one) is laid out whole. Right to left, Arabic and Hebrew are, with their letters
     * joined; a script that needs shaping the layout does not do is not, and a PDF with its letters in the wrong
     * places would be worse than none.
     */
    public static boolean printable(String language) {
        return !UNPRINTABLE_SCRIPTS.contains(script(language));
    }

    /** The script {@code language} is written in: its tag's, else CLDR's likeliest ({@code ar}: {@code Arab}). */
    static String script(String language) {
        com.ibm.icu.util.ULocale locale = com.ibm.icu.util.ULocale.forLanguageTag(language);
        return locale.getScript().isEmpty() ? com.ibm.icu.util.ULocale.addLikelySubtags(locale).getScript()
                : locale.getScript();
    }

    /** Whether the site asks for any print file: a kind of brief or card not set to none, or a digest. */
    private static boolean prints(Library library) {
        org.factpress.model.PrintSettings print = library.site().print();
        org.factpress.model.PrintWindow.Span none = org.factpress.model.PrintWindow.Span.NONE;
        return !print.digest().equals("none") || !print.window().factBriefs().equals(none)
                || !print.window().cards().equals(none) || !print.window().articleBriefs().equals(none);
    }

    /**
     * An error when briefs cannot be printed in {@code language}, one of the site's, {@code at} the line that gives
     * it: every edition prints its own, so one language the layout cannot put together is one edition of garbled
     * PDFs.
     */
    private static void unprintable(Library library, String language, Position at, Problems problems) {
        if (printable(language)) {
            return;
        }
        boolean root = language.equals(library.site().defaultLanguage());
        String script = script(language);
        String name = com.ibm.icu.lang.UScript.getName(com.ibm.icu.lang.UScript.getCodeFromName(script));
        problems.error(at, "factpress cannot print language '" + language + "' (" + name.replace('_', ' ')
                + " script): the PDF layout does not put its letters together, and its briefs, digests and share"
                + " cards would come out garbled", "publish without PDFs: in site.yaml set digest: none and print:"
                + " {fact_briefs: none, cards: none, article_briefs: none}, or build with --no-pdf"
                + (root ? "" : "; or leave '" + language + "' out of languages"));
    }

    public static void run(Library library, Path templates, Problems problems) {
        run(library, templates, problems, true);
    }

    /**
     * As {@link #run(Library, Path, Problems)}, for every language the site publishes in; {@code pdf}: whether the
     * build makes the print files.
     */
    public static void run(Library library, Path templates, Problems problems, boolean pdf) {
        LogoCheck.run(library, templates, problems); // the other thing of the theme's site.yaml names
        Path dir = templates.resolve("i18n");
        List<String> shipped = ThemeWords.shipped(dir);
        if (shipped.isEmpty()) {
            problems.error(Position.ofFile(dir), "the theme has no language files (i18n/<code>.yaml)",
                    "copy templates/i18n/ from factpress into " + templates);
            return;
        }
        org.factpress.model.Origin site = library.site().origin();
        List<org.factpress.model.Language> languages = library.site().languages();
        for (int i = 0; i < languages.size(); i++) {
            String field = site.fields().containsKey("languages[" + i + "].code") ? "languages[" + i + "].code"
                    : "language";
            run(library, templates, problems, pdf, languages.get(i).code(), site.at(field), shipped);
        }
    }

    /** The theme's words in one of the site's languages, {@code at} the line that gives it. */
    private static void run(Library library, Path templates, Problems problems, boolean pdf, String language,
                            Position at, List<String> shipped) {
        Path dir = templates.resolve("i18n");
        Path file = ThemeWords.fileFor(dir, language);
        if (file == null) {
            problems.error(at, "the theme has no words for language '" + language + "': there is no "
                    + dir.resolve(language.toLowerCase(java.util.Locale.ROOT) + ".yaml"),
                    "use a shipped language (" + String.join(", ", shipped) + "), or copy " + dir.resolve("en.yaml")
                            + " to " + language.toLowerCase(java.util.Locale.ROOT) + ".yaml and translate its texts");
            return;
        }
        if (pdf && prints(library)) {
            unprintable(library, language, at, problems);
        }
        Path referenceFile = dir.resolve(ThemeWords.REFERENCE + ".yaml");
        ThemeWords words;
        ThemeWords reference;
        try {
            words = ThemeWords.read(file, language);
            reference = Files.isRegularFile(referenceFile) ? ThemeWords.read(referenceFile, ThemeWords.REFERENCE) : words;
        } catch (ThemeWords.BadFile e) {
            problems.error(new Position(e.file, e.line, 1), e.getMessage(), "fix the YAML: keys mapping to texts");
            return;
        }
        for (String key : reference.keys()) {
            if (words.raw(key) == null && !key.startsWith("scale.")) {
                problems.error(new Position(file, 1, 1), "key '" + key + "' is missing from " + file,
                        "add it in " + file.getFileName() + ", translating " + referenceFile.getFileName() + "'s \""
                                + reference.raw(key) + "\" (line " + reference.line(key) + ")");
            }
        }
        // A preset scale's own words are English: any other language gives its labels and meanings.
        if (!ThemeWords.REFERENCE.equals(language.split("-")[0].toLowerCase(java.util.Locale.ROOT))) {
            for (String key : words.missingScaleKeys(library.site().scale())) {
                problems.error(new Position(file, 1, 1), "key '" + key + "' is missing from " + file
                        + ": pages in " + language + " would show the rating scale's English words",
                        "add it in " + file.getFileName() + " under scale:, as the shipped languages (uk.yaml, ar.yaml)"
                                + " give each preset's labels and meanings");
            }
        }
        for (String key : words.keys()) {
            String problem = words.patternProblem(key);
            if (problem != null) {
                problems.error(new Position(file, words.line(key), 1), "key '" + key + "' is not a valid message: "
                        + problem, "placeholders are {0}, {1}...; a plural is {0, plural, one {...} other {...}};"
                        + " write a literal ' as ''");
            }
        }
    }
}
