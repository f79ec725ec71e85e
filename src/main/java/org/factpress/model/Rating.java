package org.factpress.model;

/**
 * One step of a rating scale. {@code value} is the ClaimReview ratingValue; it is null for a label that stands
 * outside the numeric scale.
 */
public record Rating(String id, String label, Integer value, String meaning, String colour) {}
