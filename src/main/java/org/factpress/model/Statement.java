package org.factpress.model;

import java.time.LocalDate;

/**
 * What was said and who said it, where and when. {@code occurrence} picks which of a repeated quote in the
 * source article is meant (null: the first); the claimant is held by id.
 */
public record Statement(String quote, Integer occurrence, String claimantId, LocalDate saidOn, String saidWhere) {}
