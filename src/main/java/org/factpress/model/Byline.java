package org.factpress.model;

import java.time.LocalDate;

/** Who checked the claim and who edited the check (by id), and when the check was published and last updated. */
public record Byline(String authorId, String editorId, LocalDate published, LocalDate updated) {}
