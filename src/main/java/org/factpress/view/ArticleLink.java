package org.factpress.view;

import java.time.LocalDate;

/** A source article in a list: what the list shows of it, its page here, and how many checks stand on it. */
public record ArticleLink(String slug, String title, String publisher, LocalDate published, String url, int checks) {}
