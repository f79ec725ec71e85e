package org.factpress.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A translation older than a change to its original: the original was updated, corrected, re-rated or withdrawn
 * after the day the translation was made or last brought up to date, so the translation may no longer say what the
 * original says. {@code change} is the original's latest such update, or null when the only later change is its
 * {@code updated} date; {@code changed} is that change's day. For a re-rating, {@code ratingAfter} is the rating it
 * gave (the next re-rating's previous one, else the rating the check has now); null otherwise.
 */
public record Staleness(LocalDate translated, LocalDate changed, Update change, String ratingAfter) {

    /** Whether {@code translation} predates a change to {@code original}, and which: the latest one after it. */
    public static Optional<Staleness> of(Claim original, ClaimTranslation translation) {
        LocalDate translated = translation.translated();
        if (translated == null) {
            return Optional.empty();
        }
        List<Update> updates = original.updates();
        int latest = -1;
        for (int i = 0; i < updates.size(); i++) {
            LocalDate d = updates.get(i).date();
            if (d.isAfter(translated) && (latest < 0 || !d.isBefore(updates.get(latest).date()))) {
                latest = i;
            }
        }
        LocalDate updated = original.byline().updated();
        if (latest >= 0 && (updated == null || !updated.isAfter(updates.get(latest).date()))) {
            Update u = updates.get(latest);
            return Optional.of(new Staleness(translated, u.date(), u,
                    u.type() == Update.Type.RATING_CHANGE ? ratingAfter(original, latest) : null));
        }
        if (updated != null && updated.isAfter(translated)) {
            return Optional.of(new Staleness(translated, updated, null, null));
        }
        return Optional.empty();
    }

    private static String ratingAfter(Claim original, int change) {
        List<Update> updates = original.updates();
        return updates.stream().skip(change + 1L).filter(u -> u.type() == Update.Type.RATING_CHANGE)
                .filter(u -> !u.date().isBefore(updates.get(change).date())).map(Update::previousRatingId)
                .findFirst().orElse(original.verdict().ratingId());
    }

    /** The original's verdict changed after the translation. */
    public boolean rerated() {
        return change != null && change.type() == Update.Type.RATING_CHANGE;
    }

    /** What happened to the original, in check's words: "re-rated mostly-true -> missing-context on 2025-03-06". */
    public String describe() {
        String what = change == null ? "updated ('updated')" : switch (change.type()) {
            case RATING_CHANGE -> "re-rated " + change.previousRatingId() + " -> " + ratingAfter;
            case CORRECTION -> "corrected";
            case VOID -> "withdrawn";
            case UPDATE -> "updated";
        };
        return what + " on " + changed;
    }
}
