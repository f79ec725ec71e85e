package org.factpress.model;

/**
 * Whether a check is out for readers. Drafts are loaded and checked but not published; the preview shows them
 * ({@code PREVIEWED}: listed and paged as if published, marked as drafts in the site's words).
 */
public enum Status {
    PUBLISHED, DRAFT, PREVIEWED;

    /** The statuses an editor writes in 'status:', as written; {@code PREVIEWED} is the preview's own. */
    public static java.util.List<String> written() {
        return java.util.List.of("published", "draft");
    }
}
