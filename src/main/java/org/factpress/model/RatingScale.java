package org.factpress.model;

import java.util.List;
import java.util.Optional;

/**
 * The ratings a desk gives, best first; labels outside the numeric scale (no value) follow. A conclusion-only
 * scale rates nothing: each claim carries its own short verdict, shown under the one {@link #CONCLUSION} label.
 * Presets and their sources: docs/rating-scales.md.
 */
public record RatingScale(List<Rating> ratings, boolean conclusionOnly) {
    /** The id every claim rates as on a conclusion-only site. */
    public static final String CONCLUSION = "conclusion";
    /** Names site.yaml's {@code rating_scale} accepts. */
    public static final List<String> PRESETS = List.of("default", "snopes", "afp", "pinocchio", CONCLUSION);

    private static final String GREEN = "#1a7f37";
    private static final String OLIVE = "#4d7c0f";
    private static final String AMBER = "#9a6700";
    private static final String ORANGE = "#bc4c00";
    private static final String RED = "#cf222e";
    private static final String CRIMSON = "#8b0820";
    private static final String PURPLE = "#8250df";
    private static final String BLUE = "#0969da";
    private static final String GREY = "#57606a";
    private static final String PINK = "#bf3989";

    public RatingScale {
        ratings = List.copyOf(ratings);
    }

    public RatingScale(List<Rating> ratings) {
        this(ratings, false);
    }

    /** The six-step default scale, with four labels off the scale. */
    public static RatingScale defaultScale() {
        return new RatingScale(List.of(
                new Rating("true", "True", 6, "The statement is accurate and nothing significant is missing.", GREEN),
                new Rating("mostly-true", "Mostly true", 5, "The statement is accurate but needs clarification or additional information.", OLIVE),
                new Rating("half-true", "Half true", 4, "The statement is partially accurate but leaves out important details or takes things out of context.", AMBER),
                new Rating("mostly-false", "Mostly false", 3, "The statement contains an element of truth but ignores critical facts that would give a different impression.", ORANGE),
                new Rating("false", "False", 2, "The statement is not accurate.", RED),
                new Rating("pants-on-fire", "Pants on fire", 1, "The statement is not accurate and makes a ridiculous claim.", CRIMSON),
                new Rating("misleading", "Misleading", null, "The facts in the statement may be right, but they are put together to give a false impression.", PURPLE),
                new Rating("missing-context", "Missing context", null, "The statement may be accurate as far as it goes, but it leaves out context a reader needs to judge it.", BLUE),
                new Rating("unproven", "Unproven", null, "There is not enough evidence, either way, to say whether the statement is accurate.", GREY),
                new Rating("satire", "Satire", null, "The statement comes from satire or parody and was not meant as a statement of fact.", PINK)));
    }

    /** A preset by the name site.yaml gives in {@code rating_scale}, or empty for an unknown name. */
    public static Optional<RatingScale> preset(String name) {
        return Optional.ofNullable(switch (name) {
            case "default" -> defaultScale();
            case "snopes" -> new RatingScale(List.of(
                    new Rating("true", "True", 5, "The primary elements of the claim are demonstrably true.", GREEN),
                    new Rating("mostly-true", "Mostly true", 4, "The primary elements of the claim are true, but some details are inaccurate or unproven.", OLIVE),
                    new Rating("mixture", "Mixture", 3, "The claim has significant elements of both truth and falsity.", AMBER),
                    new Rating("mostly-false", "Mostly false", 2, "The primary elements of the claim are false, though some details may be accurate.", ORANGE),
                    new Rating("false", "False", 1, "The primary elements of the claim are demonstrably false.", RED),
                    new Rating("unproven", "Unproven", null, "There is not enough evidence to prove or disprove the claim.", GREY),
                    new Rating("miscaptioned", "Miscaptioned", null, "A real photograph or video is shown with a caption that misdescribes it.", PURPLE),
                    new Rating("satire", "Satire", null, "The claim comes from satire or parody and was not meant as fact.", PINK)));
            case "afp" -> new RatingScale(List.of(
                    new Rating("true", "True", 3, "The claim is accurate.", GREEN),
                    new Rating("partly-false", "Partly false", 2, "The claim mixes accurate and inaccurate information.", ORANGE),
                    new Rating("false", "False", 1, "The claim is inaccurate.", RED),
                    new Rating("missing-context", "Missing context", null, "The claim is not false, but it could mislead without further context.", BLUE),
                    new Rating("altered", "Altered", null, "An image, video or document has been edited or manipulated to change its meaning.", PURPLE)));
            case "pinocchio" -> new RatingScale(List.of(
                    new Rating("geppetto-checkmark", "Geppetto checkmark", 5, "The truth, the whole truth and nothing but the truth.", GREEN),
                    new Rating("one-pinocchio", "One Pinocchio", 4, "Some shading of the facts: selective telling of the truth, some omissions and exaggerations, but no outright falsehoods.", OLIVE),
                    new Rating("two-pinocchios", "Two Pinocchios", 3, "Significant omissions or exaggerations that create a misleading impression.", AMBER),
                    new Rating("three-pinocchios", "Three Pinocchios", 2, "Significant factual errors or obvious contradictions.", ORANGE),
                    new Rating("four-pinocchios", "Four Pinocchios", 1, "A whopper: the statement is false.", RED)));
            case CONCLUSION -> new RatingScale(List.of(new Rating(CONCLUSION, "Our conclusion", null,
                    "We do not rate claims on a scale: each check ends with a short conclusion in our own words.", GREY)),
                    true);
            default -> null;
        });
    }

    /** This scale in {@code language}'s words, where the desk gave its own ratings' words in it. */
    public RatingScale in(String language) {
        List<Rating> in = ratings.stream().map(r -> r.in(language)).toList();
        return in.equals(ratings) ? this : new RatingScale(in, conclusionOnly);
    }

    public Optional<Rating> find(String id) {
        return ratings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The scale as an editor picks from it: each id with its label, the numeric scale first, then the labels off it,
     * e.g. {@code true (True), ..., pants-on-fire (Pants on fire); off the scale: misleading (Misleading), ...}.
     */
    public String describe() {
        return describe("off the scale:");
    }

    /** As {@link #describe()}, the labels off the scale introduced by {@code offScale} (the site's words for it). */
    public String describe(String offScale) {
        String on = String.join(", ", onScale().stream().map(RatingScale::idAndLabel).toList());
        String off = String.join(", ", offScale().stream().map(RatingScale::idAndLabel).toList());
        if (on.isEmpty()) {
            return off.isEmpty() ? String.join(", ", ratings.stream().map(RatingScale::idAndLabel).toList()) : off;
        }
        return off.isEmpty() ? on : on + "; " + offScale + " " + off;
    }

    private static String idAndLabel(Rating r) {
        return r.id() + " (" + r.label() + ")";
    }

    public List<String> ids() {
        return ratings.stream().map(Rating::id).toList();
    }

    /** The ratings with a ratingValue, best first. */
    public List<Rating> onScale() {
        return ratings.stream().filter(r -> r.value() != null).toList();
    }

    /** Labels outside the numeric scale (misleading, satire, ...): ClaimReview gives them no ratingValue. */
    public List<Rating> offScale() {
        return conclusionOnly ? List.of() : ratings.stream().filter(r -> r.value() == null).toList();
    }

    /** Highest ratingValue on the scale (ClaimReview bestRating). */
    public int best() {
        return values().max().orElse(1);
    }

    /** Lowest ratingValue on the scale (ClaimReview worstRating). */
    public int worst() {
        return values().min().orElse(1);
    }

    private java.util.stream.IntStream values() {
        return ratings.stream().filter(r -> r.value() != null).mapToInt(Rating::value);
    }
}
