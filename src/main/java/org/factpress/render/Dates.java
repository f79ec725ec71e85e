package org.factpress.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats for templates (Freemarker does not format java.time itself). */
public final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** "12 February 2025": what readers see. */
    public String display(LocalDate d) {
        return d == null ? "" : LONG.format(d);
    }

    /** "2025-02-12": for datetime attributes and structured data. */
    public String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** "2025-02-12T00:00:00Z": Atom's date-time (RFC 3339); the content has dates only, so midnight UTC. */
    public String atom(LocalDate d) {
        return d == null ? "" : d + "T00:00:00Z";
    }
}
