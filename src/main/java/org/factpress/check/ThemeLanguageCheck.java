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
 * so one run lists them all. Preset rating scales' texts may be missing: they stay in English.
 */
public final class ThemeLanguageCheck {
    private ThemeLanguageCheck() {}

    /**
     * Whether briefs can be printed in {@code language}. Not yet for right-to-left scripts: the PDF layout has no
     * bidi or Arabic shaping, and a PDF with its letters unjoined and its lines reversed would be worse than none.
     */
    public static boolean printable(String language) {
        return !com.ibm.icu.util.ULocale.forLanguageTag(language).isRightToLeft();
    }

    public static void run(Library library, Path templates, Problems problems) {
        Path dir = templates.resolve("i18n");
        String language = library.site().language();
        Position at = library.site().origin().at("language");
        List<String> shipped = ThemeWords.shipped(dir);
        if (shipped.isEmpty()) {
            problems.error(Position.ofFile(dir), "the theme has no language files (i18n/<code>.yaml)",
                    "copy templates/i18n/ from factpress into " + templates);
            return;
        }
        Path file = ThemeWords.fileFor(dir, language);
        if (file == null) {
            problems.error(at, "the theme has no words for language '" + language + "': there is no "
                    + dir.resolve(language.toLowerCase(java.util.Locale.ROOT) + ".yaml"),
                    "use a shipped language (" + String.join(", ", shipped) + "), or copy " + dir.resolve("en.yaml")
                            + " to " + language.toLowerCase(java.util.Locale.ROOT) + ".yaml and translate its texts");
            return;
        }
        if (!printable(language)) {
            problems.warning(at, "factpress cannot print right-to-left languages yet: the build publishes the "
                    + "pages without PDF briefs, digests or share cards", "the web pages are complete and mirrored;"
                    + " printing in '" + language + "' will come with right-to-left print layout");
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
