package org.factpress.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factpress.incremental.OutputSink;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimReviewJson;
import org.factpress.view.SearchIndex;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * The site's files for machines: the Atom feed, the sitemap, robots.txt, .nojekyll, claims.json (ClaimReview data)
 * and the search page's index. Every date in them comes from the content, never the clock.
 */
public final class SiteFiles {
    private final Library library;
    private final Templates templates;
    private final Views views;
    private final Urls urls;
    private final OutputSink out;

    /**
     * A sitemap line: the page's absolute URL, its lastmod date (null when the page has none) and its translations
     * (empty in a site of one language).
     */
    public record SitemapEntry(String loc, LocalDate lastmod, List<org.factpress.view.Editions.Alternate> alternates) {
        public SitemapEntry(String loc, LocalDate lastmod) {
            this(loc, lastmod, List.of());
        }
    }

    public SiteFiles(Library library, Templates templates, Views views, Urls urls, OutputSink out) {
        this.library = library;
        this.templates = templates;
        this.views = views;
        this.urls = urls;
        this.out = out;
    }

    /** Entries of each kind in the feed: feed readers poll it, so it carries the news, not the archive. */
    public static final int FEED_ENTRIES = 50;

    /** One of the files, written on its own. */
    @FunctionalInterface
    private interface File {
        void write() throws IOException, TemplateProblem;
    }

    /** Writes every file, side by side on {@code workers}; {@code pages} are the HTML pages written, for the sitemap. */
    public void writeAll(List<SitemapEntry> pages, Workers workers) throws IOException, TemplateProblem {
        workers.forEach(List.<File>of(this::writeFeed, () -> writeSitemap(pages), this::writeClaimsJson,
                this::writeSearchIndex), File::write);
    }

    /** A language edition's own files, in its folder: the feed, claims.json and the search index. */
    public void writeEdition(Workers workers) throws IOException, TemplateProblem {
        workers.forEach(List.<File>of(this::writeFeed, this::writeClaimsJson, this::writeSearchIndex), File::write);
    }

    /** Every check of this language's listings as ClaimReview data. */
    private void writeClaimsJson() throws IOException {
        out.write(Urls.CLAIMS_JSON, ClaimReviewJson.toBytes(ClaimReviewJson.dataFeed(views.claims(), library.site(), urls,
                templates.words(library.site().language()).t("feed.data_name", library.site().title()))));
    }

    /** The search page's index of this edition's language, beside its search page. */
    private void writeSearchIndex() throws IOException {
        org.factpress.view.Dates dates = org.factpress.view.Dates.of(templates.words(library.site().language()));
        List<SearchIndex.Entry> checks = views.claims().stream().map(c -> SearchIndex.Entry.of(c, dates)).toList();
        for (Map.Entry<String, byte[]> f : SearchIndex.files(Urls.SEARCH_INDEX, checks).entrySet()) {
            out.write(f.getKey(), f.getValue());
        }
    }

    /** The latest checks, and the latest corrections: a correction is news to readers who saw the check. */
    private void writeFeed() throws IOException, TemplateProblem {
        Map<String, Object> feed = model();
        feed.put("claims", views.claims().stream().limit(FEED_ENTRIES).toList());
        feed.put("corrections", views.corrections().stream().limit(FEED_ENTRIES).toList());
        // Atom requires a date; with no checks yet, the newest article's.
        LocalDate updated = Views.lastChanged(views.pages());
        if (updated == null) {
            updated = library.articles().stream().map(SourceArticle::published).max(LocalDate::compareTo)
                    .orElse(LocalDate.EPOCH);
        }
        feed.put("updated", updated);
        feed.put("feedUrl", urls.absolute(Urls.FEED));
        if (!library.site().language().equals(library.site().defaultLanguage())) {
            // Tags in the original's words are the original edition's (see ClaimView.TagLink).
            feed.put("originalTagsScheme", urls.in(library.site().defaultLanguage()).absolute("tags/"));
        }
        // The site's title and description where the edition has none of its own: the default language's, tagged.
        putLanguage(feed, "titleLanguage", library.site().titleText());
        putLanguage(feed, "descriptionLanguage", library.site().descriptionText());
        write(Urls.FEED, "site/feed.ftlx", feed);
    }

    private void putLanguage(Map<String, Object> model, String key, org.factpress.model.Localized text) {
        org.factpress.view.TextLanguage language = org.factpress.view.TextLanguage.of(text, library.site().language());
        if (language != null) {
            model.put(key, language);
        }
    }

    private void writeSitemap(List<SitemapEntry> pages) throws IOException, TemplateProblem {
        Map<String, Object> sitemap = model();
        sitemap.put("entries", pages);
        sitemap.put("multilingual", library.site().multilingual());
        write(Urls.SITEMAP, "site/sitemap.ftlx", sitemap);
        write("robots.txt", "site/robots.txt.ftl", model());
        // GitHub Pages: serve the files as they are, without Jekyll.
        out.write(".nojekyll", new byte[0]);
    }

    private Map<String, Object> model() {
        return templates.commonModel(library.site(), urls);
    }

    private void write(String path, String template, Map<String, Object> model) throws IOException, TemplateProblem {
        out.write(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }
}
