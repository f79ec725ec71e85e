package org.factpress.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A source article's rendered text, flattened for quote matching. Matching ignores differences of white space,
 * line breaks and typographic versus straight quotes and apostrophes, nothing else; every matched character maps
 * back to the text node it came from, so the page can highlight it.
 */
public final class ArticleText {
    private final Document document;
    private final List<TextNode> nodes = new ArrayList<>();
    private final StringBuilder normal = new StringBuilder();
    /**
     * For each character of {@code normal}: index of its text node (-1 for a break between blocks) and offset in
     * it. Two flat arrays, not an array per character: an article has thousands of characters.
     */
    private int[] originNode = new int[1024];
    private int[] originOffset = new int[1024];
    /** {@code normal} as an array, made once the text is complete: the quote search reads it character by character. */
    private final char[] chars;

    /** One matched stretch inside one text node: characters [start, end) of node {@code node}. */
    public record Piece(int node, int start, int end) {}

    private ArticleText(Document document) {
        this.document = document;
        NodeTraversor.traverse(new NodeVisitor() {
            Element lastBlock;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element block = blockOf(t);
                    if (lastBlock != null && block != lastBlock) {
                        appendSpace(-1, 0);
                    }
                    lastBlock = block;
                    add(t);
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, document.body());
        this.chars = normal.toString().toCharArray();
    }

    /**
     * The article's text, parsed from its Markdown. Parsing is most of what the check stage and the article's page
     * cost: what is kept between them is the run's to hold (the check keeps one per article, and a build with the
     * cache keeps the quotes found), never this class's.
     */
    public static ArticleText of(String markdown) {
        return new ArticleText(Markdown.toDocument(markdown));
    }

    public Document document() {
        return document;
    }

    public List<TextNode> nodes() {
        return nodes;
    }

    private static Element blockOf(TextNode t) {
        Element e = t.parent() instanceof Element p ? p : null;
        while (e != null && !e.isBlock()) {
            e = e.parent();
        }
        return e;
    }

    private void add(TextNode t) {
        int index = nodes.size();
        nodes.add(t);
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                appendSpace(index, i);
            } else {
                normal.append(fold(c));
                addOrigin(index, i);
            }
        }
    }

    private void appendSpace(int node, int offset) {
        if (normal.length() > 0 && normal.charAt(normal.length() - 1) == ' ') {
            return;
        }
        normal.append(' ');
        addOrigin(node, offset);
    }

    /** Records where the character just appended to {@code normal} came from. */
    private void addOrigin(int node, int offset) {
        int i = normal.length() - 1;
        if (i == originNode.length) {
            originNode = java.util.Arrays.copyOf(originNode, 2 * i);
            originOffset = java.util.Arrays.copyOf(originOffset, 2 * i);
        }
        originNode[i] = node;
        originOffset[i] = offset;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    /** A quote as editors typed it, folded the same way as the article text. */
    public static String normalize(String quote) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (isSpace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(fold(c));
            }
        }
        return out.toString().strip();
    }

    /** Start of every occurrence of the quote in the normal text, in order. */
    public List<Integer> find(String quote) {
        char[] q = normalize(quote).toCharArray();
        char[] text = chars;
        List<Integer> found = new ArrayList<>();
        if (q.length == 0) {
            return found;
        }
        // Knuth-Morris-Pratt, not indexOf: indexOf is quadratic when text and quote repeat themselves
        // ("a a a ... a b"), and both can be megabytes long.
        int[] border = new int[q.length];
        for (int i = 1, k = 0; i < q.length; i++) {
            while (k > 0 && q[i] != q[k]) {
                k = border[k - 1];
            }
            if (q[i] == q[k]) {
                k++;
            }
            border[i] = k;
        }
        for (int i = 0, k = 0; i < text.length; i++) {
            while (k > 0 && text[i] != q[k]) {
                k = border[k - 1];
            }
            if (text[i] == q[k]) {
                k++;
            }
            if (k == q.length) {
                found.add(i - k + 1);
                k = border[k - 1];
            }
        }
        return found;
    }

    /** The text-node pieces that make up normal-text characters [start, end). */
    public List<Piece> pieces(int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        int node = -1;
        int from = 0;
        int to = 0;
        for (int i = start; i < end; i++) {
            int oNode = originNode[i];
            int oOffset = originOffset[i];
            if (oNode < 0) {
                continue; // a break between blocks has no characters of its own
            }
            int charEnd = oOffset + 1;
            if (normal.charAt(i) == ' ') {
                // A collapsed run of white space: take the whole run, up to the next character kept.
                charEnd = runEnd(oNode, oOffset);
            }
            if (oNode != node) {
                if (node >= 0) {
                    pieces.add(new Piece(node, from, to));
                }
                node = oNode;
                from = oOffset;
            }
            to = charEnd;
        }
        if (node >= 0) {
            pieces.add(new Piece(node, from, to));
        }
        return pieces;
    }

    private int runEnd(int node, int offset) {
        String s = nodes.get(node).getWholeText();
        int j = offset;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Characters of a missing quote compared with the text: enough to recognise the passage it came from. */
    static final int PROBE = 200;
    /**
     * Characters of a quote the closest passage covers, at most: a longer quote is shown against its first ones, so
     * what differs is named only for a quote no longer than this.
     */
    public static final int PASSAGE = 2 * PROBE;
    /** Characters a word may run on past the passage's window before the passage is cut inside it. */
    static final int WORD = 40;
    /** Places in the text compared character by character, at most; the rest are ruled out by shared words. */
    static final int CANDIDATES = 400;

    /**
     * The passage of the article nearest to a quote that was not found, to show the editor. Bounded work whatever
     * the sizes: the quote's first {@value #PROBE} characters are compared, by edit distance, at no more than
     * {@value #CANDIDATES} word starts, those sharing the most words with it. The passage is whole words without
     * the punctuation at its edges: a quote mark that opens or closes the passage in the article is not part of it,
     * nor of the words compared ({@code "a obra} starts with the word {@code a}).
     */
    public String closestPassage(String quote) {
        String q = withoutEdges(normalize(quote));
        if (q.isEmpty() || normal.length() == 0) {
            return "";
        }
        String probe = q.length() > PROBE ? q.substring(0, PROBE) : q;
        int len = Math.min(probe.length(), normal.length());
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i : candidates(probe, len)) {
            int d = org.factpress.diagnostics.DidYouMean.distance(probe, normal.subSequence(i, i + len));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        int end = Math.min(normal.length(), best + Math.max(len, Math.min(q.length(), PASSAGE)));
        // Whole words: the passage ends where its last word does, never inside it; in a script written without
        // spaces (Chinese, Japanese, Thai) no space comes, and it ends where the window does.
        int wordEnd = end;
        while (wordEnd < normal.length() && wordEnd - end < WORD && normal.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        if (wordEnd == normal.length() || normal.charAt(wordEnd) == ' ') {
            end = wordEnd;
        }
        return withoutEdges(normal.substring(best, end));
    }

    /**
     * Part of a word, as against the quote marks, brackets, dashes and stops around it; a sign that says what a
     * number is ({@code €5}, {@code 40%}) is part of it.
     */
    private static boolean inWord(char c) {
        if (c == ' ') {
            return false;
        }
        if (c == '%' || c == '\u2030') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION -> false;
            default -> true;
        };
    }

    /** {@code text} without the spaces and punctuation before its first word and after its last. */
    private static String withoutEdges(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && !inWord(text.charAt(from))) {
            from++;
        }
        while (to > from && !inWord(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Word starts where a window of {@code len} characters fits, the likeliest first-come when there are many. */
    private int[] candidates(String probe, int len) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < normal.length(); i++) {
            if (i == 0 || normal.charAt(i - 1) == ' ') {
                // A word starts at its first letter or digit, after any quote mark or bracket opening it.
                int w = i;
                while (w < normal.length() && normal.charAt(w) != ' ' && !inWord(normal.charAt(w))) {
                    w++;
                }
                if (w + len <= normal.length() && w < normal.length() && inWord(normal.charAt(w))) {
                    starts.add(w);
                }
            }
        }
        if (starts.size() <= CANDIDATES) {
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }
        // Score each start by how many of the next words (as many as the probe has) occur in the probe.
        String[] words = probe.split(" ");
        java.util.Set<String> probeWords = new java.util.HashSet<>();
        for (String w : words) {
            probeWords.add(withoutEdges(w));
        }
        int window = words.length;
        int n = starts.size();
        int[] inProbe = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int from = starts.get(k);
            int to = normal.indexOf(" ", from);
            String word = normal.substring(from, to < 0 ? normal.length() : to);
            inProbe[k + 1] = inProbe[k] + (probeWords.contains(withoutEdges(word)) ? 1 : 0);
        }
        int[] score = new int[n];
        int[] count = new int[window + 2];
        for (int k = 0; k < n; k++) {
            score[k] = inProbe[Math.min(n, k + window)] - inProbe[k];
            count[score[k]]++;
        }
        // The lowest score still kept, so that about CANDIDATES starts are compared, in text order.
        int threshold = window + 1;
        for (int kept = 0; threshold > 0 && kept + count[threshold - 1] <= CANDIDATES; ) {
            threshold--;
            kept += count[threshold];
        }
        int[] out = new int[CANDIDATES];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (score[k] >= threshold) {
                out[m++] = starts.get(k);
            }
        }
        for (int k = 0; k < n && m < CANDIDATES && threshold > 0; k++) {
            if (score[k] == threshold - 1) {
                out[m++] = starts.get(k);
            }
        }
        int[] kept = java.util.Arrays.copyOf(out, m);
        java.util.Arrays.sort(kept);
        return kept;
    }
}
