package org.factpress.load;

/** Dates as editors write them, for the command line too: the same words as check's. */
public final class Dates {
    private Dates() {}

    /** Why {@code text} (written YYYY-MM-DD) names no day, e.g. "2025-02-30 does not exist: ..."; else null. */
    public static String noSuchDay(String text) {
        return NoSuchDay.of(text);
    }
}
