package org.factpress.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which checks get print files, from site.yaml's {@code print}: for each kind ({@code fact_briefs}, {@code cards},
 * {@code article_briefs}) all of them, none, or those published in the last N months. The months are counted back
 * from the newest published check, not from the clock, so the same content builds the same site. A desk's lever
 * against GitHub Pages' 1 GB limit: pages link only to the files this lets the build make.
 */
public record PrintWindow(Span factBriefs, Span cards, Span articleBriefs, boolean byBudget) {
    /** How the value is written in site.yaml. */
    public static final String FORMS = "all, none or 'last N months' (e.g. last 12 months)";
    private static final Pattern LAST = Pattern.compile("last ([1-9][0-9]{0,3}) months?");

    /** As site.yaml chose it. */
    public PrintWindow(Span factBriefs, Span cards, Span articleBriefs) {
        this(factBriefs, cards, articleBriefs, false);
    }

    /** Every print file, chosen in site.yaml. */
    public static PrintWindow all() {
        return new PrintWindow(Span.ALL, Span.ALL, Span.ALL);
    }

    /**
     * The default, when site.yaml has no {@code print}: every print file while the site stays within 80% of its
     * budget, otherwise the newest checks' (the build works out from when: {@code build.PrintBudget}).
     */
    public static PrintWindow byBudgetDefault() {
        return new PrintWindow(Span.ALL, Span.ALL, Span.ALL, true);
    }

    /** Every kind of print file for the checks published on or after {@code first}. */
    public static PrintWindow since(LocalDate first) {
        Span s = new Span(-1, first);
        return new PrintWindow(s, s, s);
    }

    /** All, none, or the last {@code months} months (counted back from the newest check). */
    public record Span(int months, LocalDate since) {
        public static final Span ALL = new Span(-1);
        public static final Span NONE = new Span(0);

        /** The last {@code months} months: -1 all, 0 none. */
        public Span(int months) {
            this(months, null);
        }

        /** The span a site.yaml value names, or null when it names none. */
        public static Span parse(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (v.equals("all")) {
                return ALL;
            } else if (v.equals("none")) {
                return NONE;
            }
            Matcher m = LAST.matcher(v);
            return m.matches() ? new Span(Integer.parseInt(m.group(1))) : null;
        }

        /** Whether a check published on {@code published} is printed, when the newest check is of {@code newest}. */
        public boolean covers(LocalDate published, LocalDate newest) {
            if (since != null) {
                return published != null && !published.isBefore(since);
            }
            if (months < 0) {
                return true;
            }
            return months > 0 && published != null && newest != null && !published.isBefore(newest.minusMonths(months));
        }
    }
}
