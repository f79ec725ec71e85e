package org.factpress.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A check in another language ({@code <claim-slug>.<code>.md} beside the original): words only. Claimant, rating,
 * dates, sources, appearances and same_as are the original's: one verdict in every language.
 *
 * <p>{@code quote} is the claim as it stands in that language's article text when the article is translated;
 * {@code conclusion} translates {@code verdict} on a conclusion-only scale. Fields a translation leaves out are
 * null ({@code tags}, {@code notes}: empty). {@code translated} is the day the translation was made or last
 * brought up to date; {@code translatorId} a people id. {@code notes} translate the original's update notes, matched
 * by date.
 */
public record ClaimTranslation(String claimSlug, String articleSlug, String language, String headline,
                               String summary, String quote, String conclusion, String ratingExplanation,
                               String saidWhere, List<String> tags, String analysis, LocalDate translated,
                               String translatorId, List<UpdateNote> notes, Origin origin) {

    public ClaimTranslation {
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }

    /** One update note in the translation's language, for the original's update of the same date. */
    public record UpdateNote(LocalDate date, String note) {}

    /**
     * The note this translation gives each of {@code updates} (the original's, in their order), null for an update
     * it gives none: a note goes to the first update of its date that has none yet, so two updates of one day take
     * that day's notes in order. The one rule: {@link Claim#in} shows these notes, and the pages mark the others
     * as the original's words.
     */
    public List<String> notesFor(List<Update> updates) {
        List<UpdateNote> left = new java.util.ArrayList<>(notes);
        List<String> out = new java.util.ArrayList<>(updates.size());
        for (Update u : updates) {
            String note = null;
            for (java.util.Iterator<UpdateNote> it = left.iterator(); it.hasNext(); ) {
                UpdateNote n = it.next();
                if (n.date().equals(u.date())) {
                    it.remove();
                    note = n.note();
                    break;
                }
            }
            out.add(note);
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
