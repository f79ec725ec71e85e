package org.factpress.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a quote and the article passage nearest to it differ, word by word, in one line an editor reads in a
 * terminal, in JSON and in a CI annotation: {@code "2014" where the quote has "2015"}. Words are compared as quote
 * matching compares them ({@link ArticleText#normalize}).
 */
public final class WordDiff {
    /** Differences named, at most; a longer list ends with "...". */
    static final int SHOWN = 4;
    /** Words compared from each side, at most: the quadratic alignment stays small. */
    static final int WORDS = 120;

    private WordDiff() {}

    /**
     * The differences of {@code quote} from {@code passage}: words compared without the punctuation around them
     * (the quote marks an editor leaves out), or as written when only punctuation differs; empty when the same.
     */
    public static String of(String passage, String quote) {
        String byWords = of(core(words(passage)), core(words(quote)));
        return byWords.isEmpty() ? of(words(passage), words(quote)) : byWords;
    }

    private static String of(List<String> a, List<String> q) {
        int[][] lcs = new int[a.size() + 1][q.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = q.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(q.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> differences = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < q.size()) {
            if (i < a.size() && j < q.size() && a.get(i).equals(q.get(j))) {
                i++;
                j++;
                continue;
            }
            List<String> inArticle = new ArrayList<>();
            List<String> inQuote = new ArrayList<>();
            while (i < a.size() || j < q.size()) {
                if (i < a.size() && j < q.size() && a.get(i).equals(q.get(j))) {
                    break;
                }
                if (j >= q.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    inArticle.add(a.get(i++));
                } else {
                    inQuote.add(q.get(j++));
                }
            }
            differences.add(difference(inArticle, inQuote));
        }
        if (differences.size() > SHOWN) {
            return String.join("; ", differences.subList(0, SHOWN)) + "; ...";
        }
        return String.join("; ", differences);
    }

    private static String difference(List<String> inArticle, List<String> inQuote) {
        String article = "\"" + String.join(" ", inArticle) + "\"";
        String quote = "\"" + String.join(" ", inQuote) + "\"";
        if (inQuote.isEmpty()) {
            return "the article has " + article + ", not in the quote";
        }
        if (inArticle.isEmpty()) {
            return "the quote has " + quote + ", not in the article";
        }
        return "the article has " + article + " where the quote has " + quote;
    }

    /** Each word without the punctuation before and after it; a word of punctuation only is left out. */
    private static List<String> core(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String c = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        String n = ArticleText.normalize(text);
        List<String> words = n.isEmpty() ? List.of() : List.of(n.split(" "));
        return words.size() > WORDS ? words.subList(0, WORDS) : words;
    }
}
