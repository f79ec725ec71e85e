package org.factpress.model;

/**
 * A source article in another language ({@code article.<code>.md} beside the original): its title and text, and
 * the publisher's own address for that translation when it has one ({@code url}, else null). Everything else is
 * the original's.
 */
public record ArticleTranslation(String articleSlug, String language, String title, String url, String body,
                                 int bodyLine, Origin origin) {}
