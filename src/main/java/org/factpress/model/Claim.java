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
                    List<Source> sources, List<Update> updates, Status status, String analysis, Origin origin) {

    public Claim {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** The date readers see as the last change: updated when given, else published. */
    public LocalDate lastChanged() {
        return updated != null && updated.isAfter(published) ? updated : published;
    }
}
