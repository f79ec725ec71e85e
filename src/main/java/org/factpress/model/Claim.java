package org.factpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One checked statement with its verdict: who said what, where and when, how we rated it and why.
 * People and the rating are held by id; the check stage makes sure they resolve.
 */
public record Claim(String slug, String articleSlug, String quote, Integer occurrence, String claimantId,
                    LocalDate saidOn, String saidWhere, String ratingId, String headline, String summary,
                    String authorId, String editorId, LocalDate published, LocalDate updated, List<String> tags,
                    List<Source> sources, List<Update> updates, Status status, String analysis, Origin origin,
                    String verdict, String ratingExplanation, List<Appearance> appearances, String sameAs) {

    public Claim {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
        appearances = List.copyOf(appearances);
    }

    /** The same claim under another headline and status (the preview shows drafts as published, marked). */
    public Claim with(String newHeadline, Status newStatus) {
        return new Claim(slug, articleSlug, quote, occurrence, claimantId, saidOn, saidWhere, ratingId, newHeadline,
                summary, authorId, editorId, published, updated, tags, sources, updates, newStatus, analysis, origin,
                verdict, ratingExplanation, appearances, sameAs);
    }

    /** Withdrawn: the page stays, marked, but the check leaves every listing, feed and count. */
    public boolean isWithdrawn() {
        return updates.stream().anyMatch(u -> u.type() == Update.Type.VOID);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** The date readers see as the last change: the latest of published, updated and the updates' dates. */
    public LocalDate lastChanged() {
        LocalDate last = updated != null && updated.isAfter(published) ? updated : published;
        for (Update u : updates) {
            last = u.date().isAfter(last) ? u.date() : last;
        }
        return last;
    }
}
