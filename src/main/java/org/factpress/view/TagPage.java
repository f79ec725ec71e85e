package org.factpress.view;

/** A tag's page: its checks. */
public record TagPage(Views.Tag tag, ListPage<ClaimView> claims) {}
