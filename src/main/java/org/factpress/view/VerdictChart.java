package org.factpress.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;

/**
 * A claimant's record of verdicts as a horizontal bar chart: one bar a rating of the scale, best first, so records
 * of different people read alike. Java does the arithmetic; the theme's template draws the SVG.
 */
public record VerdictChart(List<Bar> bars, int width, int height, int barX, int barHeight, String summary) {
    public static final int BAR_SPACE = 230;
    /** Room for the count after the longest bar. */
    static final int COUNT_SPACE = 40;
    static final int ROW = 30;
    static final int BAR_HEIGHT = 20;

    /** One bar: its rating, how many checks got it, its geometry in SVG user units. */
    public record Bar(Rating rating, int count, int y, int barWidth, int textY) {}

    public static VerdictChart of(RatingScale scale, List<ClaimView> claims) {
        int max = 0;
        List<Integer> counts = new ArrayList<>();
        List<Rating> shown = new ArrayList<>();
        for (Rating r : scale.ratings()) {
            int n = (int) claims.stream().filter(c -> c.rating().id().equals(r.id())).count();
            // Every step of the scale shows, even at zero; a label off the scale only when someone earned it.
            if (r.value() != null || n > 0) {
                shown.add(r);
                counts.add(n);
                max = Math.max(max, n);
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            int w = max == 0 ? 0 : Math.round((float) BAR_SPACE * n / max);
            int y = i * ROW + 5;
            bars.add(new Bar(shown.get(i), n, y, w, y + BAR_HEIGHT / 2 + 5));
        }
        String summary = bars.stream().filter(b -> b.count() > 0)
                .map(b -> b.rating().label() + ": " + b.count())
                .collect(Collectors.joining("; "));
        // Labels are right-aligned before the bars: leave room for the longest (about 8 units a letter at 14 px).
        int longest = shown.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        int labelWidth = Math.max(90, Math.min(240, longest * 8 + 16));
        return new VerdictChart(List.copyOf(bars), labelWidth + BAR_SPACE + COUNT_SPACE, counts.size() * ROW + 5,
                labelWidth, BAR_HEIGHT, summary);
    }
}
