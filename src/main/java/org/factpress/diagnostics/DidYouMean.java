package org.factpress.diagnostics;

import java.util.Collection;
import java.util.Optional;

/** Suggests the known name nearest to a misspelt one. */
public final class DidYouMean {
    private DidYouMean() {}

    public static Optional<String> nearest(String wrong, Collection<String> known) {
        if (wrong == null) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // Close enough to be a slip of the keyboard, not a different word.
        int allowed = Math.max(2, wrong.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "did you mean 'x'?", or a list of what is allowed when nothing is near. */
    public static String hint(String wrong, Collection<String> known) {
        return nearest(wrong, known).map(n -> "did you mean '" + n + "'?")
                .orElseGet(() -> known.isEmpty() ? null
                        : "known: " + String.join(", ", known.stream().sorted().limit(12).toList())
                          + (known.size() > 12 ? ", ..." : ""));
    }

    /** Levenshtein edit distance. */
    public static int distance(CharSequence a, CharSequence b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
