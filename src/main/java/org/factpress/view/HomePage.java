package org.factpress.view;

import java.util.List;

/** The home page: the latest checks and source articles, and where the rest are. */
public record HomePage(List<ClaimView> claims, List<ArticleLink> articles, int articleTotal, String articlesUrl,
                       String archiveUrl) {}
