package org.factpress.view;

/** A tag's page: its checks. */
public record TagPage(Views.TagSummary tag, ListPage<ClaimView> claims) {}
