package org.factpress.text;

import org.jsoup.nodes.Element;

/**
 * flexmark parses nested quotes, lists and emphasis by recursion, so a few thousand levels overflow the stack, and
 * jsoup's cleaner is quadratic in the nesting of raw HTML. No real text comes near these limits; text that does is
 * shown unformatted rather than allowed to stop the build.
 */
final class MarkdownDepth {
    /** Quote and list markers, plus indentation in pairs of spaces, that may open one line. */
    static final int MAX_CONTAINERS = 40;
    /** Length of a run of emphasis characters (* or _) within a line. */
    static final int MAX_RUN = 200;
    /** Nesting of raw HTML elements, where a site allows raw HTML. */
    static final int MAX_HTML = 100;

    private MarkdownDepth() {}

    static boolean tooDeep(String markdown) {
        for (String line : markdown.split("\n", -1)) {
            if (containers(line) > MAX_CONTAINERS || longestRun(line) > MAX_RUN) {
                return true;
            }
        }
        return false;
    }

    /** How many containers the start of a line opens, counting generously. */
    static int containers(String line) {
        int depth = 0;
        int spaces = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (depth == 0) { // indentation of the line itself: nests lists; spaces after markers do not
                    spaces += c == '\t' ? 4 : 1;
                }
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && isBlank(line.charAt(i + 1))) {
                depth++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < line.length() && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')') && isBlank(line.charAt(j + 1))) {
                    depth++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth + spaces / 2;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static int longestRun(String line) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c == '*' || c == '_' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Depth of the deepest element under {@code root}. */
    static int of(Element root) {
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }
}
