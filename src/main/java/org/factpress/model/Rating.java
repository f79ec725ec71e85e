package org.factpress.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of a rating scale. {@code value} is the ClaimReview ratingValue; it is null for a label that stands
 * outside the numeric scale. {@code label} and {@code meaning} are in the site's default language; a desk's own
 * scale on a site of several languages gives them per language too ({@code labels}, {@code meanings}, by language
 * code; empty for the presets, whose words in each language the theme holds).
 */
public record Rating(String id, String label, Integer value, String meaning, String colour,
                     Map<String, String> labels, Map<String, String> meanings) {

    public Rating {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        meanings = Collections.unmodifiableMap(new TreeMap<>(meanings));
    }

    /** A rating in one language. */
    public Rating(String id, String label, Integer value, String meaning, String colour) {
        this(id, label, value, meaning, colour, Map.of(), Map.of());
    }

    /** This rating in {@code language}'s words where the desk gave them, else as it stands. */
    public Rating in(String language) {
        String l = labels.getOrDefault(language, label);
        String m = meanings.getOrDefault(language, meaning);
        return l.equals(label) && m.equals(meaning) ? this
                : new Rating(id, l, value, m, colour, labels, meanings);
    }
}
