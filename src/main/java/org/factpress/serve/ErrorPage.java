package org.factpress.serve;

import java.util.List;
import org.factpress.text.ThemeWords;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows while the content has errors. Built here, not from the theme's templates, because a
 * broken template must be shown too; its words are the theme's ({@code serve.*} in templates/i18n), in English only
 * when those cannot be read. Everything printed is escaped.
 */
final class ErrorPage {
    private ErrorPage() {}

    /** A template's error as the page lists it: file, line and column when known, and what is wrong. */
    static String line(org.factpress.theme.TemplateProblem t) {
        return t.problem().format(null);
    }

    /** The page listing {@code errors}, in {@code words} (the theme's, in the site's language; null: English). */
    static String html(List<String> errors, ThemeWords words) {
        String title = say(words, "serve.error_title", "The preview cannot be built");
        String lede = say(words, "serve.error_lede", "Fix these in your files and save; this page reloads by itself.");
        String lang = words != null ? words.language() : ThemeWords.REFERENCE;
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <title>factpress: %s</title>
                <style>
                body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
                h1 { color: #cf222e; font-size: 1.5rem; }
                li { font-family: ui-monospace, monospace; font-size: 0.9rem; margin: 0.5rem 0; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                <ol class="factpress-errors" dir="ltr">
                """.formatted(Entities.escape(lang), ThemeWords.dir(lang), Entities.escape(title), Entities.escape(title),
                Entities.escape(lede)));
        for (String e : errors) {
            s.append("<li>").append(Entities.escape(e)).append("</li>\n");
        }
        return s.append("</ol>\n</body>\n</html>\n").toString();
    }

    /** {@code key} in {@code words}; {@code english} when the theme's words or this key cannot be had. */
    private static String say(ThemeWords words, String key, String english) {
        return words == null || words.raw(key) == null ? english : words.t(key);
    }
}
