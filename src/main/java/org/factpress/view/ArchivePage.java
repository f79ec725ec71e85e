package org.factpress.view;

import java.util.List;

/** A page of every check, newest first; the first page also lists where to browse (null on later pages). */
public record ArchivePage(ListPage<ClaimView> claims, List<Views.RatingSummary> ratings, List<Views.TagSummary> tags,
                          List<Views.ClaimantSummary> claimants) {}
