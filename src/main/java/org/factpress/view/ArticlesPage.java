package org.factpress.view;

/** A page of every source article, newest first, each with its number of checks. */
public record ArticlesPage(ListPage<ArticleLink> articles) {}
