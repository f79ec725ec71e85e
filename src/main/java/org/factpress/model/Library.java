package org.factpress.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from a content folder: the immutable model the later stages read. A class rather than a
 * record so it can keep its lookups by slug, built once: an archive has tens of thousands of claims.
 */
public final class Library {

    /** Newest first, then by slug, so every listing has one stable order. */
    public static final Comparator<Claim> NEWEST_FIRST =
            Comparator.comparing((Claim c) -> c.byline().published()).reversed().thenComparing(Claim::slug);

    private final SiteConfig site;
    private final Map<String, Person> people;
    private final List<SourceArticle> articles;
    private final List<Claim> claims;
    private final Map<String, SourceArticle> articlesBySlug;
    private final Map<String, List<Claim>> claimsByArticle;
    private final Unread unread;
    private final List<ClaimTranslation> claimTranslations;
    private final List<ArticleTranslation> articleTranslations;
    private final Map<String, ClaimTranslation> claimTranslationsByKey;
    private final Map<String, ArticleTranslation> articleTranslationsByKey;

    public Library(SiteConfig site, Map<String, Person> people, List<SourceArticle> articles, List<Claim> claims) {
        this(site, people, articles, claims, Unread.NONE);
    }

    /** {@code unread}: what the content holds but could not be loaded, for the checks (see {@link Unread}). */
    public Library(SiteConfig site, Map<String, Person> people, List<SourceArticle> articles, List<Claim> claims,
            Unread unread) {
        this(site, people, articles, claims, List.of(), List.of(), unread);
    }

    /** With the translations of checks and articles into the site's other languages. */
    public Library(SiteConfig site, Map<String, Person> people, List<SourceArticle> articles, List<Claim> claims,
            List<ClaimTranslation> claimTranslations, List<ArticleTranslation> articleTranslations, Unread unread) {
        this.site = site;
        this.claimTranslations = List.copyOf(claimTranslations);
        this.articleTranslations = List.copyOf(articleTranslations);
        this.claimTranslationsByKey = this.claimTranslations.stream().collect(Collectors.toMap(
                t -> key(t.language(), t.claimSlug()), Function.identity(), (a, b) -> a));
        this.articleTranslationsByKey = this.articleTranslations.stream().collect(Collectors.toMap(
                t -> key(t.language(), t.articleSlug()), Function.identity(), (a, b) -> a));
        this.unread = unread;
        this.people = Collections.unmodifiableMap(new LinkedHashMap<>(people));
        this.articles = List.copyOf(articles);
        this.claims = List.copyOf(claims);
        this.articlesBySlug = Collections.unmodifiableMap(this.articles.stream().collect(Collectors.toMap(
                SourceArticle::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.claimsByArticle = this.claims.stream().collect(Collectors.groupingBy(Claim::articleSlug,
                LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    public SiteConfig site() {
        return site;
    }

    public Map<String, Person> people() {
        return people;
    }

    public List<SourceArticle> articles() {
        return articles;
    }

    public List<Claim> claims() {
        return claims;
    }

    /** The same content under another site configuration (e.g. a base URL given on the command line). */
    public Library withSite(SiteConfig other) {
        return new Library(other, people, articles, claims, claimTranslations, articleTranslations, unread);
    }

    public Unread unread() {
        return unread;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id).map(people::get);
    }

    public Optional<SourceArticle> article(String slug) {
        return Optional.ofNullable(articlesBySlug.get(slug));
    }

    public List<Claim> claimsOf(SourceArticle article) {
        return claimsByArticle.getOrDefault(article.slug(), List.of());
    }

    public List<Claim> publishedClaims() {
        return claims.stream().filter(Claim::isPublished).sorted(NEWEST_FIRST).toList();
    }

    public Map<String, SourceArticle> articlesBySlug() {
        return articlesBySlug;
    }

    /** Every translated check, in every language but the default. */
    public List<ClaimTranslation> claimTranslations() {
        return claimTranslations;
    }

    /** Every translated source article, in every language but the default. */
    public List<ArticleTranslation> articleTranslations() {
        return articleTranslations;
    }

    /** The check's translation into {@code language}, if there is one. */
    public Optional<ClaimTranslation> translation(Claim claim, String language) {
        return Optional.ofNullable(claimTranslationsByKey.get(key(language, claim.slug())));
    }

    /** The article's translation into {@code language}, if there is one. */
    public Optional<ArticleTranslation> translation(SourceArticle article, String language) {
        return Optional.ofNullable(articleTranslationsByKey.get(key(language, article.slug())));
    }

    /**
     * Whether the check's translation into {@code language} predates a change to the check (see {@link Staleness}):
     * empty when it is up to date or there is no translation. The same in every edition.
     */
    public Optional<Staleness> staleness(Claim claim, String language) {
        return translation(claim, language).flatMap(t -> Staleness.of(claim, t));
    }

    private static String key(String language, String slug) {
        return language + '/' + slug;
    }

    /**
     * The site's edition in {@code code}, one of its languages: the same checks, each in its translation where it
     * has one and in the default language where not (see {@link #languageOf}); articles likewise. The verdicts,
     * people and dates are the same in every edition. The default language's edition is this library.
     */
    public Library edition(String code) {
        if (code.equals(site.defaultLanguage()) && code.equals(site.language())) {
            return this;
        }
        List<Claim> inCode = claims.stream().map(c -> translation(c, code).map(c::in).orElse(c)).toList();
        List<SourceArticle> articlesInCode =
                articles.stream().map(a -> translation(a, code).map(a::in).orElse(a)).toList();
        return new Library(site.inLanguage(code), people, articlesInCode, inCode, claimTranslations,
                articleTranslations, unread);
    }

    /** The language a check stands in here: this edition's when it is translated into it, else the default. */
    public String languageOf(Claim claim) {
        String here = site.language();
        return here.equals(site.defaultLanguage()) || translation(claim, here).isPresent()
                ? here : site.defaultLanguage();
    }

    /** The language an article stands in here: this edition's when it is translated into it, else the default. */
    public String languageOf(SourceArticle article) {
        String here = site.language();
        return here.equals(site.defaultLanguage()) || translation(article, here).isPresent()
                ? here : site.defaultLanguage();
    }

    /**
     * Whether the check stands in this edition's language: always in the default edition, in another when it is
     * translated into it. The one rule for what an edition has of a check: its page, its fact brief and card, and
     * its words unmarked in listings and the digest; else they are the original's, marked with its language.
     */
    public boolean standsHere(Claim claim) {
        return languageOf(claim).equals(site.language());
    }

    /** Whether the article stands in this edition's language (see {@link #standsHere(Claim)}): its page and brief. */
    public boolean standsHere(SourceArticle article) {
        return languageOf(article).equals(site.language());
    }
}
