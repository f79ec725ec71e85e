package org.factpress.text;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Links in editors' Markdown that the site does not publish as links. A protocol-relative address
 * ({@code //host/path}, or {@code /\host} and {@code \\host}, which browsers read the same) leads to another site
 * while looking like one of the site's own pages: it is neither an external link (those get
 * {@code rel="nofollow noopener"}) nor a page of the site, so {@code check} refuses it and the page shows its text.
 */
public final class MarkdownLinks {
    private MarkdownLinks() {}

    /** Two slashes of either kind not after a scheme's colon, or a character reference: cheap to look for first. */
    private static final Pattern MAY_HOLD = Pattern.compile("(?<!:)[/\\\\][/\\\\]|&#|&sol;|&bsol;", Pattern.CASE_INSENSITIVE);

    /** Whether a link to {@code href} leads to another host without naming its scheme. */
    public static boolean protocolRelative(String href) {
        // Browsers drop tabs and line breaks inside an address and read '\' as '/' in web addresses.
        String s = href.replaceAll("[\\x00-\\x20]", "");
        return s.length() >= 2 && (s.charAt(0) == '/' || s.charAt(0) == '\\') && (s.charAt(1) == '/' || s.charAt(1) == '\\');
    }

    /** A link's address and where it starts in the Markdown (a character offset). */
    public record Found(String address, int offset) {}

    /** Every link or link reference in {@code markdown} whose address is {@link #protocolRelative}. */
    public static List<Found> protocolRelativeIn(String markdown) {
        if (markdown == null || !MAY_HOLD.matcher(markdown).find() || MarkdownDepth.tooDeep(markdown)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        try {
            for (Node n : Markdown.PLAIN_PARSER.parse(markdown).getDescendants()) {
                BasedSequence url = n instanceof LinkNodeBase l ? l.getUrl() : n instanceof Reference r ? r.getUrl() : null;
                if (url != null && !url.isEmpty() && protocolRelative(url.unescape())) {
                    found.add(new Found(url.unescape(), url.getStartOffset()));
                }
            }
        } catch (StackOverflowError e) {
            return List.of(); // too deep to parse: shown as text, with no link at all
        }
        return found;
    }
}
