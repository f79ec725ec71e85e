package org.factpress.view;

/**
 * What a page's head says about it: its canonical URL (empty: not to be indexed), its title and description,
 * and the share card shown when it is shared (null: none).
 */
public record Head(String canonical, String pageTitle, String description, String ogImage) {
    public Head {
        description = description == null ? "" : description;
    }
}
