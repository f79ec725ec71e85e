package org.factpress.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;

/**
 * The symbol every verdict carries beside its colour and label, so no reader depends on colour: a tick near the
 * top of the scale, a cross near the bottom, a half circle between, "?" for unproven and "!" for the other labels
 * off the scale (misleading, missing context, satire...). A conclusion-only scale has no order: one pointer for all.
 */
public final class VerdictSymbol {
    private VerdictSymbol() {}

    public static String of(RatingScale scale, Rating r) {
        if (scale.conclusionOnly()) {
            return "\u25B8";
        }
        if (r.value() == null) {
            return "unproven".equals(r.id()) ? "?" : "!";
        }
        if (r.value() >= scale.best() - 1) {
            return "\u2713";
        }
        if (r.value() <= scale.worst() + 2) {
            return "\u2717";
        }
        return "\u25D0";
    }

    /** Each rating's symbol, by rating id. */
    public static Map<String, String> all(RatingScale scale) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Rating r : scale.ratings()) {
            m.put(r.id(), of(scale, r));
        }
        return Collections.unmodifiableMap(m);
    }
}
