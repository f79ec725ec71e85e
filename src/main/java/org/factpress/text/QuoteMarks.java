package org.factpress.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages a quote itself quotes (in "…", “…”, „…“ or «…»): {@link Quotes} puts them in the language's inner
 * marks inside its outer ones, the same on pages, in search results (static/search.js reads them alike) and on paper.
 */
public final class QuoteMarks {
    private static final Pattern INNER = Pattern.compile("\"([^\"]+)\"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB");

    private QuoteMarks() {}

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
}
