package org.factpress.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place a label the desk wrote (a tag, in any script) becomes a segment of its page's path. Unicode is
 * kept, as Hugo and browsers keep it: {@code Київ} is {@code tags/київ/} on disk, and percent-encoded only in links
 * (see {@code Urls}). The label itself is always shown as written.
 */
public final class PathSegment {
    private PathSegment() {}

    /**
     * NFC (so a letter typed composed or decomposed gives one path), lower-cased without regard to the machine's
     * language, and every run of white space, punctuation unsafe in a path on some system ({@code / \ ? # % : * " < >
     * | }), or control character folded to one '-', none at either end. Empty when nothing is left.
     */
    public static String of(String label) {
        String s = Normalizer.normalize(label.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean hyphen = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean fold = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || "/\\?#%:*\"<>|'.&+=,;!$@[]{}`^~()".indexOf(c) >= 0 || c == '-' || c == '_'
                    || Character.getType(c) == Character.FORMAT;
            if (fold) {
                hyphen = out.length() > 0;
            } else {
                if (hyphen) {
                    out.append('-');
                    hyphen = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
