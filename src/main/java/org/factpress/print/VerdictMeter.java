package org.factpress.print;

import java.util.List;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;

/**
 * The shape on a verdict badge, so a verdict reads on a greyscale printout without its colour: a row of dots,
 * as many filled as the rating stands high on the scale (all for the best, one for the worst). A rating outside
 * the numeric scale fills none.
 */
public final class VerdictMeter {
    private final List<Rating> rated;

    public VerdictMeter(RatingScale scale) {
        this.rated = scale.ratings().stream().filter(r -> r.value() != null).toList();
    }

    public int steps() {
        return rated.size();
    }

    public int filled(Rating r) {
        int i = rated.indexOf(r);
        return i < 0 ? 0 : rated.size() - i;
    }
}
