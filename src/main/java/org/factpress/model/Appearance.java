package org.factpress.model;

import java.time.LocalDate;

/** Somewhere else the claim was made or repeated: a post, a speech, another article. */
public record Appearance(String url, LocalDate date, String title, boolean first) {}
