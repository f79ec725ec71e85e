package org.factpress.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dated note shown to readers when a published check changed. {@code previousRatingId} is the verdict a
 * rating change replaced; a {@link Type#VOID} withdraws the check (its page stays, marked, out of every listing).
 */
public record Update(LocalDate date, String note, Type type, String previousRatingId) {

    /** What kind of change: readers and the corrections page tell a fixed error from a note added later. */
    public enum Type {
        CORRECTION, UPDATE, RATING_CHANGE, VOID;

        /** The word editors write in {@code type:}, e.g. {@code rating-change}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Type> of(String id) {
            for (Type t : values()) {
                if (t.id().equals(id)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Type::id).toList();
        }
    }

    public Update(LocalDate date, String note) {
        this(date, note, Type.UPDATE, null);
    }

    /** Corrections, rating changes and withdrawals go on the corrections page; plain updates do not. */
    public boolean isCorrection() {
        return type != Type.UPDATE;
    }
}
