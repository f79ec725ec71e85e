package org.factpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One checked statement with its verdict: what was said and by whom ({@link Statement}), how we rated it and why
 * ({@link Verdict}), who checked it and when ({@link Byline}), the evidence, the changes readers were told of, and
 * where else the claim went round ({@link Circulation}). People and the rating are held by id; the check stage makes
 * sure they resolve.
 */
public record Claim(String slug, String articleSlug, Statement statement, Verdict verdict, String headline,
                    String summary, Byline byline, List<String> tags, List<Source> sources, List<Update> updates,
                    Circulation circulation, Status status, String analysis, Origin origin) {

    public Claim {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        updates = List.copyOf(updates);
    }

    /** The same claim under another headline and status (the preview shows drafts as published, marked). */
    public Claim with(String newHeadline, Status newStatus) {
        return new Claim(slug, articleSlug, statement, verdict, newHeadline, summary, byline, tags, sources, updates,
                circulation, newStatus, analysis, origin);
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
        LocalDate published = byline.published();
        LocalDate updated = byline.updated();
        LocalDate last = updated != null && updated.isAfter(published) ? updated : published;
        for (Update u : updates) {
            last = u.date().isAfter(last) ? u.date() : last;
        }
        return last;
    }
}
