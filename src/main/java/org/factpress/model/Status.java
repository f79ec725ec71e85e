package org.factpress.model;

/** Whether a check is out for readers. Drafts are loaded and checked but not published. */
public enum Status {
    PUBLISHED, DRAFT
}
