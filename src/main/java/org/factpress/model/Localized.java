package org.factpress.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text the desk writes in site.yaml ({@code title}, {@code about.methodology}, ...): one text for every language,
 * or one per language code. {@code text} is the one an edition shows (null when the desk gave none); {@code language}
 * the code it is written in when the desk wrote it per language (null for a plain text, every language's, so never
 * marked); {@code byLanguage} every language's text as the desk gave it (empty for a plain text).
 */
public record Localized(String text, String language, Map<String, String> byLanguage) {

    public Localized {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** One text for every language (or none: null). */
    public static Localized plain(String text) {
        return new Localized(text, null, Map.of());
    }

    /** No text. */
    public static Localized none() {
        return plain(null);
    }

    /**
     * The text in {@code code}: its own where the desk wrote one, else the default language's (else the first
     * given), with the language it is in, so a page in {@code code} can mark a text in another.
     */
    public Localized in(String code, String defaultCode) {
        if (byLanguage.isEmpty()) {
            return this;
        }
        String shown = byLanguage.containsKey(code) ? code
                : byLanguage.containsKey(defaultCode) ? defaultCode : byLanguage.keySet().iterator().next();
        return new Localized(byLanguage.get(shown), shown, byLanguage);
    }
}
