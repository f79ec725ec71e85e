package org.factpress.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every word the theme prints, in one language: {@code templates/i18n/<code>.yaml}, nested keys read as dotted
 * names ({@code pager.newer}). Values are ICU MessageFormat patterns, so a count picks the language's plural form
 * ({@code {0, plural, one {# check} few {# checks} other {...}}}). Templates call it as {@code t("key", args...)};
 * an argument that is HTML the template built (a link) goes in as it is, everything else is escaped.
 * One object per language, so a site in several languages can hand each page its own.
 */
public final class ThemeWords implements TemplateMethodModelEx {
    /** The language every other language file is checked against: it has every key the templates use. */
    public static final String REFERENCE = "en";
    /** Keys that hold the preset rating scales' labels and meanings; a language may leave them out (English then). */
    public static final String SCALE_KEYS = "scale.";

    private static final Map<String, MessageFormat> COMPILED = new ConcurrentHashMap<>();

    private final String language;
    private final String file;
    private final TreeMap<String, String> patterns;
    private final TreeMap<String, Integer> lines;

    private ThemeWords(String language, Path file, TreeMap<String, String> patterns, TreeMap<String, Integer> lines) {
        this.language = language;
        this.file = file.toString();
        this.patterns = patterns;
        this.lines = lines;
    }

    /** The i18n file for {@code language} in {@code i18nDir}: {@code pt-BR.yaml}, else {@code pt.yaml}; null when none. */
    public static Path fileFor(Path i18nDir, String language) {
        String tag = language.toLowerCase(Locale.ROOT);
        Path exact = i18nDir.resolve(tag + ".yaml");
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        int dash = tag.indexOf('-');
        Path primary = dash > 0 ? i18nDir.resolve(tag.substring(0, dash) + ".yaml") : null;
        return primary != null && Files.isRegularFile(primary) ? primary : null;
    }

    /**
     * The words of the theme in {@code templates} in {@code language}, else in English ({@link #REFERENCE}) when it
     * has no file, or no readable one, for the language; null when it has neither (its own check says why).
     */
    public static ThemeWords ofTheme(Path templates, String language) {
        if (templates == null || language == null) {
            return null;
        }
        Path i18n = templates.resolve("i18n");
        for (String code : List.of(language, REFERENCE)) {
            Path file = fileFor(i18n, code);
            if (file != null) {
                try {
                    return read(file, code);
                } catch (BadFile e) {
                    // the reference language next; ThemeLanguageCheck reports the file
                }
            }
        }
        return null;
    }

    /** The languages the theme has a file for, e.g. {@code [ar, de, en, ...]}. */
    public static List<String> shipped(Path i18nDir) {
        if (!Files.isDirectory(i18nDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(i18nDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads {@code file} as the words of {@code language}. */
    public static ThemeWords read(Path file, String language) throws BadFile {
        TreeMap<String, String> patterns = new TreeMap<>();
        TreeMap<String, Integer> lines = new TreeMap<>();
        try (JsonParser p = new YAMLFactory().createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            Deque<String> path = new ArrayDeque<>();
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new BadFile(file, 1, "not a mapping of keys to texts");
            }
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> path.addLast(p.currentName());
                    case START_OBJECT -> { }
                    case END_OBJECT -> path.pollLast();
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                        String key = String.join(".", path);
                        patterns.put(key, p.getText());
                        lines.put(key, p.currentLocation().getLineNr());
                        path.pollLast();
                    }
                    default -> throw new BadFile(file, p.currentLocation().getLineNr(),
                            "'" + String.join(".", path) + "' must be a text or a mapping of texts");
                }
            }
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 1;
            throw new BadFile(file, Math.max(1, line), "cannot read: " + firstLine(e.getMessage()));
        }
        return new ThemeWords(language, file, patterns, lines);
    }

    /** An i18n file that cannot be read as words. */
    public static final class BadFile extends Exception {
        public final Path file;
        public final int line;

        BadFile(Path file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Path file() {
        return Path.of(file);
    }

    /** True for a language written right to left (Arabic, Hebrew, Persian, Urdu, ...), from CLDR. */
    public boolean rightToLeft() {
        return ULocale.forLanguageTag(language).isRightToLeft();
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String dir() {
        return dir(language);
    }

    /** {@code rtl} or {@code ltr}: the direction {@code language} is written in, for the {@code dir} attribute. */
    public static String dir(String language) {
        return ULocale.forLanguageTag(language).isRightToLeft() ? "rtl" : "ltr";
    }

    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(patterns.keySet());
    }

    /** The raw texts under {@code prefix} (e.g. {@code search.script.}), by the rest of their key, sorted. */
    public java.util.SortedMap<String, String> under(String prefix) {
        java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
        patterns.subMap(prefix, prefix + Character.MAX_VALUE).forEach((k, v) -> m.put(k.substring(prefix.length()), v));
        return m;
    }

    /** The line of {@code key} in the file (1 when unknown). */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** The raw text of {@code key}, or null. */
    public String raw(String key) {
        return patterns.get(key);
    }

    /**
     * {@code scale} in this language: a preset scale's labels and meanings from {@code scale.<preset>.<id>.label}
     * and {@code .meaning}, each left in English where the file has none. A desk's own scale is its own words.
     */
    public org.factpress.model.RatingScale scale(org.factpress.model.RatingScale scale) {
        String preset = presetOf(scale);
        if (preset == null) {
            return scale;
        }
        String prefix = SCALE_KEYS + preset + ".";
        return new org.factpress.model.RatingScale(scale.ratings().stream().map(r -> new org.factpress.model.Rating(
                r.id(), patterns.getOrDefault(prefix + r.id() + ".label", r.label()), r.value(),
                patterns.getOrDefault(prefix + r.id() + ".meaning", r.meaning()), r.colour())).toList(),
                scale.conclusionOnly());
    }

    /**
     * The keys of {@code scale}'s labels and meanings this file does not have, when it is a preset scale (whose own
     * words are English); none for a desk's own scale.
     */
    public java.util.List<String> missingScaleKeys(org.factpress.model.RatingScale scale) {
        String preset = presetOf(scale);
        if (preset == null) {
            return java.util.List.of();
        }
        return scale.ratings().stream()
                .flatMap(r -> java.util.stream.Stream.of(".label", ".meaning")
                        .map(part -> SCALE_KEYS + preset + "." + r.id() + part))
                .filter(key -> !patterns.containsKey(key)).toList();
    }

    /** The name of the preset {@code scale} is, or null for a desk's own. */
    private static String presetOf(org.factpress.model.RatingScale scale) {
        for (String preset : org.factpress.model.RatingScale.PRESETS) {
            if (org.factpress.model.RatingScale.preset(preset).filter(scale::equals).isPresent()) {
                return preset;
            }
        }
        return null;
    }

    /** The problem with {@code key}'s pattern, or null when ICU reads it. */
    public String patternProblem(String key) {
        try {
            compiled(patterns.get(key));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code key}'s text with {@code args} put in, plurals chosen for the language. */
    public String t(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + file);
        }
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        MessageFormat f = compiled(pattern);
        synchronized (f) {
            return f.format(args);
        }
    }

    private MessageFormat compiled(String pattern) {
        return COMPILED.computeIfAbsent(language + "\u0000" + pattern,
                k -> new MessageFormat(pattern, ULocale.forLanguageTag(language)));
    }

    /** Marks an HTML argument while the message is formatted: private-use characters no i18n text holds. */
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    /**
     * {@code t("key", args...)} from a template. With HTML among the arguments, the result is HTML: the text and
     * plain arguments escaped, the HTML arguments as the template made them. Likewise with markup of another format
     * (a feed's XML), in that format.
     */
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("t() needs a key, e.g. t(\"nav.search\")");
        }
        String key = keyModel.getAsString();
        Object[] args = new Object[arguments.size() - 1];
        List<String> markup = new ArrayList<>();
        MarkupOutputFormat<?> format = null;
        for (int i = 1; i < arguments.size(); i++) {
            Object a = arguments.get(i);
            if (a instanceof TemplateHTMLOutputModel html) {
                markup.add(HTMLOutputFormat.INSTANCE.getMarkupString(html));
                args[i - 1] = MARK_START + String.valueOf(markup.size() - 1) + MARK_END;
            } else if (a instanceof TemplateMarkupOutputModel<?> other) {
                format = other.getOutputFormat();
                markup.add(markupString(other));
                args[i - 1] = MARK_START + String.valueOf(markup.size() - 1) + MARK_END;
            } else if (a instanceof TemplateNumberModel n) {
                args[i - 1] = n.getAsNumber();
            } else if (a instanceof TemplateScalarModel s) {
                args[i - 1] = s.getAsString();
            } else if (a == null) {
                throw new TemplateModelException("t(\"" + key + "\"): argument " + i + " is missing");
            } else {
                args[i - 1] = a.toString();
            }
        }
        String text;
        try {
            text = t(key, args);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
        if (markup.isEmpty()) {
            return text;
        }
        StringBuilder html = new StringBuilder(format == null ? StringUtil.XHTMLEnc(text) : format.escapePlainText(text));
        for (int i = 0; i < markup.size(); i++) {
            String mark = MARK_START + String.valueOf(i) + MARK_END;
            int at = html.indexOf(mark);
            if (at >= 0) {
                html.replace(at, at + mark.length(), markup.get(i));
            }
        }
        return format == null ? HTMLOutputFormat.INSTANCE.fromMarkup(html.toString()) : format.fromMarkup(html.toString());
    }

    /** The markup of {@code m} as its own format writes it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupString(TemplateMarkupOutputModel m) throws TemplateModelException {
        return m.getOutputFormat().getMarkupString(m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : s;
    }
}
