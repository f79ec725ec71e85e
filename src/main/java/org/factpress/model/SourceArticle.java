package org.factpress.model;

import java.time.LocalDate;

/** The text that made the claims: a news article, a post, a transcript. The body is Markdown. */
public record SourceArticle(String slug, String title, String publisher, String url, LocalDate published,
                            String author, String archivedUrl, String body, int bodyLine, Origin origin) {
    /** The article in a translation's words: its title, text and, when the publisher has one, its address. */
    public SourceArticle in(ArticleTranslation t) {
        return new SourceArticle(slug, t.title() != null ? t.title() : title, publisher, t.url() != null ? t.url() : url,
                published, author, archivedUrl, t.body(), t.bodyLine(), origin);
    }
}
