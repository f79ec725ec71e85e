package org.factpress.load;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date written right (YYYY-MM-DD) that names no day of the calendar, such as 2025-02-30, said as such. */
final class NoSuchDay {
    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    private NoSuchDay() {}

    /** Why {@code text} is no day, e.g. "2025-02-30 does not exist: February 2025 has 28 days"; null otherwise. */
    static String of(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return text + " does not exist: the month (" + m.group(2) + ") must be 01 to 12";
        }
        // English month names: the messages of check are in English (ROOT would give "FEBRUARY").
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return text + " does not exist: " + name + " " + year + " has " + days + " days";
        }
        return null;
    }
}
