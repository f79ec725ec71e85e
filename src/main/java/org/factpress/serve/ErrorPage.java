package org.factpress.serve;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows while the content has errors. Built here, not from the theme, because a broken
 * template must be shown too; everything printed is escaped.
 */
final class ErrorPage {
    private ErrorPage() {}

    /** A template's error as the page lists it: file, line and column when known, and what is wrong. */
    static String line(org.factpress.theme.TemplateProblem t) {
        return t.problem().format(null);
    }

    static String html(List<String> errors) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>factpress: content errors</title>
                <style>
                body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
                h1 { color: #cf222e; font-size: 1.5rem; }
                li { font-family: ui-monospace, monospace; font-size: 0.9rem; margin: 0.5rem 0; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                <h1>The preview cannot be built</h1>
                <p>Fix these in your files and save; this page reloads by itself.</p>
                <ol class="factpress-errors">
                """);
        for (String e : errors) {
            s.append("<li>").append(Entities.escape(e)).append("</li>\n");
        }
        return s.append("</ol>\n</body>\n</html>\n").toString();
    }
}
