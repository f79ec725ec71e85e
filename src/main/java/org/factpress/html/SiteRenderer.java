package org.factpress.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factpress.incremental.ModelDigest;
import org.factpress.incremental.OutputSink;
import org.factpress.incremental.UnchangedPages;
import org.factpress.model.Library;
import org.factpress.model.Rating;
import org.factpress.model.SiteConfig;
import org.factpress.model.SourceArticle;
import org.factpress.text.ThemeWords;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimReviewJson;
import org.factpress.view.ClaimView;
import org.factpress.view.Correction;
import org.factpress.view.Printed;
import org.factpress.view.ShareLinks;
import org.factpress.view.Urls;
import org.factpress.view.VerdictInk;
import org.factpress.view.VerdictSymbol;
import org.factpress.view.Views;

/** Render stage for HTML: one method a kind of page, each through its theme template, then the site's files. */
public final class SiteRenderer {
    /**
     * Items per page of a list: the archive, each verdict, tag and claimant page, and the source articles. Later
     * ones go to page/2/ and on under the first page's folder, so a verdict with thousands of checks is not one page
     * of megabytes.
     */
    public static final int CHECKS_PER_PAGE = 50;
    /** The latest checks and source articles on the home page; the rest are a link away. */
    public static final int HOME_CHECKS = 20;
    public static final int HOME_ARTICLES = 10;

    private final Library library;
    private final Templates templates;
    /** The theme's words in the site's language: page titles and descriptions. */
    private final ThemeWords words;
    private final Urls urls;
    private final Views views;
    private final OutputSink out;
    /** Which print files the build makes: pages link to those only. */
    private final Printed printed;
    private final Workers workers;
    /** The same on every page: worked out once, not per page. */
    private final Map<String, String> verdictInk;
    private final Map<String, String> verdictSymbol;
    private final SiteLinks links;
    /** The pages, kind by kind. */
    private final List<Kind> kinds;
    private Views.Listed listed;

    /** The site-wide pages every page links to (navigation, footer), built once by {@link Urls}. */
    public record SiteLinks(String archive, String methodology, String search, String feed, String claimsJson,
                            String about, String corrections, String submitClaim) {}

    /** A link from one archive page to another; {@code afterGap}: pages were left out before it. */
    public record PageLink(int number, String url, boolean current, boolean afterGap) {}

    /** Pages either side of the current one that the pager links, besides the first and the last. */
    static final int PAGER_REACH = 2;

    /**
     * The archive pages page {@code current} of {@code pages} links: the first, the last, and those within
     * {@link #PAGER_REACH} of it. Linking every page would put a thousand links on each of a thousand pages.
     */
    static List<PageLink> pager(int current, int pages, java.util.function.IntFunction<String> url) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= pages; i++) {
            if (i == 1 || i == pages || Math.abs(i - current) <= PAGER_REACH) {
                links.add(new PageLink(i, url.apply(i), i == current, i > last + 1));
                last = i;
            }
        }
        return links;
    }

    /** {@code briefs}: whether PDF briefs are built too, so pages link to them only then (and in the print window). */
    public SiteRenderer(Library library, Templates templates, Views views, OutputSink out, boolean briefs,
                        Workers workers) {
        this.printed = new Printed(briefs, library.site().print().window(), views);
        this.workers = workers;
        this.library = library;
        this.templates = templates;
        this.words = templates.words(library.site().language());
        this.urls = new Urls(library.site().baseUrl());
        this.views = views;
        this.out = out;
        SiteConfig site = library.site();
        Map<String, String> ink = new LinkedHashMap<>();
        for (Rating r : site.scale().ratings()) {
            ink.put(r.id(), VerdictInk.on(r.colour()));
        }
        this.verdictInk = java.util.Collections.unmodifiableMap(ink);
        this.verdictSymbol = VerdictSymbol.all(site.scale());
        this.links = new SiteLinks(urls.to(Urls.archive(1)), urls.to(Urls.METHODOLOGY), urls.to(Urls.SEARCH),
                urls.to(Urls.FEED), urls.to(Urls.CLAIMS_JSON), urls.to(Urls.ABOUT), urls.to(Urls.CORRECTIONS),
                site.about().submitClaim());
        this.kinds = kinds();
    }

    /**
     * One HTML page, not yet rendered: its file in the output, its template, its sitemap entry (null: not listed),
     * and its model, made only when the page is rendered or compared with the last build's.
     */
    public record Page(String file, String template, Listing listing, Model model, Derived derived,
                       Templates templates) {
        /** The page's HTML. */
        public String html() throws TemplateProblem {
            return render(model.make());
        }

        /** The page's HTML from its {@code model}, once what is derived from it is added. */
        String render(Map<String, Object> model) throws TemplateProblem {
            if (derived != null) {
                derived.add(model);
            }
            return templates.render(template, model);
        }
    }

    /**
     * What a page shows that is costly to work out but follows from its model alone (an article's marked text, a
     * check's ClaimReview data): added only when the page is rendered, after its model was compared with the last
     * build's. It must read nothing but the model, or a kept page could be stale.
     */
    @FunctionalInterface
    public interface Derived {
        void add(Map<String, Object> model);
    }

    /** A page's sitemap entry, worked out only for the sitemap. */
    @FunctionalInterface
    public interface Listing {
        SiteFiles.SitemapEntry entry();
    }

    /**
     * Renders every HTML page, taking from {@code unchanged} (when not null) each page whose model is the one it
     * was last made from, instead of rendering it again.
     */
    public void renderPages(UnchangedPages unchanged) throws IOException, TemplateProblem {
        ModelDigest digests = unchanged == null ? null : new ModelDigest();
        // Kind by kind, each kind's pages in parallel: a template error names the first kind that fails.
        for (Kind kind : kinds) {
            workers.forEach(List.copyOf(kind.pages().values()), p -> {
                Map<String, Object> model = p.model().make();
                byte[] digest = digests == null ? null : digests.of(p.template(), model);
                if (digest != null && unchanged.keep(p.file(), digest)) {
                    return;
                }
                out.write(p.file(), p.render(model).getBytes(StandardCharsets.UTF_8));
                if (unchanged != null) {
                    unchanged.made(p.file(), digest);
                }
            });
        }
    }

    /** Every HTML page of the site, by output file, each rendered when asked (serve renders only those viewed). */
    public Map<String, Page> pages() {
        Map<String, Page> all = new LinkedHashMap<>();
        kinds.forEach(k -> all.putAll(k.pages()));
        return all;
    }

    /**
     * The page written at {@code file}, or null. A fact-check page is found by its slug; other kinds are listed
     * when looked through. serve asks this for every page it shows, so one fact-check page is found without listing
     * them all.
     */
    public Page page(String file) {
        for (Kind kind : kinds) {
            Page p = kind.find(file);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * What is not an HTML page: the feeds and data files (the sitemap lists every page, with the dates they
     * carry without rendering them), the verdict colours, and the theme's static files.
     */
    public void renderFiles(OutputSink sink) throws IOException, TemplateProblem {
        List<SiteFiles.SitemapEntry> entries = new ArrayList<>();
        for (Kind kind : kinds) {
            kind.pages().values().stream().map(Page::listing).filter(java.util.Objects::nonNull).map(Listing::entry)
                    .forEach(entries::add);
        }
        entries.sort(java.util.Comparator.comparing(SiteFiles.SitemapEntry::loc));
        new SiteFiles(library, templates, views, urls, sink).writeAll(entries, workers);
        Map<String, Object> css = page("verdicts.css", "", "");
        sink.write("verdicts.css", templates.render("site/verdicts.css.ftl", css).getBytes(StandardCharsets.UTF_8));
        copyStatic(sink);
    }

    /** The pages of one kind (the home page, fact-checks, articles, ...), listed when first needed. */
    private static final class Kind {
        private final java.util.function.Supplier<List<Page>> list;
        /** Finds one page of the kind by its file without listing them all (null: not of this kind), or null. */
        private final java.util.function.Function<String, Page> direct;
        private Map<String, Page> byFile;

        Kind(java.util.function.Supplier<List<Page>> list) {
            this(list, null);
        }

        Kind(java.util.function.Supplier<List<Page>> list, java.util.function.Function<String, Page> direct) {
            this.list = list;
            this.direct = direct;
        }

        Page find(String file) {
            Map<String, Page> listed;
            synchronized (this) {
                listed = byFile;
            }
            return listed == null && direct != null ? direct.apply(file) : pages().get(file);
        }

        synchronized Map<String, Page> pages() {
            if (byFile == null) {
                Map<String, Page> m = new LinkedHashMap<>();
                list.get().forEach(p -> m.put(p.file(), p));
                byFile = m;
            }
            return byFile;
        }
    }

    /** In the order they are rendered. */
    private List<Kind> kinds() {
        List<Kind> k = new ArrayList<>();
        k.add(new Kind(() -> List.of(home())));
        k.add(new Kind(() -> views.pages().stream().map(c -> claim(c, listed())).toList(), this::claimPage));
        k.add(new Kind(() -> library.articles().stream().map(this::article).toList()));
        k.add(new Kind(this::articles));
        k.add(new Kind(() -> views.claimants(urls).stream().flatMap(p -> claimant(p).stream()).toList()));
        if (!library.site().scale().conclusionOnly()) {
            k.add(new Kind(() -> views.ratings(urls).stream().flatMap(r -> rating(r).stream()).toList()));
        }
        k.add(new Kind(() -> views.tags(urls).stream().flatMap(t -> tag(t).stream()).toList()));
        k.add(new Kind(this::archive));
        k.add(new Kind(() -> List.of(methodology(), about(), corrections(), search(), notFound())));
        return List.copyOf(k);
    }

    private Map<String, Object> page(String path, String title, String description) {
        Map<String, Object> m = templates.commonModel(library.site(), urls);
        m.put("canonical", urls.absolute(path));
        m.put("pageTitle", title);
        m.put("description", description == null ? "" : description);
        m.put("verdictInk", verdictInk);
        m.put("verdictSymbol", verdictSymbol);
        m.put("links", links);
        return m;
    }

    /** The model of a page, made only when the page is rendered. */
    @FunctionalInterface
    public interface Model {
        Map<String, Object> make();
    }

    /** An HTML page at folder {@code path}, listed in the sitemap with the date {@code lastmod} gives. */
    private Page sitePage(String path, String template, java.util.function.Supplier<LocalDate> lastmod, Model model) {
        return sitePage(path, template, lastmod, model, null);
    }

    private Page sitePage(String path, String template, java.util.function.Supplier<LocalDate> lastmod, Model model,
                          Derived derived) {
        return new Page(path + "index.html", template, () -> new SiteFiles.SitemapEntry(urls.absolute(path), lastmod.get()),
                model, derived, templates);
    }

    Page home() {
        SiteConfig site = library.site();
        return sitePage("", "site/index.ftlh", () -> Views.lastChanged(views.claims()), () -> {
            Map<String, Object> m = page("", site.title(), site.description());
            m.put("claims", views.claims().stream().limit(HOME_CHECKS).toList());
            List<SourceArticle> articles = newestFirst(library.articles());
            m.put("articles", articles.stream().limit(HOME_ARTICLES).toList());
            m.put("articleTotal", articles.size());
            m.put("articlesUrl", urls.to(Urls.ARTICLES));
            m.put("archiveUrl", urls.to(Urls.archive(1)));
            return m;
        });
    }

    /** Every source article, newest first, with the number of checks of each, {@link #CHECKS_PER_PAGE} a page. */
    List<Page> articles() {
        List<SourceArticle> all = newestFirst(library.articles());
        return listPages(Urls.ARTICLES, "site/articles.ftlh", "articles", all, once(() -> Views.lastChanged(views.claims())),
                words.t("articles.title"), words.t("articles.description", library.site().publisher().name()), m -> {
                    Map<String, Integer> checks = new LinkedHashMap<>();
                    for (Object a : (List<?>) m.get("articles")) {
                        SourceArticle article = (SourceArticle) a;
                        checks.put(article.slug(), views.claimsOf(article).size());
                    }
                    m.put("checks", checks);
                });
    }

    private static List<SourceArticle> newestFirst(List<SourceArticle> articles) {
        return articles.stream().sorted(java.util.Comparator.comparing(SourceArticle::published).reversed()
                .thenComparing(SourceArticle::slug)).toList();
    }

    /** {@code listed}: which claimants and tags have pages, for links from the fact-check page. */
    /** Which claimants and tags have pages: worked out once, for every fact-check page. */
    private synchronized Views.Listed listed() {
        if (listed == null) {
            listed = views.listed();
        }
        return listed;
    }

    /** The fact-check page written at {@code file}, or null when {@code file} is not one. */
    private Page claimPage(String file) {
        String prefix = "claims/";
        String suffix = "/index.html";
        if (!file.startsWith(prefix) || !file.endsWith(suffix) || file.length() <= prefix.length() + suffix.length()) {
            return null;
        }
        ClaimView c = views.claimPage(file.substring(prefix.length(), file.length() - suffix.length()));
        return c != null && file.equals(Urls.claim(c.claim().slug()) + "index.html") ? claim(c, listed()) : null;
    }

    Page claim(ClaimView c, Views.Listed listed) {
        String path = Urls.claim(c.claim().slug());
        return sitePage(path, "site/claim.ftlh", c::lastChanged, () -> {
            Map<String, Object> m = page(path, c.claim().headline(), c.claim().summary());
            m.put("c", c);
            m.put("updates", views.updates(c));
            m.put("listed", listed);
            m.put("earlier", views.earlier(c));
            m.put("repeats", views.repeats(c));
            m.put("sameClaimant", views.sameClaimant(c));
            m.put("sameArticle", views.sameArticle(c));
            m.put("claimantTotal", views.claimantTotal(c));
            m.put("articleTotal", views.claimsOf(c.article()).size());
            m.put("share", ShareLinks.of(c.claim().headline(), c.absoluteUrl()));
            if (printed.articleBrief(c.article())) {
                m.put("briefUrl", urls.to(Urls.brief(c.article().slug())));
            }
            if (printed.factBrief(c)) { // a withdrawn check's brief is printed, marked withdrawn
                m.put("factBriefUrl", urls.to(Urls.claimBrief(c.claim().slug())));
            }
            if (printed.card(c)) {
                m.put("ogImage", urls.absolute(Urls.card(c.claim().slug())));
            }
            return m;
        }, m -> {
            // A withdrawn check keeps its page for the record, but no longer offers itself as a fact-check.
            ClaimView check = (ClaimView) m.get("c");
            if (!check.claim().isWithdrawn()) {
                m.put("jsonLd", ClaimReviewJson.forScript(ClaimReviewJson.claimReview(check,
                        (SiteConfig) m.get("site"), (Urls) m.get("urls"))));
            }
        });
    }

    Page article(SourceArticle a) {
        String path = Urls.article(a.slug());
        return sitePage(path, "site/article.ftlh", () -> {
            // The checks whose quotes the page marks: every one, since the check stage found each quote in the text.
            LocalDate changed = Views.lastChanged(views.claimsOf(a));
            return changed == null || changed.isBefore(a.published()) ? a.published() : changed;
        }, () -> {
            List<ClaimView> checks = views.claimsOf(a);
            Map<String, Object> m = page(path, a.title(), words.t("article.description", a.title(), a.publisher()));
            m.put("a", a);
            m.put("checks", checks);
            if (printed.articleBrief(a)) {
                m.put("briefUrl", urls.to(Urls.brief(a.slug())));
            }
            return m;
        }, m -> {
            // From the model alone, so a page kept by its model has the same marks.
            @SuppressWarnings("unchecked")
            ArticleHighlighter.Result r = ArticleHighlighter.highlight((SourceArticle) m.get("a"),
                    (List<ClaimView>) m.get("checks"), (Map<String, String>) m.get("verdictSymbol"),
                    ((ThemeWords) m.get("t")).t("verdict.hidden"));
            m.put("claims", r.claimsInTextOrder());
            m.put("textHtml", r.html());
        });
    }

    List<Page> claimant(Views.Claimant p) {
        int n = p.claims().size();
        return listPages(Urls.person(p.person().id()), "site/person.ftlh", p.claims(), p.person().name(),
                words.t("person.description", p.person().name(), n, p.chart().summary()), m -> m.put("p", p));
    }

    List<Page> rating(Views.RatingGroup r) {
        return listPages(Urls.rating(r.rating().id()), "site/rating.ftlh", r.claims(), words.t("rating.title", r.rating().label()),
                words.t("rating.description", r.rating().label(), r.rating().meaning()), m -> {
                    m.put("r", r);
                    m.put("methodologyUrl", urls.to(Urls.METHODOLOGY));
                });
    }

    List<Page> tag(Views.Tag t) {
        return listPages(Urls.tag(t.name()), "site/tag.ftlh", t.claims(), words.t("tag.title", t.name()),
                words.t("tag.description", t.name()), m -> m.put("tag", t));
    }

    /** All checks newest first, {@link #CHECKS_PER_PAGE} a page; the first page also lists where to browse. */
    List<Page> archive() {
        return listPages(Urls.archive(1), "site/archive.ftlh", views.claims(), words.t("archive.title"),
                words.t("archive.description", library.site().publisher().name()), m -> {
                    if ((int) m.get("page") == 1) {
                        m.put("ratings", views.ratings(urls));
                        m.put("tags", views.tags(urls));
                        m.put("claimants", views.claimants(urls));
                    }
                });
    }

    /** A list of checks on as many pages as it takes, newest first, the list's last change as each page's date. */
    private List<Page> listPages(String first, String template, List<ClaimView> all, String title,
                                 String description, java.util.function.Consumer<Map<String, Object>> more) {
        return listPages(first, template, "claims", all, once(() -> Views.lastChanged(all)), title, description, more);
    }

    /**
     * {@code value}, worked out on the first ask and kept: every page of a list has the list's date, which reads
     * every check of the list, so it is worked out once per list rather than once per page.
     */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> value) {
        return new java.util.function.Supplier<>() {
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

    /**
     * A list on as many pages as it takes, {@link #CHECKS_PER_PAGE} a page ({@link Urls#paged}); one page when the
     * list is empty. Each page's model has its part of the list (under {@code key}), the whole list's
     * {@code total}, the number of its {@code first} item, its {@code page} number, the {@code pages} its pager
     * links and the newer and older pages' URLs; {@code more} adds what the kind of page shows besides.
     */
    private List<Page> listPages(String first, String template, String key, List<?> all,
                                 java.util.function.Supplier<LocalDate> lastmod, String title, String description,
                                 java.util.function.Consumer<Map<String, Object>> more) {
        int pages = Math.max(1, (all.size() + CHECKS_PER_PAGE - 1) / CHECKS_PER_PAGE);
        return java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(n -> {
            String path = Urls.paged(first, n);
            return sitePage(path, template, lastmod, () -> {
                Map<String, Object> m = page(path, n == 1 ? title : title + ", page " + n, description);
                m.put(key, all.subList((n - 1) * CHECKS_PER_PAGE, Math.min(all.size(), n * CHECKS_PER_PAGE)));
                m.put("total", all.size());
                m.put("first", (n - 1) * CHECKS_PER_PAGE + 1);
                m.put("page", n);
                m.put("pages", pager(n, pages, i -> urls.to(Urls.paged(first, i))));
                if (n > 1) {
                    m.put("prevUrl", urls.to(Urls.paged(first, n - 1)));
                }
                if (n < pages) {
                    m.put("nextUrl", urls.to(Urls.paged(first, n + 1)));
                }
                more.accept(m);
                return m;
            });
        }).toList();
    }

    Page methodology() {
        return sitePage(Urls.METHODOLOGY, "site/methodology.ftlh", () -> null, () -> {
            Map<String, Object> m = page(Urls.METHODOLOGY, words.t("methodology.title"),
                    words.t("methodology.description", library.site().publisher().name()));
            List<Views.RatingGroup> ratings = views.ratings(urls);
            m.put("ratings", ratings.stream().filter(r -> r.rating().value() != null).toList());
            m.put("offScale", ratings.stream().filter(r -> r.rating().value() == null).toList());
            m.put("methodologyHtml", markdown(library.site().about().methodology()));
            return m;
        });
    }

    /** Who we are: the masthead, who owns and pays for the desk, and where to send a claim. */
    Page about() {
        return sitePage(Urls.ABOUT, "site/about.ftlh", () -> null, () -> {
            String name = library.site().publisher().name();
            Map<String, Object> m = page(Urls.ABOUT, words.t("about.title", name),
                    words.t("about.description", name));
            m.put("mastheadHtml", markdown(library.site().about().masthead()));
            m.put("fundingHtml", markdown(library.site().about().fundingAndOwnership()));
            return m;
        });
    }

    /** The corrections policy, then every correction, rating change and withdrawal, newest first. */
    Page corrections() {
        return sitePage(Urls.CORRECTIONS, "site/corrections.ftlh", () -> {
            List<Correction> corrections = views.corrections();
            return corrections.isEmpty() ? null : corrections.get(0).update().date();
        }, () -> {
            List<Correction> corrections = views.corrections();
            Map<String, Object> m = page(Urls.CORRECTIONS, words.t("corrections.title"),
                    words.t("corrections.description", library.site().publisher().name()));
            m.put("policyHtml", markdown(library.site().about().correctionsPolicy()));
            m.put("corrections", corrections);
            return m;
        });
    }

    /** Markdown from site.yaml as HTML (escaped by Markdown), or null when the desk gave none. */
    private static String markdown(String text) {
        return text == null ? null : org.factpress.text.Markdown.toHtml(text);
    }

    Page search() {
        return sitePage(Urls.SEARCH, "site/search.ftlh", () -> null, () -> {
            Map<String, Object> m = page(Urls.SEARCH, words.t("search.title"),
                    words.t("search.description", library.site().publisher().name()));
            m.put("searchWords", words.under("search.script."));
            m.put("indexUrl", urls.to(Urls.SEARCH_INDEX));
            m.put("archiveUrl", urls.to(Urls.archive(1)));
            return m;
        });
    }

    /** GitHub Pages serves 404.html for any missing path, at any depth: its links are all root-relative. */
    Page notFound() {
        return new Page("404.html", "site/404.ftlh", null, () -> {
            Map<String, Object> m = page("404.html", words.t("not_found.title"), words.t("not_found.description"));
            m.put("canonical", "");
            m.put("claims", views.claims().stream().limit(5).toList());
            return m;
        }, null, templates);
    }

    /** templates/static/** to static/** in the output, in a stable order. */
    void copyStatic(OutputSink out) throws IOException {
        Path dir = templates.dir().resolve("static");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path f : sorted) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.write("static/" + rel, Files.readAllBytes(f));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
