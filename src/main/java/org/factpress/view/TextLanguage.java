package org.factpress.view;

import org.factpress.model.Localized;
import org.factpress.text.ThemeWords;

/**
 * The language one of the desk's own texts (site.yaml's title, an {@code about} text) is shown in, where it is not
 * the page's: an edition without its own text shows the default language's, marked with {@code lang} and
 * {@code dir} so readers' tools read it right.
 */
public record TextLanguage(String code, String dir) {

    /** The mark for {@code text} on a page in {@code pageLanguage}, or null when it needs none. */
    public static TextLanguage of(Localized text, String pageLanguage) {
        if (text.text() == null || text.language() == null || text.language().equals(pageLanguage)) {
            return null;
        }
        return of(text.language());
    }

    /** The mark for words in the language {@code code}: an untranslated check's, or a desk text's on paper. */
    public static TextLanguage of(String code) {
        return new TextLanguage(code, ThemeWords.dir(code));
    }
}
