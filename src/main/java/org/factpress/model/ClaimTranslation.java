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
}
