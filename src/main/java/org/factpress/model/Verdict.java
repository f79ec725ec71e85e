package org.factpress.model;

/**
 * How the desk rated the claim and why. {@code ratingId} names a rating of the site's scale; {@code conclusion} is
 * the short verdict a conclusion-only site writes instead (front matter {@code verdict}); {@code explanation} is
 * the rating explained in a sentence (front matter {@code rating_explanation}).
 */
public record Verdict(String ratingId, String conclusion, String explanation) {}
