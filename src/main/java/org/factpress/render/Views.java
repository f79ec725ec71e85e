package org.factpress.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.text.Markdown;

/** Resolves the checked model into what pages show. Runs only on a library that passed the check stage. */
public final class Views {
    private final Map<String, ClaimView> claims = new LinkedHashMap<>();

    public Views(Library library, Urls urls) {
        Map<String, SourceArticle> articles = library.articlesBySlug();
        for (Claim c : library.publishedClaims()) {
            SourceArticle article = articles.get(c.articleSlug());
            String url = Urls.claim(c.slug());
            claims.put(c.slug(), new ClaimView(c, article,
                    library.person(c.claimantId()).orElseThrow(),
                    library.person(c.authorId()).orElseThrow(),
                    library.person(c.editorId()).orElse(null),
                    library.site().scale().find(c.ratingId()).orElseThrow(),
                    urls.to(url), urls.absolute(url), urls.to(Urls.article(article.slug())),
                    Markdown.toHtml(c.analysis(), library.site().safeHtml())));
        }
    }

    /** Published claims, newest first. */
    public List<ClaimView> claims() {
        return List.copyOf(claims.values());
    }

    public List<ClaimView> claimsOf(SourceArticle article) {
        List<ClaimView> out = new ArrayList<>();
        for (ClaimView v : claims.values()) {
            if (v.article().slug().equals(article.slug())) {
                out.add(v);
            }
        }
        return out;
    }
}
