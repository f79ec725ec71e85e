package org.factpress.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day "in the future" is measured from. Only warnings depend on it, never the output. FACTPRESS_TODAY
 * (YYYY-MM-DD, environment variable or system property) fixes it, for CI runs and tests that must not age.
 */
public final class Today {
    public static final String VARIABLE = "FACTPRESS_TODAY";

    private Today() {}

    public static LocalDate fromEnvironment() {
        return fromEnvironment(Clock.systemDefaultZone());
    }

    static LocalDate fromEnvironment(Clock clock) {
        String fixed = System.getProperty(VARIABLE, System.getenv(VARIABLE));
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
