package org.factpress.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A quote as HTML in which a passage the speaker quoted (in "…", “…”, „…“ or «…») becomes a nested {@code <q>}:
 * the page puts the quote in its language's outer marks and the browser gives the passage the inner ones
 * (‘…’ inside “…” in English, „…“ inside «…» in Ukrainian). Everything else is escaped text.
 */
public final class QuoteMarks {
    private static final Pattern INNER = Pattern.compile("\"([^\"]+)\"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB");

    private QuoteMarks() {}

    public static String html(String quote) {
        StringBuilder out = new StringBuilder();
        Matcher m = INNER.matcher(quote);
        int from = 0;
        while (m.find()) {
            out.append(escape(quote.substring(from, m.start())));
            out.append("<q>").append(escape(passage(m))).append("</q>");
            from = m.end();
        }
        return out.append(escape(quote.substring(from))).toString();
    }

    /** {@code quote} as plain text, each passage it quotes put in {@code open} and {@code close} instead. */
    public static String inner(String quote, String open, String close) {
        StringBuilder out = new StringBuilder();
        Matcher m = INNER.matcher(quote);
        int from = 0;
        while (m.find()) {
            out.append(quote, from, m.start()).append(open).append(passage(m)).append(close);
            from = m.end();
        }
        return out.append(quote.substring(from)).toString();
    }

    private static String passage(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                : m.group(3) != null ? m.group(3) : m.group(4);
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }
}
