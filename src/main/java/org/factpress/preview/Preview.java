package org.factpress.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factpress.build.SiteBuild;
import org.factpress.check.Problem;
import org.factpress.check.Problems;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Status;
import org.factpress.render.TemplateProblem;

/**
 * {@code factpress serve}: builds the content, drafts included, into a private folder and serves it on 127.0.0.1
 * under the site's base path; rebuilds when a file under content/ or templates/ changes, and open pages reload.
 * A content or template error replaces every page with an error page naming the file and line, until it is fixed.
 * Each change rebuilds the whole site (no PDF briefs): fast enough for a desk's content, and never stale.
 */
public final class Preview implements AutoCloseable {
    /** How often the folders are looked at for changes. */
    static final long POLL_MILLIS = 250;

    private final Path content;
    private final Path templates;
    private final Path work;
    private final PrintWriter log;
    private final PreviewServer server;
    private final Thread watcher;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile State state;

    /** What the server shows: the folder of the last build, or the error page; {@code version} counts builds. */
    record State(long version, String basePath, Path site, String errorPage) {}

    private Preview(Path content, Path templates, int port, PrintWriter log) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.log = log;
        this.server = new PreviewServer(port, this::state); // first: a port in use leaves nothing behind
        this.work = Files.createTempDirectory("factpress-serve-");
        this.state = build(0, "/");
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
        String seen = Fingerprint.of(content, templates);
        while (running.get()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            String now = Fingerprint.of(content, templates);
            if (!now.equals(seen)) {
                seen = now;
                State before = state;
                state = build(before.version() + 1, before.basePath());
            }
        }
    }

    private State build(long version, String lastBasePath) {
        long started = System.nanoTime();
        SiteBuild.Checked checked = SiteBuild.check(content);
        Problems problems = checked.problems();
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
                    .filter(l -> l.contains(": error: ")).toList()));
        }
        String basePath = URI.create(checked.library().site().baseUrl()).getRawPath();
        basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;
        Library library = withDrafts(checked.library(), "http://127.0.0.1:" + server.port() + basePath);
        Path site = work.resolve("site");
        try {
            SiteBuild.render(library, templates, site, false);
        } catch (TemplateProblem t) {
            String where = t.template() + (t.line() > 0 ? ":" + t.line() + ":" + Math.max(1, t.column()) : "");
            log.println(where + ": error: " + t.getMessage());
            return new State(version, basePath, null, ErrorPage.html(List.of(where + ": error: " + t.getMessage())));
        } catch (IOException e) {
            log.println("factpress: error: " + e.getMessage());
            return new State(version, basePath, null, ErrorPage.html(List.of("error: " + e.getMessage())));
        }
        log.println("built in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + url(basePath));
        return new State(version, basePath, site, null);
    }

    private String url(String basePath) {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /** Drafts are shown in the preview, their headlines marked, so an editor sees the page before it goes out. */
    static Library withDrafts(Library library, String localBaseUrl) {
        List<Claim> claims = library.claims().stream().map(c -> c.isPublished() ? c
                : c.with("[Draft] " + c.headline(), Status.PUBLISHED)).toList();
        return new Library(library.site().withBaseUrl(localBaseUrl), library.people(), library.articles(), claims);
    }

    @Override
    public void close() throws IOException {
        running.set(false);
        watcher.interrupt();
        try {
            watcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        deleteTree(work);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
