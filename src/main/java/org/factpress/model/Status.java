package org.factpress.model;

/**
 * Whether a check is out for readers. Drafts are loaded and checked but not published; the preview shows them
 * ({@code PREVIEWED}: listed and paged as if published, marked as drafts in the site's words).
 */
public enum Status {
    PUBLISHED, DRAFT, PREVIEWED
}
