package org.factpress.load;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the content's folders and files may be called: the one rule {@code check} applies to the content and
 * {@code new} to the names it is given.
 */
public final class FileNames {
    private FileNames() {}

    /** Lower-case words joined by hyphens: safe as a folder name and a URL path on every system. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_SLUG = 100;
    /**
     * Slugs that are valid on paper but not as names of folders and files: Windows' device names (a folder "con"
     * cannot be created or checked out there) and names the site keeps for its own pages.
     */
    static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9", "index", "page", "static", "feed");

    /** Why a name cannot be used, and what to use instead. */
    public record Refusal(String message, String hint) {}

    /**
     * Null when {@code slug} may name an article folder or a claim file; else why not. {@code what} names it in
     * the message: "article folder", "claim file name", "claim slug".
     */
    public static Refusal slugRefusal(String slug, String what) {
        if (RESERVED.contains(slug)) {
            return new Refusal(what + " '" + slug + "' is a reserved name", "reserved: con, nul, aux, prn, com0-9,"
                    + " lpt0-9 (Windows devices) and index, page, static, feed (the site's own); e.g. " + slug + "-report");
        }
        if (slug.length() <= MAX_SLUG && SLUG.matcher(slug).matches()) {
            return null;
        }
        return new Refusal(what + " '" + slug + "' is not a valid slug",
                "use lower-case letters, digits and single hyphens (at most " + MAX_SLUG + " characters), e.g. "
                        + suggestSlug(slug));
    }

    /** A slug made of {@code s}: accents dropped, lower case, everything else a hyphen. */
    static String suggestSlug(String s) {
        String base = s.endsWith(".md") ? s.substring(0, s.length() - 3) : s;
        String slug = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "my-slug" : slug.substring(0, Math.min(slug.length(), MAX_SLUG));
    }

    /**
     * Null for a name the loader reads ({@code .md}) or one it has no reason to (an image, notes); else, for a
     * file that looks meant as a claim or translation but is not read ({@code Millions.MD}, {@code x.markdown}),
     * why and the name to give it.
     */
    static Refusal unreadMarkdown(String fileName) {
        if (fileName.endsWith(".md")) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        String base;
        if (lower.endsWith(".md")) {
            base = fileName.substring(0, fileName.length() - 3);
        } else if (lower.endsWith(".markdown")) {
            base = fileName.substring(0, fileName.length() - ".markdown".length());
        } else {
            return null;
        }
        return new Refusal("file '" + fileName + "' is not read: content files end in '.md', in lower case",
                "rename it " + suggestSlug(base) + ".md");
    }
}
