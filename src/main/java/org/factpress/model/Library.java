package org.factpress.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything loaded from a content folder: the immutable model the later stages read. */
public record Library(SiteConfig site, Map<String, Person> people, List<SourceArticle> articles, List<Claim> claims) {

    /** Newest first, then by slug, so every listing has one stable order. */
    public static final Comparator<Claim> NEWEST_FIRST =
            Comparator.comparing(Claim::published).reversed().thenComparing(Claim::slug);

    public Library {
        people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id).map(people::get);
    }

    public Optional<SourceArticle> article(String slug) {
        return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public List<Claim> claimsOf(SourceArticle article) {
        return claims.stream().filter(c -> c.articleSlug().equals(article.slug())).toList();
    }

    public List<Claim> publishedClaims() {
        return claims.stream().filter(Claim::isPublished).sorted(NEWEST_FIRST).toList();
    }

    public Map<String, SourceArticle> articlesBySlug() {
        return articles.stream().collect(Collectors.toMap(SourceArticle::slug, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
