package org.factpress.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factpress.build.Recall;
import org.factpress.build.SiteBuild;
import org.factpress.build.SiteEditions;
import org.factpress.build.Timings;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.incremental.OutputSink;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Status;
import org.factpress.text.ThemeWords;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * {@code factpress serve}: checks the content, drafts included, and serves the site on 127.0.0.1 under the
 * site's base path; when a file under content/ or templates/ changes, checks again and open pages reload. A content
 * or template error replaces every page with an error page naming the file and line, until it is fixed.
 *
 * <p>Made for a save to show at once on a large desk: the content stays loaded between builds, and only what a
 * save changed is read, checked against its article and made HTML again ({@link Recall}); pages are rendered
 * when asked for ({@link LiveSite}), through the same renderer and templates as the build (no PDF briefs).
 */
public final class Preview implements AutoCloseable {
    private final Path content;
    private final Path templates;
    private final PrintWriter log;
    private final PreviewServer server;
    private final FolderWatch folders;
    private final Thread watcher;
    private final Recall recall = new Recall();
    /** Read once, at the start. */
    private final org.factpress.build.Environment environment;
    /** Renders nothing itself: pages render one by one in {@link LiveSite}. */
    private final Workers workers = new Workers(1);
    /** The theme, its parsed templates kept while templates/ is unchanged. */
    private Templates theme;
    private volatile State state;

    /**
     * What the server shows: the last build, or the error page; {@code version} counts builds. {@code words}: the
     * theme's in the site's language, for an error page (null when they cannot be read: the page is in English).
     */
    record State(long version, String basePath, LiveSite site, String errorPage, ThemeWords words) {}

    private Preview(Path content, Path templates, int port, PrintWriter log) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.log = log;
        this.environment = org.factpress.build.Environment.read();
        PreviewServer.settleJvm();
        this.server = new PreviewServer(port, this::state); // first: a port in use leaves nothing behind
        // Watched before the first build, so a save made while it runs is not missed.
        this.folders = new FolderWatch(this.content, this.templates);
        try {
            this.state = build(0, "/", true);
        } catch (RuntimeException e) {
            folders.close();
            workers.close();
            throw e;
        }
        server.start();
        this.watcher = new Thread(this::watch, "factpress-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Builds, starts serving on {@code port} (0: any free port) and starts watching. */
    public static Preview start(Path content, Path templates, int port, PrintWriter log) throws IOException {
        return new Preview(content, templates, port, log);
    }

    State state() {
        return state;
    }

    /** The address of the site's home page. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + state.basePath();
    }

    private void watch() {
        while (true) {
            FolderWatch.Changes changed;
            try {
                changed = folders.next();
            } catch (InterruptedException e) {
                return;
            }
            if (changed.paths() == null) {
                recall.changedAll();
            } else {
                recall.changed(changed.paths());
            }
            State before = state;
            state = build(before.version() + 1, before.basePath(), changed.roots().contains(templates));
        }
    }

    private State build(long version, String lastBasePath, boolean templatesChanged) {
        Timings timings = new Timings();
        SiteBuild.Checked checked = SiteBuild.check(content, templates, environment.today(), recall, timings);
        Problems problems = checked.problems();
        ThemeWords words = ThemeWords.ofTheme(templates, checked.library().site() != null
                ? checked.library().site().language() : ThemeWords.REFERENCE);
        List<String> lines = new ArrayList<>();
        for (Problem p : problems.all()) {
            if (p.isError() || version == 0) { // warnings once, at start: they do not change the preview
                lines.add(p.format(Path.of("").toAbsolutePath()));
            }
        }
        lines.forEach(log::println);
        if (problems.hasErrors()) {
            log.println("not rebuilt: " + problems.errorCount() + " error(s); the browser shows them until they are fixed");
            return new State(version, lastBasePath, null, ErrorPage.html(lines.stream()
                    .filter(l -> l.contains(": error: ")).toList(), words), words);
        }
        String basePath = URI.create(checked.library().site().baseUrl()).getRawPath();
        basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;
        Library library = withDrafts(checked.library(), "http://127.0.0.1:" + server.port() + basePath);
        try {
            boolean fresh = theme == null || templatesChanged;
            if (fresh) {
                theme = new Templates(templates); // a fresh template cache: Freemarker's own looks again only every few seconds
            }
            SiteEditions editions = SiteEditions.of(library, theme,
                    edition -> new Views(edition, Urls.of(edition.site()), recall.analyses()));
            timings.lap("views");
            OutputSink nowhere = (path, bytes) -> {
                throw new IOException("the preview renders pages one by one");
            };
            SiteEditions.Renderers renderers = editions.renderers(nowhere, false, workers);
            LiveSite site = new LiveSite(renderers.root(), renderers.others());
            timings.lap("pages");
            if (fresh) {
                site.tryEveryTemplate();
                timings.lap("templates");
            }
            log.println("built in " + timings.totalMillis() + " ms (" + timings.stages().stream()
                    .map(st -> st.name() + " " + st.millis()).collect(java.util.stream.Collectors.joining(", "))
                    + "): " + url(basePath));
            return new State(version, basePath, site, null, words);
        } catch (TemplateProblem t) {
            theme = null; // tried again, whole, after the next change
            log.println(ErrorPage.line(t));
            return new State(version, basePath, null, ErrorPage.html(List.of(ErrorPage.line(t)), words), words);
        } catch (IOException e) {
            theme = null;
            log.println("factpress: error: " + e.getMessage());
            return new State(version, basePath, null, ErrorPage.html(List.of("error: " + e.getMessage()), words),
                    words);
        }
    }

    private String url(String basePath) {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /**
     * Drafts are shown in the preview, so an editor sees the page before it goes out; the theme marks them as
     * drafts, in the site's words, wherever they are listed and on their page.
     */
    public static Library withDrafts(Library library, String localBaseUrl) {
        List<Claim> claims = library.claims().stream().map(c -> c.isPublished() ? c
                : c.with(c.headline(), Status.PREVIEWED)).toList();
        return new Library(library.site().withBaseUrl(localBaseUrl), library.people(), library.articles(), claims,
                library.claimTranslations(), library.articleTranslations(), library.unread());
    }

    @Override
    public void close() throws IOException {
        folders.close();
        watcher.interrupt();
        try {
            watcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        workers.close();
    }
}
