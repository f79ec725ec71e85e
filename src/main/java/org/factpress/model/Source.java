package org.factpress.model;

import java.time.LocalDate;

/** A document a fact-check cites. */
public record Source(String title, String url, String publisher, LocalDate date, String archivedUrl) {}
