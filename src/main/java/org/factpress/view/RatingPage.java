package org.factpress.view;

/** A verdict's page: what it means and the checks that got it. */
public record RatingPage(Views.RatingGroup r, String methodologyUrl, ListPage<ClaimView> claims) {}
