package org.factpress.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factpress.html.SiteRenderer;
import org.factpress.incremental.OutputSink;
import org.factpress.theme.TemplateProblem;
import org.factpress.view.Route;

/**
 * One build of the site as the preview serves it: each page is found in the build's route table by its file,
 * rendered by the real renderer when first asked for, and kept until the next build. Rendering all 11,000 pages of a large desk after every save would take
 * seconds; an editor looks at one or two.
 */
final class LiveSite {
    private final SiteRenderer renderer;
    /** The site's editions in its other languages, by folder ({@code en/}); empty in one language. */
    private final Map<String, SiteRenderer> editions;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    /** Feeds, data files, verdict colours and static files: made together, on the first ask for any. */
    private volatile Map<String, byte[]> files;

    LiveSite(SiteRenderer renderer) {
        this(renderer, Map.of());
    }

    LiveSite(SiteRenderer renderer, Map<String, SiteRenderer> editions) {
        this.renderer = renderer;
        this.editions = editions;
    }

    /** The page at {@code path} in the edition whose folder it is in, or the root's; null when there is none. */
    private Route page(String path) {
        for (Map.Entry<String, SiteRenderer> e : editions.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e.getValue().routes().page(path.substring(e.getKey().length()));
            }
        }
        return renderer.routes().page(path);
    }

    /** The renderer of the edition {@code path} is in. */
    private SiteRenderer renderer(String path) {
        return editions.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(renderer);
    }

    /** The file at {@code path} (relative to the site's root, '/'-separated), or null when the site has none. */
    byte[] file(String path) throws IOException, TemplateProblem {
        Route page = page(path);
        if (page != null) {
            byte[] kept = rendered.get(path);
            if (kept == null) {
                kept = renderer(path).html(page).getBytes(StandardCharsets.UTF_8);
                rendered.put(path, kept);
            }
            return kept;
        }
        return files().get(path);
    }

    /** Whether {@code path} is a page's folder, served as its index.html. */
    boolean isFolder(String path) {
        return page(path.isEmpty() ? "index.html" : path + "/index.html") != null;
    }

    private Map<String, byte[]> files() throws IOException, TemplateProblem {
        Map<String, byte[]> f = files;
        if (f == null) {
            synchronized (this) {
                if (files == null) {
                    Map<String, byte[]> made = new ConcurrentHashMap<>();
                    OutputSink sink = made::put;
                    renderer.renderFiles(sink, java.util.List.copyOf(editions.values()));
                    for (Map.Entry<String, SiteRenderer> e : editions.entrySet()) {
                        e.getValue().renderEditionFiles(sink.under(e.getKey()));
                    }
                    files = made;
                }
                f = files;
            }
        }
        return f;
    }

    /** Renders one page of each kind and the files: a broken template shows at once, not on the page that uses it. */
    void tryEveryTemplate() throws IOException, TemplateProblem {
        java.util.Set<String> templates = new java.util.HashSet<>();
        for (Route p : renderer.routes().all().values()) {
            if (templates.add(p.template())) {
                file(p.file());
            }
        }
        files();
    }
}
