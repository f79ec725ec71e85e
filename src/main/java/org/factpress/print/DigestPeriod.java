package org.factpress.print;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.TreeMap;

/** A span of days a digest report covers, with the name its file takes ({@code 2025-02}, {@code 2025-Q1}, {@code 2025}). */
public record DigestPeriod(String name, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The period of kind {@code digest} (monthly, quarterly, yearly) that holds {@code d}. */
    public static DigestPeriod of(String digest, LocalDate d) {
        return switch (digest) {
            case "monthly" -> new DigestPeriod(String.format("%04d-%02d", d.getYear(), d.getMonthValue()),
                    d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()));
            case "quarterly" -> {
                int q = d.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate start = LocalDate.of(d.getYear(), (q - 1) * 3 + 1, 1);
                yield new DigestPeriod(d.getYear() + "-Q" + q, start, start.plusMonths(3).minusDays(1));
            }
            case "yearly" -> new DigestPeriod(String.valueOf(d.getYear()), d.withDayOfYear(1),
                    d.withDayOfYear(d.lengthOfYear()));
            default -> throw new IllegalArgumentException("no digest period '" + digest + "'");
        };
    }

    /** Every period of kind {@code digest} in which something was published, oldest first; none for "none". */
    public static List<DigestPeriod> covering(String digest, List<LocalDate> published) {
        if (digest.equals("none")) {
            return List.of();
        }
        TreeMap<LocalDate, DigestPeriod> periods = new TreeMap<>();
        for (LocalDate d : published) {
            DigestPeriod p = of(digest, d);
            periods.put(p.from(), p);
        }
        return List.copyOf(periods.values());
    }
}
