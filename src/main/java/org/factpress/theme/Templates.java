package org.factpress.theme;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.factpress.text.Quotes;
import org.factpress.text.ThemeWords;
import org.factpress.view.Dates;
import org.factpress.view.Urls;

/**
 * The theme's Freemarker templates. HTML auto-escaping is on for every template: anything printed unescaped is a
 * visible {@code ?no_esc} in the template. Templates cannot create Java objects or reach the API.
 */
public final class Templates {
    private final Configuration config;
    private final Path dir;

    public Templates(Path dir) throws IOException {
        this(dir, new RecordWrapper());
    }

    /** As {@link #Templates(Path)}, objects reaching templates through {@code wrapper} (tests compare wrappers). */
    Templates(Path dir, freemarker.template.ObjectWrapper wrapper) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("templates folder not found: " + dir);
        }
        this.dir = dir;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setDirectoryForTemplateLoading(dir.toFile());
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setObjectWrapper(wrapper);
        this.config = c;
    }

    public Path dir() {
        return dir;
    }

    /**
     * {@code site} with each language site.yaml gives only by its code ({@code language: uk}) named as this theme's
     * words for it name it ({@code language.name}: Українська); a name the desk gave stays.
     */
    public org.factpress.model.SiteConfig named(org.factpress.model.SiteConfig site) {
        return site.withLanguages(site.languages().stream().map(l -> {
            String name = l.name().equals(l.code()) ? words(l.code()).raw("language.name") : null;
            return name != null ? new org.factpress.model.Language(l.code(), name) : l;
        }).toList());
    }

    /** The theme's words in {@code language}, read from {@code i18n/} once per language. */
    public ThemeWords words(String language) {
        return words.computeIfAbsent(language, l -> {
            Path file = ThemeWords.fileFor(dir.resolve("i18n"), l);
            if (file == null) {
                throw new IllegalStateException("the theme has no words for language '" + l + "': no "
                        + dir.resolve("i18n").resolve(l + ".yaml") + " (shipped: "
                        + String.join(", ", ThemeWords.shipped(dir.resolve("i18n"))) + ")");
            }
            try {
                return ThemeWords.read(file, l);
            } catch (ThemeWords.BadFile e) {
                throw new IllegalStateException(e.file + ":" + e.line + ": " + e.getMessage());
            }
        });
    }

    private final Map<String, ThemeWords> words = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What every template, page or print, may use: the site, its URLs, the theme's words and dates in the site's
     * language ({@code t}, {@code dates}), the text direction ({@code dir}) and the rating scale.
     */
    public Map<String, Object> commonModel(org.factpress.model.SiteConfig site, Urls urls) {
        return commonModel(site, urls, words(site.language()));
    }

    /** As {@link #commonModel(org.factpress.model.SiteConfig, Urls)}, in the language of {@code words}. */
    public static Map<String, Object> commonModel(org.factpress.model.SiteConfig site, Urls urls, ThemeWords words) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("site", site);
        m.put("urls", urls);
        m.put("t", words);
        m.put("dir", words.dir());
        m.put("dates", Dates.of(words));
        m.put("quotes", Quotes.of(words.language()));
        m.put("scale", site.scale());
        return m;
    }

    /** Renders template {@code name} (relative to the templates folder) with {@code model}. */
    public String render(String name, Map<String, ?> model) throws TemplateProblem {
        try {
            Template t = config.getTemplate(name);
            PageWriter out = new PageWriter();
            t.process(model, out);
            return out.toString();
        } catch (freemarker.core.ParseException e) {
            throw syntax(e, name);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String message = e.getBlamedExpressionString() != null
                    && e.getMessageWithoutStackTop().contains("evaluated to null or missing")
                    ? "'" + e.getBlamedExpressionString() + "' is missing or null"
                    : firstLine(e.getMessageWithoutStackTop());
            throw new TemplateProblem(dir.resolve(source), line == null ? 0 : line, column == null ? 0 : column, message);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TemplateProblem(dir.resolve(name), 0, 0, "template not found");
        } catch (IOException e) {
            // Another page that asked for the same broken template first: Freemarker keeps the failure as the cause.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof freemarker.core.ParseException p) {
                    throw syntax(p, name);
                }
            }
            throw new TemplateProblem(dir.resolve(name), 0, 0, "cannot read template: " + e.getMessage());
        }
    }

    private TemplateProblem syntax(freemarker.core.ParseException e, String name) {
        return new TemplateProblem(dir.resolve(e.getTemplateName() != null ? e.getTemplateName() : name),
                e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
    }

    /**
     * A page's text as Freemarker writes it, in many small pieces: unlike StringWriter's buffer, not synchronized,
     * since one page is written by one thread and a lock on every piece is work for nothing.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "template error";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl > 0 ? t.substring(0, nl) : t;
    }
}
