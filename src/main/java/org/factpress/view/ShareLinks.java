package org.factpress.view;

import java.util.List;

/**
 * Share links for a fact-check: plain links to each service's own share form, so the page loads nothing from
 * them (no widgets, no scripts, no tracking) until a reader chooses to share.
 */
public final class ShareLinks {
    /** One service: what the link says, and where it goes. */
    public record Link(String service, String url) {}

    private ShareLinks() {}

    public static List<Link> of(String title, String absoluteUrl) {
        String u = Urls.query(absoluteUrl);
        String t = Urls.query(title);
        return List.of(
                new Link("Email", "mailto:?subject=" + t + "&body=" + u),
                new Link("Bluesky", "https://bsky.app/intent/compose?text=" + Urls.query(title + " " + absoluteUrl)),
                new Link("X", "https://x.com/intent/post?text=" + t + "&url=" + u),
                new Link("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new Link("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u));
    }
}
