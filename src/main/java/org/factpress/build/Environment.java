package org.factpress.build;

import java.time.LocalDate;
import org.factpress.check.Today;

/**
 * What a run takes from the process's environment, read once at its entry point (the command line, serve's
 * start) and passed down: no stage reads the environment itself.
 *
 * @param sourceDateEpoch SOURCE_DATE_EPOCH: the date every PDF states, for reproducible builds (null: the content's)
 * @param fixedToday      FACTPRESS_TODAY: the day "a date in the future" is measured from (null: the clock's)
 */
public record Environment(String sourceDateEpoch, String fixedToday) {

    /** What "a date in the future" is measured from: FACTPRESS_TODAY's day, else the clock's (serve runs for days). */
    public LocalDate today() {
        return Today.of(fixedToday);
    }

    /** The one place the environment is read: SOURCE_DATE_EPOCH, and FACTPRESS_TODAY as a system property or variable. */
    public static Environment read() {
        return new Environment(System.getenv("SOURCE_DATE_EPOCH"),
                System.getProperty(Today.VARIABLE, System.getenv(Today.VARIABLE)));
    }

    /**
     * {@link #read}, after setting once what the JVM must have for the whole run (what printing needs): for the
     * entry points, before anything else runs.
     */
    public static Environment atEntry() {
        org.factpress.print.PdfLayout.settleJvm();
        return read();
    }
}
