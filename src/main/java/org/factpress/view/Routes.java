package org.factpress.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.factpress.model.Appearance;
import org.factpress.model.Library;
import org.factpress.model.SiteConfig;
import org.factpress.model.SourceArticle;
import org.factpress.text.Markdown;
import org.factpress.text.ThemeWords;

/**
 * The site's route table: every HTML page, the file it is written to and how its model is made, built once from
 * the library. The build renders every route; the preview renders the one asked for, found here by its file, so
 * no code works out from a path which check, tag or person a page is of.
 */
public final class Routes {
    /** The latest checks and source articles on the home page; the rest are a link away. */
    public static final int HOME_CHECKS = 20;
    public static final int HOME_ARTICLES = 10;
    /** The latest checks on the page for a link that leads nowhere. */
    static final int NOT_FOUND_CHECKS = 5;

    private final Library library;
    private final Views views;
    private final Urls urls;
    private final ThemeWords words;
    private final Printed printed;
    /** The pages kind by kind, in the order they are rendered. */
    private final List<List<Route>> kinds;
    private final Map<String, Route> byFile;
    /** The files of pages no other edition translates: tags' pages (a tag is a word of its edition's language). */
    private final java.util.Set<String> untranslatable;
    private Views.Listed listed;

    /** {@code words}: the theme's words in the site's language (page titles and descriptions). */
    public Routes(Library library, Views views, Urls urls, ThemeWords words, Printed printed) {
        this.library = library;
        this.views = views;
        this.urls = urls;
        this.words = words;
        this.printed = printed;
        List<List<Route>> k = new ArrayList<>();
        k.add(List.of(home()));
        // An edition has a page for each check and article in its language; the others are the original's.
        k.add(views.pages().stream().filter(views::here).map(this::claim).toList());
        k.add(library.articles().stream().filter(library::standsHere).map(this::article).toList());
        k.add(articles());
        k.add(views.claimants(urls).stream().flatMap(p -> claimant(p).stream()).toList());
        if (!library.site().scale().conclusionOnly()) {
            k.add(views.ratings(urls).stream().flatMap(r -> rating(r).stream()).toList());
        }
        List<Route> tags = views.tags(urls).stream().flatMap(t -> tag(t).stream()).toList();
        k.add(tags);
        this.untranslatable = tags.stream().map(Route::file).collect(java.util.stream.Collectors.toUnmodifiableSet());
        k.add(archive());
        k.add(List.of(methodology(), about(), corrections(), search(), notFound()));
        this.kinds = List.copyOf(k);
        Map<String, Route> all = new LinkedHashMap<>();
        kinds.forEach(routes -> routes.forEach(r -> all.put(r.file(), r)));
        this.byFile = Collections.unmodifiableMap(all);
    }

    /** Every page, kind by kind (the home page, fact-checks, articles, ...), in the order they are rendered. */
    public List<List<Route>> kinds() {
        return kinds;
    }

    /** Every page by its file, in the order they are rendered. */
    public Map<String, Route> all() {
        return byFile;
    }

    /**
     * Whether the page at {@code r} may have translations, the pages at the same path in the other editions: not a
     * tag's page, whose tag is a word of one language (the same word in another edition is another tag).
     */
    public boolean translatable(Route r) {
        return !untranslatable.contains(r.file());
    }

    /** The page written at {@code file} ('/'-separated, relative to the site's root), or null. */
    public Route page(String file) {
        return byFile.get(file);
    }

    private Head head(String path, String title, String description) {
        return new Head(urls.absolute(path), title, description, null);
    }

    private Route home() {
        SiteConfig site = library.site();
        return Route.at("", "site/index.ftlh", () -> Views.lastChanged(views.claims()), () -> {
            List<SourceArticle> articles = newestFirst(library.articles());
            return new SitePage(head("", site.title(), site.description()), new HomePage(
                    views.claims().stream().limit(HOME_CHECKS).toList(),
                    articles.stream().limit(HOME_ARTICLES).map(this::link).toList(), articles.size(),
                    urls.to(Urls.ARTICLES), urls.to(Urls.archive(1))));
        });
    }

    private ArticleLink link(SourceArticle a) {
        boolean here = library.standsHere(a);
        String language = library.languageOf(a);
        return new ArticleLink(a.slug(), a.title(), a.publisher(), a.published(),
                (here ? urls : urls.in(language)).to(Urls.article(a.slug())), views.claimsOf(a).size(),
                here ? null : Views.language(library, language));
    }

    /** Every source article, newest first, with the number of checks of each, {@link ListPage#PER_PAGE} a page. */
    private List<Route> articles() {
        List<SourceArticle> all = newestFirst(library.articles());
        return listPages(Urls.ARTICLES, "site/articles.ftlh", all, once(() -> Views.lastChanged(views.claims())),
                () -> words.t("articles.title"), () -> words.t("articles.description", library.site().publisher().name()),
                (list, n) -> new ArticlesPage(ListPage.of(all, n, Urls.ARTICLES, urls).map(this::link)));
    }

    private static List<SourceArticle> newestFirst(List<SourceArticle> articles) {
        return articles.stream().sorted(Comparator.comparing(SourceArticle::published).reversed()
                .thenComparing(SourceArticle::slug)).toList();
    }

    /** Which claimants and tags have pages: worked out once, for every fact-check page. */
    private synchronized Views.Listed listed() {
        if (listed == null) {
            listed = views.listed();
        }
        return listed;
    }

    private Route claim(ClaimView c) {
        String path = Urls.claim(c.claim().slug());
        return Route.at(path, "site/claim.ftlh", c::lastChanged, () -> {
            UpdateLog log = views.log(c);
            List<Appearance> appearances = c.claim().circulation().appearances();
            ClaimPage page = new ClaimPage(c, log.entries(), log.withdrawals(), listed(), views.earlier(c),
                    views.repeats(c), views.sameClaimant(c), views.sameArticle(c), views.claimantTotal(c),
                    views.claimsOf(c.article()).size(), ShareLinks.of(c.claim().headline(), c.absoluteUrl()),
                    appearances.stream().filter(Appearance::first).toList(),
                    appearances.stream().filter(a -> !a.first()).sorted(Comparator.comparing(Appearance::date)).toList(),
                    printed.articleBrief(c.article()) ? urls.to(Urls.brief(c.article().slug())) : null,
                    // a withdrawn check's brief is printed, marked withdrawn
                    printed.factBrief(c) ? urls.to(Urls.claimBrief(c.claim().slug())) : null,
                    views.stale(c));
            return new SitePage(new Head(urls.absolute(path), c.claim().headline(), c.claim().summary(),
                    printed.card(c) ? urls.absolute(Urls.card(c.claim().slug())) : null), page);
        });
    }

    private Route article(SourceArticle a) {
        String path = Urls.article(a.slug());
        return Route.at(path, "site/article.ftlh", () -> {
            // The checks whose quotes the page marks: every one, since the check stage found each quote in the text.
            LocalDate changed = Views.lastChanged(views.claimsOf(a));
            return changed == null || changed.isBefore(a.published()) ? a.published() : changed;
        }, () -> new SitePage(head(path, a.title(), words.t("article.description", a.title(), a.publisher())),
                new ArticlePage(a, views.claimsOf(a),
                        printed.articleBrief(a) ? urls.to(Urls.brief(a.slug())) : null)));
    }

    private List<Route> claimant(Views.Claimant p) {
        String first = Urls.person(p.person().id());
        return listPages(first, "site/person.ftlh", p.claims(), () -> p.person().name(),
                () -> words.t("person.description", p.person().name(), p.claims().size(), p.chart().summary()),
                (list, n) -> new PersonPage(p.summary(), p.person().sameAs().stream().map(PersonPage.ProfileLink::of).toList(),
                        ListPage.of(list, n, first, urls)));
    }

    private List<Route> rating(Views.RatingGroup r) {
        String first = Urls.rating(r.rating().id());
        return listPages(first, "site/rating.ftlh", r.claims(), () -> words.t("rating.title", r.rating().label()),
                () -> words.t("rating.description", r.rating().label(), r.rating().meaning()),
                (list, n) -> new RatingPage(r.summary(), urls.to(Urls.METHODOLOGY), ListPage.of(list, n, first, urls)));
    }

    private List<Route> tag(Views.Tag t) {
        String first = Urls.tag(t.name());
        return listPages(first, "site/tag.ftlh", t.claims(), () -> words.t("tag.title", t.name()),
                () -> words.t("tag.description", t.name()), (list, n) -> new TagPage(t.summary(), ListPage.of(list, n, first, urls)));
    }

    /** All checks newest first, {@link ListPage#PER_PAGE} a page; the first page also lists where to browse. */
    private List<Route> archive() {
        String first = Urls.archive(1);
        return listPages(first, "site/archive.ftlh", views.claims(), () -> words.t("archive.title"),
                () -> words.t("archive.description", library.site().publisher().name()), (list, n) -> n == 1
                        ? new ArchivePage(ListPage.of(list, n, first, urls),
                        views.ratings(urls).stream().map(Views.RatingGroup::summary).toList(),
                        views.tags(urls).stream().map(Views.Tag::summary).toList(),
                        views.claimants(urls).stream().map(Views.Claimant::summary).toList())
                        : new ArchivePage(ListPage.of(list, n, first, urls), null, null, null));
    }

    /** Page {@code n} of a list's body, from the whole list. */
    @FunctionalInterface
    private interface Body<T> {
        Record of(List<T> all, int n);
    }

    /** A list of checks on as many pages as it takes, the list's last change as each page's date. */
    private List<Route> listPages(String first, String template, List<ClaimView> all, Supplier<String> title,
                                  Supplier<String> description, Body<ClaimView> body) {
        return listPages(first, template, all, once(() -> Views.lastChanged(all)), title, description, body);
    }

    /**
     * A list on as many pages as it takes, {@link ListPage#PER_PAGE} a page ({@link Urls#paged}); one when empty.
     * Its title and description are worked out when a page is rendered: the preview lists every route after each
     * save and renders one.
     */
    private <T> List<Route> listPages(String first, String template, List<T> all, Supplier<LocalDate> lastmod,
                                      Supplier<String> title, Supplier<String> description, Body<T> body) {
        return IntStream.rangeClosed(1, ListPage.count(all.size())).mapToObj(n -> {
            String path = Urls.paged(first, n);
            return Route.at(path, template, lastmod, () -> new SitePage(
                    head(path, n == 1 ? title.get() : words.t("list.page_title", title.get(), n), description.get()),
                    body.of(all, n)));
        }).toList();
    }

    /**
     * {@code value}, worked out on the first ask and kept: every page of a list has the list's date, and working
     * it out for each of an archive's 1,000 pages over its 50,000 checks took seconds.
     */
    private static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T kept;
            private boolean done;

            @Override
            public synchronized T get() {
                if (!done) {
                    kept = value.get();
                    done = true;
                }
                return kept;
            }
        };
    }

    private Route methodology() {
        return Route.at(Urls.METHODOLOGY, "site/methodology.ftlh", () -> null, () -> {
            List<Views.RatingSummary> ratings = views.ratings(urls).stream().map(Views.RatingGroup::summary).toList();
            return new SitePage(head(Urls.METHODOLOGY, words.t("methodology.title"),
                    words.t("methodology.description", library.site().publisher().name())),
                    new DeskPages.MethodologyPage(ratings.stream().filter(r -> r.rating().value() != null).toList(),
                            ratings.stream().filter(r -> r.rating().value() == null).toList(),
                            markdown(library.site().about().methodology().text()),
                            language(library.site().about().methodology())));
        });
    }

    /** Who we are: the masthead, who owns and pays for the desk, and where to send a claim. */
    private Route about() {
        return Route.at(Urls.ABOUT, "site/about.ftlh", () -> null, () -> {
            String name = library.site().publisher().name();
            return new SitePage(head(Urls.ABOUT, words.t("about.title", name), words.t("about.description", name)),
                    new DeskPages.AboutPage(markdown(library.site().about().masthead().text()),
                            markdown(library.site().about().fundingAndOwnership().text()),
                            language(library.site().about().masthead()),
                            language(library.site().about().fundingAndOwnership())));
        });
    }

    /** The corrections policy, then every correction, rating change and withdrawal, newest first. */
    private Route corrections() {
        return Route.at(Urls.CORRECTIONS, "site/corrections.ftlh", () -> {
            List<Correction> corrections = views.corrections();
            return corrections.isEmpty() ? null : corrections.get(0).update().date();
        }, () -> new SitePage(head(Urls.CORRECTIONS, words.t("corrections.title"),
                words.t("corrections.description", library.site().publisher().name())),
                new DeskPages.CorrectionsPage(markdown(library.site().about().correctionsPolicy().text()),
                        views.corrections(), language(library.site().about().correctionsPolicy()))));
    }

    /** The language of one of the desk's texts, where it is not this edition's (else null). */
    private TextLanguage language(org.factpress.model.Localized text) {
        return TextLanguage.of(text, library.site().language());
    }

    /** Markdown from site.yaml as HTML (escaped by Markdown), or null when the desk gave none. */
    private static String markdown(String text) {
        return text == null ? null : Markdown.toHtml(text);
    }

    private Route search() {
        return Route.at(Urls.SEARCH, "site/search.ftlh", () -> null, () -> new SitePage(
                head(Urls.SEARCH, words.t("search.title"),
                        words.t("search.description", library.site().publisher().name())),
                new DeskPages.SearchPage(words.under("search.script."), urls.to(Urls.SEARCH_INDEX),
                        urls.to(Urls.archive(1)), library.site().language().equals(library.site().defaultLanguage())
                        ? List.of() : List.of(Views.language(library, library.site().defaultLanguage())),
                        views.claims().stream().anyMatch(c -> c.claim().isDraft()) ? words.t("check.draft_mark") : null)));
    }

    /** GitHub Pages serves 404.html for any missing path, at any depth: its links are all root-relative. */
    private Route notFound() {
        return new Route("404.html", null, "site/404.ftlh", () -> null, () -> new SitePage(
                new Head("", words.t("not_found.title"), words.t("not_found.description"), null),
                new DeskPages.NotFoundPage(views.claims().stream().limit(NOT_FOUND_CHECKS).toList())));
    }
}
