package org.factpress.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factpress.html.SiteRenderer;
import org.factpress.incremental.OutputSink;
import org.factpress.theme.TemplateProblem;

/**
 * One build of the site as the preview serves it: each page is rendered by the real renderer when first asked
 * for, and kept until the next build. A large desk has thousands of pages; after a save an editor looks at
 * one or two.
 */
final class LiveSite {
    private final SiteRenderer renderer;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    /** Feeds, data files, verdict colours and static files: made together, on the first ask for any. */
    private volatile Map<String, byte[]> files;

    LiveSite(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    /** The file at {@code path} (relative to the site's root, '/'-separated), or null when the site has none. */
    byte[] file(String path) throws IOException, TemplateProblem {
        SiteRenderer.Page page = renderer.page(path);
        if (page != null) {
            byte[] kept = rendered.get(path);
            if (kept == null) {
                kept = page.html().getBytes(StandardCharsets.UTF_8);
                rendered.put(path, kept);
            }
            return kept;
        }
        return files().get(path);
    }

    /** Whether {@code path} is a page's folder, served as its index.html. */
    boolean isFolder(String path) {
        return renderer.page(path.isEmpty() ? "index.html" : path + "/index.html") != null;
    }

    private Map<String, byte[]> files() throws IOException, TemplateProblem {
        Map<String, byte[]> f = files;
        if (f == null) {
            synchronized (this) {
                if (files == null) {
                    Map<String, byte[]> made = new ConcurrentHashMap<>();
                    OutputSink sink = made::put;
                    renderer.renderFiles(sink);
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
        for (SiteRenderer.Page p : renderer.pages().values()) {
            if (templates.add(p.template())) {
                file(p.file());
            }
        }
        files();
    }
}
