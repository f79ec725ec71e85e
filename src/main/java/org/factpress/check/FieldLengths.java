package org.factpress.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Origin;

/**
 * Short fields grown long: a warning past the length a reader takes in at a glance. What no page could hold is
 * refused by the schema ({@code maxLength} in {@code schemas/claim.schema.json}); the quote's own warning, at what
 * search tools show, is {@link ContentCheck#CLAIM_REVIEWED_MAX}.
 */
final class FieldLengths {
    private FieldLengths() {}

    /** Characters past which a field is a warning, with what to do. Documented in docs/content-format.md. */
    static final Map<String, Integer> WARN_PAST = new LinkedHashMap<>();
    static {
        WARN_PAST.put("headline", 150);
        WARN_PAST.put("summary", 600);
        WARN_PAST.put("rating_explanation", 600);
        WARN_PAST.put("verdict", 200);
    }

    private static final Map<String, String> WHAT = Map.of(
            "headline", "a headline is the question the check answers, read in one look",
            "summary", "a summary is the short answer, a sentence or two (the one-page brief cuts a long one short)",
            "rating_explanation", "the explanation says why this rating, in a sentence",
            "verdict", "a verdict is the conclusion in a few words");

    /** Warns when {@code field}'s {@code text} is past its length. */
    static void check(Problems problems, Origin origin, String field, String text) {
        Integer most = WARN_PAST.get(field);
        if (text == null || most == null) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        int allowed = org.factpress.load.ContentSchema.CLAIM.maxLength(field);
        if (length > most && (allowed == 0 || length <= allowed)) { // past what is allowed, the schema's error says it
            problems.warning(origin.at(field), String.format(Locale.ROOT,
                    "'%s' is %,d characters; readers and search tools take in about %,d", field, length, most),
                    WHAT.get(field) + ": move the rest into the analysis, below the closing '---'");
        }
    }
}
