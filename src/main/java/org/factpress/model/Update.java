package org.factpress.model;

import java.time.LocalDate;

/** A dated note shown to readers when a published check changed. */
public record Update(LocalDate date, String note) {}
