package org.factpress.view;

import java.time.LocalDate;
import org.factpress.model.Language;

/**
 * A source article in a list: what the list shows of it, its page, and how many checks stand on it.
 * {@code original}: the language it stands in when not the list's (its page is then the original's); else null.
 */
public record ArticleLink(String slug, String title, String publisher, LocalDate published, String url, int checks,
                          Language original) {}
