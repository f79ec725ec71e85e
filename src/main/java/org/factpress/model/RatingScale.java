package org.factpress.model;

import java.util.List;
import java.util.Optional;

/** The ratings a desk gives, best first. */
public record RatingScale(List<Rating> ratings) {
    public RatingScale {
        ratings = List.copyOf(ratings);
    }

    /** The six-step default scale. */
    public static RatingScale defaultScale() {
        return new RatingScale(List.of(
                new Rating("true", "True", 6, "The statement is accurate and nothing significant is missing.", "#1a7f37"),
                new Rating("mostly-true", "Mostly true", 5, "The statement is accurate but needs clarification or additional information.", "#4d7c0f"),
                new Rating("half-true", "Half true", 4, "The statement is partially accurate but leaves out important details or takes things out of context.", "#9a6700"),
                new Rating("mostly-false", "Mostly false", 3, "The statement contains an element of truth but ignores critical facts that would give a different impression.", "#bc4c00"),
                new Rating("false", "False", 2, "The statement is not accurate.", "#cf222e"),
                new Rating("pants-on-fire", "Pants on fire", 1, "The statement is not accurate and makes a ridiculous claim.", "#8b0820")));
    }

    public Optional<Rating> find(String id) {
        return ratings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return ratings.stream().map(Rating::id).toList();
    }

    /** Highest ratingValue on the scale (ClaimReview bestRating). */
    public int best() {
        return ratings.stream().filter(r -> r.value() != null).mapToInt(Rating::value).max().orElse(1);
    }

    /** Lowest ratingValue on the scale (ClaimReview worstRating). */
    public int worst() {
        return ratings.stream().filter(r -> r.value() != null).mapToInt(Rating::value).min().orElse(1);
    }
}
