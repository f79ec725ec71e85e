package org.factpress.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A translation older than a change to its original: the original was updated, corrected, re-rated or withdrawn
 * after the day the translation was made or last brought up to date, so the translation may no longer say what the
 * original says.
 *
 * <p>Every change after {@code translated} counts ({@link #changes}, their days in date order); the one reported
 * ({@code change}, on {@code changed}) is the most serious of them: a withdrawal, then a re-rating, then a
 * correction, then an update, the latest of that kind. An {@code updated:} day no update is dated counts as a
 * change of its own, of an update's kind; {@code change} is null when that is the one reported. A change on the {@code translated} day itself does not count: dates carry no hour, and a
 * translator who brought the words up to date that day must be able to say so. For a re-rating,
 * {@code ratingAfter} is the rating it gave (the next re-rating's previous one, else the rating the check has now);
 * null otherwise.
 */
public record Staleness(LocalDate translated, LocalDate changed, Update change, String ratingAfter,
                        List<LocalDate> changes) {

    public Staleness {
        changes = List.copyOf(changes);
    }

    /** Whether {@code translation} predates a change to {@code original}, and which: the most serious after it. */
    public static Optional<Staleness> of(Claim original, ClaimTranslation translation) {
        LocalDate translated = translation.translated();
        if (translated == null) {
            return Optional.empty();
        }
        List<Update> updates = original.updates();
        List<LocalDate> days = new ArrayList<>();
        int worst = -1;
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            if (!u.date().isAfter(translated)) {
                continue;
            }
            days.add(u.date());
            if (worst < 0 || moreSerious(u, updates.get(worst))) {
                worst = i;
            }
        }
        LocalDate updated = original.byline().updated();
        boolean updatedAlone = updated != null && updated.isAfter(translated)
                && updates.stream().noneMatch(u -> u.date().equals(updated));
        if (updatedAlone) {
            days.add(updated);
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        days.sort(null);
        if (worst < 0 || updates.get(worst).type() == Update.Type.UPDATE && updatedAlone
                && updated.isAfter(updates.get(worst).date())) {
            // only plain updates, the latest of them the bare 'updated' date
            return Optional.of(new Staleness(translated, updated, null, null, days));
        }
        Update u = updates.get(worst);
        return Optional.of(new Staleness(translated, u.date(), u,
                u.type() == Update.Type.RATING_CHANGE ? ratingAfter(original, worst) : null, days));
    }

    /** How serious a kind of change is for a translation: a withdrawal most, a plain update least. */
    static int seriousness(Update.Type type) {
        return switch (type) {
            case VOID -> 3;
            case RATING_CHANGE -> 2;
            case CORRECTION -> 1;
            case UPDATE -> 0;
        };
    }

    /** {@code a} is of a more serious kind than {@code b}, or of the same kind and not earlier (later in the list). */
    private static boolean moreSerious(Update a, Update b) {
        int d = seriousness(a.type()) - seriousness(b.type());
        return d != 0 ? d > 0 : !a.date().isBefore(b.date());
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

    /**
     * What happened to the original, in check's words: "re-rated mostly-true -> missing-context on 2025-03-06"; with
     * more than one change, which is reported among how many, and their days.
     */
    public String describe() {
        String what = change == null ? "updated ('updated')" : switch (change.type()) {
            case RATING_CHANGE -> "re-rated " + change.previousRatingId() + " -> " + ratingAfter;
            case CORRECTION -> "corrected";
            case VOID -> "withdrawn";
            case UPDATE -> "updated";
        };
        String said = what + " on " + changed;
        if (changes.size() < 2) {
            return said;
        }
        return said + ", the most serious of " + changes.size() + " changes the translation predates ("
                + String.join(", ", changes.stream().map(LocalDate::toString).toList()) + ")";
    }
}
