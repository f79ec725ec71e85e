package org.factpress.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factpress.text.ThemeWords;

/**
 * Date formats for templates (Freemarker does not format java.time itself). What readers see follows the
 * language: the pattern comes from the theme's i18n file ({@code date.long}), month names from CLDR, in the form a
 * date takes in a sentence ("12 лютого 2025", genitive). Machine-readable dates stay ISO.
 */
public final class Dates {
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private final String pattern;
    private final String language;

    /** English, "12 February 2025". */
    public Dates() {
        this("d MMMM yyyy", "en");
    }

    /** {@code pattern}: a java.time pattern such as {@code d MMMM yyyy}; {@code language}: a BCP 47 tag. */
    public Dates(String pattern, String language) {
        this.pattern = pattern;
        this.language = language;
    }

    /** The dates of {@code words}' language, in its {@code date.long} pattern. */
    public static Dates of(ThemeWords words) {
        return new Dates(words.t("date.long"), words.language());
    }

    /** "12 February 2025", "12 лютого 2025": what readers see. */
    public String display(LocalDate d) {
        return d == null ? "" : format().format(d);
    }

    private DateTimeFormatter format() {
        return FORMATS.computeIfAbsent(language + "\u0000" + pattern,
                k -> DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)));
    }

    /** "2025-02-12": for datetime attributes and structured data. */
    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** "2025-02-12T00:00:00Z": Atom's date-time (RFC 3339); the content has dates only, so midnight UTC. */
    public String atom(LocalDate d) {
        return d == null ? "" : d + "T00:00:00Z";
    }
}
