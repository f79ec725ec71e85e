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

    /** Whether it is on the site's pages: published, or a draft the preview shows. */
    public boolean isPublished() {
        return status != Status.DRAFT;
    }

    /** A draft, shown or not: its pages and listings say so. */
    public boolean isDraft() {
        return status != Status.PUBLISHED;
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

    /**
     * The check in a translation's words: headline, summary, quote, said_where, conclusion, explanation, tags,
     * analysis and the update notes it translates ({@link ClaimTranslation#notesFor}). The verdict, claimant, dates, sources and
     * circulation stay the original's. A field the translation leaves out keeps the original's words.
     */
    public Claim in(ClaimTranslation t) {
        Statement s = new Statement(or(t.quote(), statement.quote()), statement.occurrence(), statement.claimantId(),
                statement.saidOn(), or(t.saidWhere(), statement.saidWhere()));
        Verdict v = new Verdict(verdict.ratingId(), or(t.conclusion(), verdict.conclusion()),
                or(t.ratingExplanation(), verdict.explanation()));
        List<String> notes = t.notesFor(updates);
        List<Update> translated = java.util.stream.IntStream.range(0, updates.size()).mapToObj(i -> {
            Update u = updates.get(i);
            return notes.get(i) == null ? u : new Update(u.date(), notes.get(i), u.type(), u.previousRatingId());
        }).toList();
        return new Claim(slug, articleSlug, s, v, or(t.headline(), headline), or(t.summary(), summary), byline,
                t.tags().isEmpty() ? tags : t.tags(), sources, translated, circulation, status,
                or(t.analysis(), analysis), origin);
    }

    private static String or(String translated, String original) {
        return translated != null ? translated : original;
    }
}
