package org.factpress.print;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.factpress.text.Markdown;

/**
 * The answer of a one-page fact brief: the summary, then the analysis's opening paragraphs for as long as the whole
 * stays within the word limit (Gigafact's briefs answer in under 150 words). A summary longer than the limit is cut
 * at a word, with an ellipsis, since the full check is a QR code away.
 */
public final class ShortAnswer {
    public static final int WORD_LIMIT = 149;

    private ShortAnswer() {}

    /** The answer's paragraphs, and whether they hold the whole summary and analysis (else the rest is online). */
    public record Answer(List<String> paragraphs, boolean whole) {}

    public static List<String> paragraphs(String summary, String analysisMarkdown, int limit) {
        return answer(summary, analysisMarkdown, limit).paragraphs();
    }

    public static Answer answer(String summary, String analysisMarkdown, int limit) {
        List<String> out = new ArrayList<>();
        int words = 0;
        String[] s = words(summary);
        if (s.length > limit) {
            out.add(String.join(" ", java.util.Arrays.copyOf(s, limit)) + "\u2026");
            return new Answer(out, false);
        }
        out.add(summary.strip());
        words += s.length;
        boolean whole = true;
        for (Element p : Markdown.toDocument(analysisMarkdown).body().children()) {
            if (!p.tagName().equals("p")) {
                whole = false; // a table, list or heading the brief leaves out
                continue;
            }
            String text = p.text().strip();
            int n = words(text).length;
            if (n == 0) {
                continue;
            }
            if (words + n > limit || text.endsWith(":")) {
                whole = false;
                break; // over the limit, or a lead-in to a table or list the brief leaves out
            }
            out.add(text);
            words += n;
        }
        return new Answer(out, whole);
    }

    public static int count(String text) {
        return words(text).length;
    }

    private static String[] words(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
