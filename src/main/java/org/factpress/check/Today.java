package org.factpress.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day "in the future" is measured from. Only warnings depend on it, never the output. FACTPRESS_TODAY
 * (YYYY-MM-DD, environment variable or system property), read once at the entry point, fixes it, for CI runs and
 * tests that must not age.
 */
public final class Today {
    public static final String VARIABLE = "FACTPRESS_TODAY";

    private Today() {}

    /** The day {@code fixed} (FACTPRESS_TODAY as read, may be null) names, or the clock's when it names none. */
    public static LocalDate of(String fixed) {
        return of(fixed, Clock.systemDefaultZone());
    }

    static LocalDate of(String fixed, Clock clock) {
        if (fixed != null && !fixed.isBlank()) {
            try {
                return LocalDate.parse(fixed.strip());
            } catch (DateTimeParseException e) {
                // A malformed override must not stop a build: fall back to the clock.
            }
        }
        return LocalDate.now(clock);
    }
}
