package org.factpress.model;

import java.time.LocalDate;

/** The text that made the claims: a news article, a post, a transcript. The body is Markdown. */
public record SourceArticle(String slug, String title, String publisher, String url, LocalDate published,
                            String author, String archivedUrl, String body, int bodyLine, Origin origin) {}
