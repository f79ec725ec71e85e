package org.factpress;

import java.io.IOException;

/**
 * Adds to a {@link ContentTree} the checks whose corrections every print and page must show: one re-rated (from
 * False to Mostly true, with a correction and an update too, and a "why this rating") and one withdrawn.
 */
public final class CorrectedChecks {
    public static final String RE_RATED = "real-cost";
    public static final String RE_RATED_HEADLINE = "Was the real cost closer to two billion?";
    public static final String RATING_CHANGE_NOTE = "New figures from the audit office raised the verdict.";
    public static final String CORRECTION_NOTE = "An earlier version gave the audit's year as 2023.";
    public static final String UPDATE_NOTE = "Added the ministry's reply.";
    public static final String WHY = "The audit puts the cost at 2.1 billion, close to the critics' figure.";
    public static final String WITHDRAWN = "greek-quote";
    public static final String WITHDRAWN_HEADLINE = "Did the bridge cost what the Greek quote says?";
    public static final String WITHDRAWN_NOTE = "We could not confirm who said it, so we withdrew the check.";

    private CorrectedChecks() {}

    public static ContentTree add(ContentTree t) throws IOException {
        t.write("articles/bridge-report/" + RE_RATED + ".md", ContentTree.claim(
                "the bridge's real cost was closer to two billion", "daily-news", "mostly-true", RE_RATED_HEADLINE,
                "2025-03-05").replace("tags: [", """
                rating_explanation: "%s"
                updated: 2025-03-20
                updates:
                  - date: 2025-03-10
                    type: correction
                    note: "%s"
                  - date: 2025-03-15
                    type: update
                    note: "%s"
                  - date: 2025-03-20
                    type: rating-change
                    previous_rating: "false"
                    note: "%s"
                tags: [""".formatted(WHY, CORRECTION_NOTE, UPDATE_NOTE, RATING_CHANGE_NOTE)));
        t.write("articles/bridge-report/" + WITHDRAWN + ".md", ContentTree.claim("Η γέφυρα κόστισε", "jane-minister",
                "half-true", WITHDRAWN_HEADLINE, "2025-03-06").replace("tags: [", """
                updates:
                  - date: 2025-03-25
                    type: void
                    note: "%s"
                tags: [""".formatted(WITHDRAWN_NOTE)));
        return t;
    }
}
