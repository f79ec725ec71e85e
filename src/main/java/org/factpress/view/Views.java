package org.factpress.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.factpress.model.Update;
import org.factpress.text.Markdown;

/**
 * Resolves the checked model into what pages show, and the listings derived from it (by claimant, tag, rating).
 * Runs only on a library that passed the check stage. Every listing is newest first, as {@link #claims()}.
 */
public final class Views {
    /** Published checks that stand: every listing, feed, count and index reads these. */
    private final Map<String, ClaimView> claims = new LinkedHashMap<>();
    /** Every published check's page, withdrawn ones included (their pages stay, marked). */
    private final Map<String, ClaimView> pages = new LinkedHashMap<>();
    private final Library library;
    private final Urls urls;
    /** Lookups built once: an archive has tens of thousands of checks, so no scan per page. */
    private final Map<String, List<ClaimView>> byArticle = new java.util.HashMap<>();
    private final Map<String, List<ClaimView>> byClaimant = new java.util.HashMap<>();
    private final Map<String, List<ClaimView>> repeats = new java.util.HashMap<>();
    /** Grouped once: every archive page lists them. Urls are the site's one set, so the first call's stand. */
    private List<Claimant> claimantGroups;
    private List<Tag> tagGroups;
    private List<RatingGroup> ratingGroups;

    /** Someone whose statements the desk checked, with those checks and their record of verdicts. */
    public record Claimant(Person person, String url, List<ClaimView> claims, VerdictChart chart) {
        /** As pages name them: without the checks, which each page lists its own of. */
        public ClaimantSummary summary() {
            return new ClaimantSummary(person, url, claims.size(), chart);
        }
    }

    /** A tag with its page and checks. */
    public record Tag(String name, String url, List<ClaimView> claims) {
        public TagSummary summary() {
            return new TagSummary(name, url, claims.size());
        }
    }

    /** A rating of the scale with its page and the checks that got it (possibly none). */
    public record RatingGroup(Rating rating, String url, List<ClaimView> claims) {
        public RatingSummary summary() {
            return new RatingSummary(rating, url, claims.size());
        }
    }

    /*
     * What a page says of a group it does not list: how many checks, not which. A page's model is what it may
     * print, and what the next build compares to keep it (ModelDigest): a tag's heading holding its thousand
     * checks would have every page of the tag made again whenever any of them is edited.
     */

    /** A claimant, their page, how many of their statements were checked, and their record of verdicts. */
    public record ClaimantSummary(Person person, String url, int count, VerdictChart chart) {}

    /** A tag, its page, and how many checks carry it. */
    public record TagSummary(String name, String url, int count) {}

    /** A rating, its page, and how many checks got it. */
    public record RatingSummary(Rating rating, String url, int count) {}

    /** An analysis's Markdown to HTML, and whether the site keeps safe raw HTML in it. */
    @FunctionalInterface
    public interface AnalysisHtml {
        String of(String markdown, boolean safeHtml);
    }

    public Views(Library library, Urls urls) {
        this(library, urls, Markdown::toHtml);
    }

    /** As {@link #Views(Library, Urls)}, with analyses made HTML by {@code analyses} (serve keeps them). */
    public Views(Library library, Urls urls, AnalysisHtml analyses) {
        this.library = library;
        this.urls = urls;
        Map<String, SourceArticle> articles = library.articlesBySlug();
        // Rendering each analysis is the costly part: done in parallel (on the caller's pool), while the maps
        // keep the newest-first order whatever the thread count.
        String here = library.site().language();
        String first = library.site().defaultLanguage();
        List<ClaimView> views = library.publishedClaims().parallelStream().map(c -> {
            SourceArticle article = articles.get(c.articleSlug());
            String url = Urls.claim(c.slug());
            // An untranslated check is listed in this edition, but its page is the original's.
            boolean standsHere = library.standsHere(c);
            String standsIn = library.languageOf(c);
            Urls own = standsHere ? urls : urls.in(standsIn);
            boolean articleHere = library.standsHere(article);
            String articleIn = library.languageOf(article);
            Urls ofArticle = articleHere ? urls : urls.in(articleIn);
            // A translation's words it leaves out are the original's: marked so, and its tags link their own pages.
            ClaimView.InOriginal inOriginal = standsHere && !here.equals(first)
                    ? library.translation(c, here).map(t -> ClaimView.InOriginal.of(c, t, language(library, first)))
                    .orElse(null) : null;
            boolean tagsHere = standsHere && (inOriginal == null || !inOriginal.tags());
            Urls tagsIn = tagsHere ? urls : urls.in(first);
            org.factpress.model.Language tagsOriginal = tagsHere ? null : language(library, first);
            List<ClaimView.TagLink> tags = c.tags().stream()
                    .map(t -> new ClaimView.TagLink(t, tagsIn.to(Urls.tag(t)), tagsOriginal)).toList();
            Rating rating = library.site().scale().find(c.verdict().ratingId()).orElseThrow();
            String ratingUrl = urls.to(Urls.rating(c.verdict().ratingId()));
            if (library.site().scale().conclusionOnly()) {
                // No scale: the verdict is the claim's own words, explained on the methodology page.
                rating = new Rating(rating.id(), c.verdict().conclusion(), null, rating.meaning(), rating.colour());
                ratingUrl = urls.to(Urls.METHODOLOGY);
            }
            return new ClaimView(c, article,
                    library.person(c.statement().claimantId()).orElseThrow(),
                    library.person(c.byline().authorId()).orElseThrow(),
                    library.person(c.byline().editorId()).orElse(null),
                    rating,
                    own.to(url), own.absolute(url), ofArticle.to(Urls.article(article.slug())),
                    analyses.of(c.analysis(), library.site().safeHtml()),
                    urls.to(Urls.person(c.statement().claimantId())), ratingUrl, tags,
                    standsHere ? null : language(library, standsIn),
                    articleHere ? null : language(library, articleIn), inOriginal);
        }).toList();
        for (ClaimView v : views) {
            pages.put(v.claim().slug(), v);
            if (v.claim().circulation().sameAs() != null) {
                repeats.computeIfAbsent(v.claim().circulation().sameAs(), k -> new ArrayList<>()).add(v);
            }
            if (!v.claim().isWithdrawn()) {
                claims.put(v.claim().slug(), v);
                byArticle.computeIfAbsent(v.article().slug(), k -> new ArrayList<>()).add(v);
                byClaimant.computeIfAbsent(v.claim().statement().claimantId(), k -> new ArrayList<>()).add(v);
            }
        }
    }

    /** The site's language {@code code}, as site.yaml names it. */
    static org.factpress.model.Language language(Library library, String code) {
        return library.site().languages().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElse(new org.factpress.model.Language(code, code));
    }

    /** Whether {@code c} stands in this edition's language, so it has a page here ({@link Library#standsHere}). */
    boolean here(ClaimView c) {
        return library.standsHere(c.claim());
    }

    /** Whether {@code c}'s tags are words of this edition's language, so they have its tag pages. */
    static boolean tagsHere(ClaimView c) {
        return c.tags().stream().allMatch(t -> t.original() == null);
    }

    /**
     * Whether a claimant or tag has a page: only checks that stand make one, so a withdrawn check's page names
     * its claimant and tags without linking pages that do not exist. {@code originalTags}: in an edition, the
     * tags in the original's words of the checks here that stand, whose pages the original's edition has (it may
     * have more, from checks translated here with tags of their own).
     */
    public record Listed(java.util.Set<String> claimants, java.util.Set<String> tags,
                         java.util.Set<String> originalTags) {
        public Listed(java.util.Set<String> claimants, java.util.Set<String> tags) {
            this(claimants, tags, java.util.Set.of());
        }

        public boolean claimant(String id) {
            return claimants.contains(id);
        }

        public boolean tag(String name) {
            return tags.contains(name);
        }

        /** Whether {@code tag}'s page exists, in this edition or, for a tag in the original's words, in the original's. */
        public boolean has(ClaimView.TagLink tag) {
            return (tag.original() == null ? tags : originalTags).contains(tag.name());
        }
    }

    public Listed listed() {
        java.util.Set<String> people = new java.util.HashSet<>();
        java.util.Set<String> tags = new java.util.HashSet<>();
        java.util.Set<String> originalTags = new java.util.HashSet<>();
        for (ClaimView v : claims.values()) {
            people.add(v.claim().statement().claimantId());
            (tagsHere(v) ? tags : originalTags).addAll(v.claim().tags());
        }
        return new Listed(people, tags, originalTags);
    }

    /** The library (or its edition) these views show. */
    public Library library() {
        return library;
    }

    /** Every published check that gets a page, withdrawn ones included, newest first. */
    public List<ClaimView> pages() {
        return List.copyOf(pages.values());
    }

    /** The published check with slug {@code slug} that has a page (withdrawn ones too), or null. */
    public ClaimView claimPage(String slug) {
        return pages.get(slug);
    }

    /** The earlier check this one repeats ({@code same_as}), when it is published. */
    public ClaimView earlier(ClaimView c) {
        return c.claim().circulation().sameAs() == null ? null : pages.get(c.claim().circulation().sameAs());
    }

    /** Later checks of the same claim that point here with {@code same_as}, newest first. */
    public List<ClaimView> repeats(ClaimView c) {
        return repeats.getOrDefault(c.claim().slug(), List.of());
    }

    /** A check's updates as its page shows them, newest first, each with its anchor and, for a rating change, both verdicts. */
    public List<Correction> updates(ClaimView c) {
        List<Update> all = c.claim().updates();
        // The updates by date (the same date: in the file's order), each with its place in the file.
        List<Integer> order = java.util.stream.IntStream.range(0, all.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> all.get(i).date())).toList();
        List<Update> log = order.stream().map(all::get).toList();
        List<String> translatedNotes = translatedNotes(c);
        List<Correction> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            Update u = log.get(i);
            Rating from = null;
            Rating to = null;
            if (u.type() == Update.Type.RATING_CHANGE) {
                from = library.site().scale().find(u.previousRatingId()).orElse(null);
                to = c.rating();
                for (Update later : log.subList(i + 1, log.size())) {
                    if (later.type() == Update.Type.RATING_CHANGE) {
                        to = library.site().scale().find(later.previousRatingId()).orElse(to);
                        break;
                    }
                }
            }
            String anchor = "update-" + (i + 1);
            out.add(new Correction(c, u, from, to, anchor, c.url() + "#" + anchor, c.absoluteUrl() + "#" + anchor,
                    noteOriginal(c, translatedNotes != null && translatedNotes.get(order.get(i)) != null)));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * The notes {@code c}'s translation into this edition gives its updates, by their place in the file (null for
     * one it gives none), as {@link org.factpress.model.Claim#in} showed them; null when there is no translation.
     */
    private List<String> translatedNotes(ClaimView c) {
        String here = library.site().language();
        if (c.original() != null || here.equals(library.site().defaultLanguage())) {
            return null;
        }
        return library.translation(c.claim(), here).map(t -> t.notesFor(c.claim().updates())).orElse(null);
    }

    /**
     * The language an update's note stands in when it is not this edition's, else null: the original's when the
     * check or that note ({@code translated}: whether its translation gives it) is not translated into it.
     */
    private org.factpress.model.Language noteOriginal(ClaimView c, boolean translated) {
        if (c.original() != null) {
            return c.original();
        }
        if (library.site().language().equals(library.site().defaultLanguage()) || translated) {
            return null;
        }
        return language(library, library.site().defaultLanguage());
    }

    /**
     * The change this check's translation in this edition predates, or null (the default edition, no translation,
     * or one up to date): the note its page and its prints carry.
     */
    public StaleTranslation stale(ClaimView c) {
        return StaleTranslation.of(library, c.claim(), updates(c), urls);
    }

    /** A check's update log as its page and its prints show it. */
    public UpdateLog log(ClaimView c) {
        return UpdateLog.of(updates(c));
    }

    /** The update logs of {@code checks}, by slug: what an article's brief lists under each. */
    public Map<String, UpdateLog> logs(List<ClaimView> checks) {
        Map<String, UpdateLog> out = new java.util.HashMap<>();
        checks.forEach(c -> out.put(c.claim().slug(), log(c)));
        return out;
    }

    /**
     * Every correction, rating change and withdrawal across published checks, newest first (then by check):
     * the corrections page and the feed's correction entries. Plain updates are not corrections.
     */
    public List<Correction> corrections() {
        return pages.values().stream().flatMap(v -> updates(v).stream())
                .filter(u -> u.update().isCorrection())
                .sorted(Comparator.comparing((Correction u) -> u.update().date()).reversed()
                        .thenComparing(u -> u.check().claim().slug()).thenComparing(Correction::anchor))
                .toList();
    }

    /** Published claims, newest first. */
    public List<ClaimView> claims() {
        return List.copyOf(claims.values());
    }

    /** Published checks that stand of quotes in {@code article}, newest first. */
    public List<ClaimView> claimsOf(SourceArticle article) {
        return byArticle.getOrDefault(article.slug(), List.of());
    }

    /** How many related checks a fact-check page lists; the claimant's and article's pages list them all. */
    public static final int RELATED = 5;

    /** The latest other checks of the same claimant, for "more checks of ..." on a fact-check page. */
    public List<ClaimView> sameClaimant(ClaimView c) {
        return byClaimant.getOrDefault(c.claim().statement().claimantId(), List.of()).stream().filter(v -> v != c)
                .limit(RELATED).toList();
    }

    /** How many checks of this check's claimant stand, this one included when it stands. */
    public int claimantTotal(ClaimView c) {
        return byClaimant.getOrDefault(c.claim().statement().claimantId(), List.of()).size();
    }

    /** The latest other checks of quotes in the same source article, less those {@link #sameClaimant} lists. */
    public List<ClaimView> sameArticle(ClaimView c) {
        List<ClaimView> listed = sameClaimant(c);
        return claimsOf(c.article()).stream().filter(v -> v != c && listed.stream().noneMatch(l -> l == v)).limit(RELATED).toList();
    }

    /** Everyone with at least one published check, by name. */
    public synchronized List<Claimant> claimants(Urls urls) {
        if (claimantGroups == null) {
            claimantGroups = groupClaimants(urls);
        }
        return claimantGroups;
    }

    private List<Claimant> groupClaimants(Urls urls) {
        Map<String, List<ClaimView>> by = new LinkedHashMap<>();
        for (ClaimView v : claims.values()) {
            by.computeIfAbsent(v.claim().statement().claimantId(), k -> new ArrayList<>()).add(v);
        }
        return by.entrySet().stream()
                .map(e -> new Claimant(library.person(e.getKey()).orElseThrow(), urls.to(Urls.person(e.getKey())),
                        List.copyOf(e.getValue()), VerdictChart.of(library.site().scale(), e.getValue())))
                .sorted(Comparator.comparing((Claimant c) -> c.person().name()).thenComparing(c -> c.person().id()))
                .toList();
    }

    /** Every tag used by a published check, in alphabetical order: in an edition, those in its language. */
    public synchronized List<Tag> tags(Urls urls) {
        if (tagGroups == null) {
            tagGroups = groupTags(urls);
        }
        return tagGroups;
    }

    private List<Tag> groupTags(Urls urls) {
        Map<String, List<ClaimView>> by = new TreeMap<>();
        for (ClaimView v : claims.values()) {
            if (!tagsHere(v)) {
                continue; // words of the original's language: the original's edition has their pages
            }
            for (String t : v.claim().tags()) {
                by.computeIfAbsent(t, k -> new ArrayList<>()).add(v);
            }
        }
        return by.entrySet().stream().map(e -> new Tag(e.getKey(), urls.to(Urls.tag(e.getKey())),
                List.copyOf(e.getValue()))).toList();
    }

    /** Each rating of the scale, best first, with its checks. */
    public synchronized List<RatingGroup> ratings(Urls urls) {
        if (ratingGroups == null) {
            ratingGroups = groupRatings(urls);
        }
        return ratingGroups;
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
