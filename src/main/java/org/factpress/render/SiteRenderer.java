package org.factpress.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factpress.model.Library;
import org.factpress.model.SiteConfig;
import org.factpress.model.SourceArticle;

/** Render stage for HTML: one method a kind of page, each through its theme template. */
public final class SiteRenderer {
    private final Library library;
    private final Templates templates;
    private final Urls urls;
    private final Views views;
    private final OutputSink out;
    private final boolean briefs;

    /** {@code briefs}: whether PDF briefs are built too, so pages link to them only then. */
    public SiteRenderer(Library library, Templates templates, Views views, OutputSink out, boolean briefs) {
        this.briefs = briefs;
        this.library = library;
        this.templates = templates;
        this.urls = new Urls(library.site().baseUrl());
        this.views = views;
        this.out = out;
    }

    /** Renders every HTML page and copies the theme's static files. */
    public void renderAll() throws IOException, TemplateProblem {
        renderHome();
        for (ClaimView c : views.claims()) {
            renderClaim(c);
        }
        for (SourceArticle a : library.articles()) {
            renderArticle(a);
        }
        Map<String, Object> css = page("verdicts.css", "", "");
        out.write("verdicts.css", templates.render("site/verdicts.css.ftl", css).getBytes(StandardCharsets.UTF_8));
        copyStatic();
    }

    private Map<String, Object> page(String path, String title, String description) {
        SiteConfig site = library.site();
        Map<String, Object> m = new HashMap<>();
        m.put("site", site);
        m.put("urls", urls);
        m.put("dates", new Dates());
        m.put("scale", site.scale());
        m.put("canonical", urls.absolute(path));
        m.put("pageTitle", title);
        m.put("description", description == null ? "" : description);
        return m;
    }

    void renderHome() throws IOException, TemplateProblem {
        SiteConfig site = library.site();
        Map<String, Object> m = page("", site.title(), site.description());
        m.put("claims", views.claims().stream().limit(20).toList());
        m.put("articles", library.articles());
        write("index.html", "site/index.ftlh", m);
    }

    void renderClaim(ClaimView c) throws IOException, TemplateProblem {
        String path = Urls.claim(c.claim().slug());
        Map<String, Object> m = page(path, c.claim().headline(), c.claim().summary());
        m.put("c", c);
        m.put("jsonLd", ClaimReviewJson.forScript(ClaimReviewJson.claimReview(c, library.site(), urls)));
        if (briefs) {
            m.put("briefUrl", urls.to(Urls.brief(c.article().slug())));
            m.put("ogImage", urls.absolute(Urls.card(c.claim().slug())));
        }
        write(path + "index.html", "site/claim.ftlh", m);
    }

    void renderArticle(SourceArticle a) throws IOException, TemplateProblem {
        String path = Urls.article(a.slug());
        ArticleHighlighter.Result r = ArticleHighlighter.highlight(a, views.claimsOf(a));
        Map<String, Object> m = page(path, a.title(), "Fact-checks of \u201c" + a.title() + "\u201d, " + a.publisher());
        m.put("a", a);
        m.put("claims", r.claimsInTextOrder());
        m.put("textHtml", r.html());
        if (briefs && !r.claimsInTextOrder().isEmpty()) {
            m.put("briefUrl", urls.to(Urls.brief(a.slug())));
        }
        write(path + "index.html", "site/article.ftlh", m);
    }

    private void write(String path, String template, Map<String, Object> model) throws IOException, TemplateProblem {
        out.write(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    /** templates/static/** to static/** in the output, in a stable order. */
    void copyStatic() throws IOException {
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
