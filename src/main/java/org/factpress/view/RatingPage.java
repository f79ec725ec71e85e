package org.factpress.view;

/** A verdict's page: what it means and the checks that got it. */
public record RatingPage(Views.RatingSummary r, String methodologyUrl, ListPage<ClaimView> claims) {}
