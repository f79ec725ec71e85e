package org.factpress.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Person;
import org.factpress.model.Rating;
import org.factpress.model.SourceArticle;
import org.factpress.text.Markdown;

/**
 * Resolves the checked model into what pages show, and the listings derived from it (by claimant, tag, rating).
 * Runs only on a library that passed the check stage. Every listing is newest first, as {@link #claims()}.
 */
public final class Views {
    private final Map<String, ClaimView> claims = new LinkedHashMap<>();
    private final Library library;
    private final Map<String, List<ClaimView>> byArticle = new HashMap<>();
    private final Map<String, List<ClaimView>> byClaimant = new HashMap<>();
    /** Grouped once: every archive page lists them. Urls are the site's one set, so the first call's stand. */
    private List<Claimant> claimants;
    private List<Tag> tags;
    private List<RatingGroup> ratings;

    /** Someone whose statements the desk checked, with those checks and their record of verdicts. */
    public record Claimant(Person person, String url, List<ClaimView> claims, VerdictChart chart) {}

    /** A tag with its page and checks. */
    public record Tag(String name, String url, List<ClaimView> claims) {}

    /** A rating of the scale with its page and the checks that got it (possibly none). */
    public record RatingGroup(Rating rating, String url, List<ClaimView> claims) {}

    public Views(Library library, Urls urls) {
        this.library = library;
        Map<String, SourceArticle> articles = library.articlesBySlug();
        // Rendering each analysis is the costly part; it is done in parallel, and the map keeps the
        // newest-first order whatever the thread count.
        List<ClaimView> views = library.publishedClaims().parallelStream().map(c -> {
            SourceArticle article = articles.get(c.articleSlug());
            String url = Urls.claim(c.slug());
            List<ClaimView.TagLink> tags = c.tags().stream()
                    .map(t -> new ClaimView.TagLink(t, urls.to(Urls.tag(t)))).toList();
            return new ClaimView(c, article,
                    library.person(c.claimantId()).orElseThrow(),
                    library.person(c.authorId()).orElseThrow(),
                    library.person(c.editorId()).orElse(null),
                    library.site().scale().find(c.ratingId()).orElseThrow(),
                    urls.to(url), urls.absolute(url), urls.to(Urls.article(article.slug())),
                    Markdown.toHtml(c.analysis()),
                    urls.to(Urls.person(c.claimantId())), urls.to(Urls.rating(c.ratingId())), tags);
        }).toList();
        for (ClaimView v : views) {
            claims.put(v.claim().slug(), v);
            byArticle.computeIfAbsent(v.article().slug(), k -> new ArrayList<>()).add(v);
            byClaimant.computeIfAbsent(v.claim().claimantId(), k -> new ArrayList<>()).add(v);
        }
    }

    /** Published claims, newest first. */
    public List<ClaimView> claims() {
        return List.copyOf(claims.values());
    }

    /** Published checks of quotes in {@code article}, newest first. */
    public List<ClaimView> claimsOf(SourceArticle article) {
        return byArticle.getOrDefault(article.slug(), List.of());
    }

    /** Other checks of the same claimant, for "more checks of ..." on a fact-check page. */
    public List<ClaimView> sameClaimant(ClaimView c) {
        return byClaimant.getOrDefault(c.claim().claimantId(), List.of()).stream().filter(v -> v != c).toList();
    }

    /** Other checks of quotes in the same source article. */
    public List<ClaimView> sameArticle(ClaimView c) {
        return claimsOf(c.article()).stream().filter(v -> v != c).toList();
    }

    /** Everyone with at least one published check, by name. */
    public synchronized List<Claimant> claimants(Urls urls) {
        if (claimants == null) {
            claimants = groupClaimants(urls);
        }
        return claimants;
    }

    private List<Claimant> groupClaimants(Urls urls) {
        Map<String, List<ClaimView>> by = new LinkedHashMap<>();
        for (ClaimView v : claims.values()) {
            by.computeIfAbsent(v.claim().claimantId(), k -> new ArrayList<>()).add(v);
        }
        return by.entrySet().stream()
                .map(e -> new Claimant(library.person(e.getKey()).orElseThrow(), urls.to(Urls.person(e.getKey())),
                        List.copyOf(e.getValue()), VerdictChart.of(library.site().scale(), e.getValue())))
                .sorted(Comparator.comparing((Claimant c) -> c.person().name()).thenComparing(c -> c.person().id()))
                .toList();
    }

    /** Every tag used by a published check, in alphabetical order. */
    public synchronized List<Tag> tags(Urls urls) {
        if (tags == null) {
            tags = groupTags(urls);
        }
        return tags;
    }

    private List<Tag> groupTags(Urls urls) {
        Map<String, List<ClaimView>> by = new TreeMap<>();
        for (ClaimView v : claims.values()) {
            for (String t : v.claim().tags()) {
                by.computeIfAbsent(t, k -> new ArrayList<>()).add(v);
            }
        }
        return by.entrySet().stream().map(e -> new Tag(e.getKey(), urls.to(Urls.tag(e.getKey())),
                List.copyOf(e.getValue()))).toList();
    }

    /** Each rating of the scale, best first, with its checks. */
    public synchronized List<RatingGroup> ratings(Urls urls) {
        if (ratings == null) {
            ratings = groupRatings(urls);
        }
        return ratings;
    }

    private List<RatingGroup> groupRatings(Urls urls) {
        return library.site().scale().ratings().stream()
                .map(r -> new RatingGroup(r, urls.to(Urls.rating(r.id())),
                        claims.values().stream().filter(v -> v.rating().id().equals(r.id())).toList()))
                .toList();
    }

    /** The latest date any of {@code views} changed, or null when there are none: pages' lastmod, feed's updated. */
    public static LocalDate lastChanged(Collection<ClaimView> views) {
        return views.stream().map(ClaimView::lastChanged).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }
}
