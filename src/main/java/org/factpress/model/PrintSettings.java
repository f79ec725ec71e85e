package org.factpress.model;

import java.util.List;

/**
 * How the desk prints, from site.yaml: the paper its PDFs are laid out on ({@code page_size}: A4 or letter) and
 * the period of the digest report the build makes ({@code digest}: monthly, quarterly, yearly or none), and which
 * checks get fact briefs, cards and article briefs ({@code print}).
 */
public record PrintSettings(String pageSize, String digest, PrintWindow window) {
    public static final List<String> PAGE_SIZES = List.of("A4", "letter");
    public static final List<String> DIGESTS = List.of("monthly", "quarterly", "yearly", "none");

    public static PrintSettings defaults() {
        return new PrintSettings("A4", "monthly", PrintWindow.byBudgetDefault());
    }
}
