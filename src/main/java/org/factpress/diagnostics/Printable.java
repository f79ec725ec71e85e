package org.factpress.diagnostics;

/**
 * A message line as a terminal and CI print it safely. A file name or a value may hold a line break, which would
 * start a line of its own (GitHub Actions reads a line starting {@code ::} as a workflow command, and the problem
 * matcher any {@code path:line:col: error:} line as an annotation), or a bidirectional control, which reorders
 * what the editor reads. Each such character is written as an escape: {@code \n}, {@code \r}, {@code \t}, or
 * {@code \}{@code u202E}.
 */
public final class Printable {
    private Printable() {}

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Control characters, line and paragraph separators, and the bidirectional marks, embeddings and isolates. */
    static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
