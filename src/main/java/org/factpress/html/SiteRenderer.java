package org.factpress.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factpress.incremental.ModelDigest;
import org.factpress.incremental.OutputSink;
import org.factpress.incremental.UnchangedPages;
import org.factpress.model.Library;
import org.factpress.text.ThemeWords;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ArticlePage;
import org.factpress.view.ClaimPage;
import org.factpress.view.ClaimReviewJson;
import org.factpress.view.Editions;
import org.factpress.view.ListPage;
import org.factpress.view.Printed;
import org.factpress.view.Route;
import org.factpress.view.Routes;
import org.factpress.view.SitePage;
import org.factpress.view.SiteParts;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Render stage for HTML: every page of the route table ({@link Routes}) through its theme template, with the
 * site-wide parts and its typed model as the template's variables, then the site's files.
 */
public final class SiteRenderer {
    /** Items per page of a list: the archive, each verdict, tag and claimant page, and the source articles. */
    public static final int CHECKS_PER_PAGE = ListPage.PER_PAGE;
    /** The latest checks and source articles on the home page; the rest are a link away. */
    public static final int HOME_CHECKS = Routes.HOME_CHECKS;
    public static final int HOME_ARTICLES = Routes.HOME_ARTICLES;

    private final Library library;
    private final Templates templates;
    /** The theme's words in the site's language. */
    private final ThemeWords words;
    private final Urls urls;
    private final Views views;
    private final OutputSink out;
    private final Workers workers;
    /** The same on every page: worked out once, not per page. */
    private final SiteParts parts;
    private final Routes routes;
    /** The site's other editions: each page's translations and language switcher (none in one language). */
    private Editions editions = Editions.NONE;

    /** {@code briefs}: whether PDF briefs are built too, so pages link to them only then (and in the print window). */
    public SiteRenderer(Library library, Templates templates, Views views, OutputSink out, boolean briefs,
                        Workers workers) {
        this(library, templates, views, out, briefs, library.site().print().window(), workers);
    }

    /** As the one above, pages linking the print files of {@code window} (the build's, fitted to its budget). */
    public SiteRenderer(Library library, Templates templates, Views views, OutputSink out, boolean briefs,
                        org.factpress.model.PrintWindow window, Workers workers) {
        this.workers = workers;
        this.library = library;
        this.templates = templates;
        this.words = templates.words(library.site().language());
        this.urls = Urls.of(library.site());
        this.views = views;
        this.out = out;
        this.parts = SiteParts.of(library.site(), urls, templates.dir());
        this.routes = new Routes(library, views, urls, words, new Printed(briefs, window, views));
    }

    /** Every HTML page of the site: the build renders them all, the preview those asked for. */
    public Routes routes() {
        return routes;
    }

    /** This edition's language: its pages' {@code lang}. */
    public String language() {
        return library.site().language();
    }

    /**
     * The site's editions, this one among them ({@link Editions#of} from each edition's {@link #routes}): every
     * page then lists its translations and offers the language switcher. Set before rendering.
     */
    public void among(Editions all) {
        this.editions = all;
    }

    /**
     * Each page's path in this edition (its folder, relative to the edition's root), for {@link Editions#of}: the
     * pages other editions may translate ({@link Routes#translatable}), so a tag's page names no translations and
     * its switcher goes to the other editions' homes.
     */
    public java.util.Set<String> paths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        routes.all().values().forEach(r -> {
            if (r.path() != null && routes.translatable(r)) {
                paths.add(r.path());
            }
        });
        return paths;
    }

    /** The HTML of the page at {@code route}. */
    public String html(Route route) throws TemplateProblem {
        SitePage page = route.model().get();
        return render(route, page, vars(route, page));
    }

    /**
     * Renders every HTML page, taking from {@code unchanged} (when not null) each page that read nothing changed
     * since, or whose model is the one it was last made from, instead of rendering it again.
     */
    public void renderPages(UnchangedPages unchanged) throws IOException, TemplateProblem {
        ModelDigest digests = unchanged == null ? null : new ModelDigest();
        // Kind by kind, each kind's pages in parallel: a template error names the first kind that fails.
        for (List<Route> kind : routes.kinds()) {
            workers.forEach(kind, r -> {
                if (unchanged != null && unchanged.keepUnread(r.file())) {
                    return;
                }
                SitePage page = r.model().get();
                Map<String, Object> vars = vars(r, page);
                ModelDigest.Page digest = digests == null ? null : digests.page(r.template(), vars);
                if (digest != null && unchanged.keep(r.file(), digest)) {
                    return;
                }
                out.write(r.file(), render(r, page, vars).getBytes(StandardCharsets.UTF_8));
                if (unchanged != null) {
                    unchanged.made(r.file(), digest);
                }
            });
        }
    }

    /**
     * A page's template variables: the theme's helpers, the site-wide parts, the page's translations and language
     * switcher when the site has several languages, then the page's own.
     */
    private Map<String, Object> vars(Route route, SitePage page) {
        Map<String, Object> m = common();
        if (editions.multilingual()) {
            m.put("alternates", editions.alternates(route.path()));
            m.put("editionLinks", editions.switcher(language(), route.path()));
        }
        page.putInto(m);
        return m;
    }

    private Map<String, Object> common() {
        Map<String, Object> m = templates.commonModel(library.site(), urls);
        m.put("verdictInk", parts.verdictInk());
        m.put("verdictSymbol", parts.verdictSymbol());
        m.put("links", parts.links());
        m.put("dirs", parts.dirs());
        if (parts.titleLanguage() != null) {
            m.put("titleLanguage", parts.titleLanguage());
        }
        if (parts.descriptionLanguage() != null) {
            m.put("descriptionLanguage", parts.descriptionLanguage());
        }
        return m;
    }

    /**
     * The page's HTML, once what is costly to work out but follows from its model alone is added (an article's
     * marked text, a check's ClaimReview data): after the model was compared with the last build's, so it must
     * read nothing but the model and the site-wide parts, or a kept page could be stale.
     */
    private String render(Route route, SitePage page, Map<String, Object> vars) throws TemplateProblem {
        if (page.body() instanceof ArticlePage a) {
            ArticleHighlighter.Result r = ArticleHighlighter.highlight(a.a(), a.checks(), parts.verdictSymbol(),
                    words.t("verdict.hidden"),
                    alt -> alt.isBlank() ? words.t("article.image") : words.t("article.image_alt", alt));
            vars.put("claims", r.claimsInTextOrder());
            vars.put("notInText", r.notInText());
            vars.put("textHtml", r.html());
        } else if (page.body() instanceof ClaimPage c && !c.c().claim().isWithdrawn()) {
            // A withdrawn check keeps its page for the record, but no longer offers itself as a fact-check.
            Map<String, Object> review = ClaimReviewJson.claimReview(c.c(), library.site(), urls);
            if (editions.multilingual()) { // the page's alternates, as its variables hold them
                ClaimReviewJson.linkTranslations(review, editions.alternates(route.path()), library.site());
            }
            vars.put("jsonLd", ClaimReviewJson.forScript(review));
        }
        return templates.render(route.template(), vars);
    }

    /**
     * What is not an HTML page: the feeds and data files (the sitemap lists every page, with the dates they
     * carry without rendering them), the verdict colours, and the theme's static files.
     */
    public void renderFiles(OutputSink sink) throws IOException, TemplateProblem {
        renderFiles(sink, List.of());
    }

    /**
     * As {@link #renderFiles(OutputSink)} for the site's root, its sitemap listing the pages of {@code others}
     * too, the site's other editions; they write only their own feed and data files ({@link #renderEditionFiles}).
     */
    public void renderFiles(OutputSink sink, List<SiteRenderer> others) throws IOException, TemplateProblem {
        List<SiteFiles.SitemapEntry> entries = new ArrayList<>(sitemapEntries());
        for (SiteRenderer other : others) {
            entries.addAll(other.sitemapEntries());
        }
        entries.sort(java.util.Comparator.comparing(SiteFiles.SitemapEntry::loc));
        new SiteFiles(library, templates, views, urls, sink).writeAll(entries, workers);
        // Every verdict's colours, from the site-wide parts alone.
        sink.write("verdicts.css", templates.render("site/verdicts.css.ftl", common()).getBytes(StandardCharsets.UTF_8));
        copyStatic(sink);
    }

    /** An edition's own files, in its folder: its feed, claims.json and search index. */
    public void renderEditionFiles(OutputSink sink) throws IOException, TemplateProblem {
        new SiteFiles(library, templates, views, urls, sink).writeEdition(workers);
    }

    /** This edition's pages in the sitemap, each with its translations. */
    private List<SiteFiles.SitemapEntry> sitemapEntries() {
        List<SiteFiles.SitemapEntry> entries = new ArrayList<>();
        for (Route r : routes.all().values()) {
            if (r.path() != null) {
                entries.add(new SiteFiles.SitemapEntry(urls.absolute(r.path()), r.lastmod().get(),
                        editions.alternates(r.path())));
            }
        }
        return entries;
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
