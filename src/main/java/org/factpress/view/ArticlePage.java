package org.factpress.view;

import java.util.List;
import org.factpress.model.SourceArticle;

/**
 * A source article's page: its text, marked where each check's quote is, and its checks. The marks are worked
 * out from this model when the page is rendered (html.ArticleHighlighter).
 *
 * @param briefUrl the article's brief, or null when the build makes none
 */
public record ArticlePage(SourceArticle a, List<ClaimView> checks, String briefUrl) {}
