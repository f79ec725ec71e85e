package org.factpress.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factpress.check.ThemeLanguageCheck;
import org.factpress.html.SiteRenderer;
import org.factpress.incremental.OutputSink;
import org.factpress.incremental.PrintCache;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.print.BriefRenderer;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Editions;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * The site's editions, one a language, each assembled once: its folder ({@code ""} for the default language's, at
 * the root; {@code en/} for English), its library in its language and the theme's words for it, and its
 * {@link Views}, whose analyses are made HTML once. An edition's pages and its print files are made from the same.
 * A site in one language has one edition, the root.
 */
public final class SiteEditions {
    /** One language's edition: {@code folder} relative to the site's root, empty for the default language's. */
    public record Edition(String language, String folder, Library library, Views views) {}

    /** How an edition's checks are made into what its pages show (the build keeps analyses; the preview too). */
    @FunctionalInterface
    public interface ViewsOf {
        Views of(Library edition) throws IOException, TemplateProblem;
    }

    /** Each edition's page renderer: the root's, and the others' by folder. */
    public record Renderers(SiteRenderer root, Map<String, SiteRenderer> others) {}

    /** The site as checked, its languages as site.yaml names them: what the editions' switcher lists. */
    private final org.factpress.model.SiteConfig site;
    private final Templates templates;
    /** The default language's first. */
    private final List<Edition> all;

    private SiteEditions(org.factpress.model.SiteConfig site, Templates templates, List<Edition> all) {
        this.site = site;
        this.templates = templates;
        this.all = List.copyOf(all);
    }

    /**
     * Every edition of {@code content} (the checked library, its words not yet in any language's theme), each
     * library and its views made once, in the site's order of languages.
     */
    public static SiteEditions of(Library content, Templates templates, ViewsOf views)
            throws IOException, TemplateProblem {
        List<Edition> all = new ArrayList<>();
        Library root = inLanguage(content, templates);
        all.add(new Edition(root.site().language(), "", root, views.of(root)));
        if (content.site().multilingual()) {
            for (Language l : content.site().languages()) {
                if (l.code().equals(content.site().defaultLanguage())) {
                    continue;
                }
                Library edition = inLanguage(content.edition(l.code()), templates);
                all.add(new Edition(l.code(), Urls.folder(edition.site(), l.code()), edition, views.of(edition)));
            }
        }
        return new SiteEditions(content.site(), templates, all);
    }

    /**
     * {@code library} with its preset rating scale's labels and meanings in the site's language, and a language
     * site.yaml gives only by its code ({@code language: uk}) named as the theme names it ({@code language.name}).
     */
    static Library inLanguage(Library library, Templates templates) {
        org.factpress.model.SiteConfig site = library.site();
        return library.withSite(templates.named(site.withScale(templates.words(site.language()).scale(site.scale()))));
    }

    /** The default language's edition, at the site's root. */
    public Edition root() {
        return all.get(0);
    }

    /** Every edition, the default language's first. */
    public List<Edition> all() {
        return all;
    }

    /**
     * Each edition's pages, rendering into its folder of {@code out}, told of each other (each page's translations,
     * the language switcher). {@code pdf}: whether the build makes print files; an edition's pages link its PDFs only
     * where they are printed, not in a script print cannot lay out.
     */
    public Renderers renderers(OutputSink out, boolean pdf, Workers workers) {
        return renderers(out, pdf, root().library().site().print().window(), workers);
    }

    /** As the one above, the pages linking the print files of {@code window}. */
    public Renderers renderers(OutputSink out, boolean pdf, org.factpress.model.PrintWindow window, Workers workers) {
        SiteRenderer root = new SiteRenderer(root().library(), templates, root().views(), out, pdf, window, workers);
        Map<String, SiteRenderer> others = new LinkedHashMap<>();
        Map<String, Set<String>> paths = new LinkedHashMap<>();
        paths.put(root.language(), root.paths());
        for (Edition e : all.subList(1, all.size())) {
            SiteRenderer renderer = new SiteRenderer(e.library(), templates, e.views(), out.under(e.folder()),
                    pdf && ThemeLanguageCheck.printable(e.language()), window, workers);
            others.put(e.folder(), renderer);
            paths.put(e.language(), renderer.paths());
        }
        if (!others.isEmpty()) {
            Editions editions = Editions.of(site, paths);
            root.among(editions);
            others.values().forEach(r -> r.among(editions));
        }
        return new Renderers(root, others);
    }

    /**
     * The print files of every edition: the default language's at the root, each other language's under its folder
     * ({@code en/briefs/...}), in its words, dates and document language; a language print cannot lay out is left
     * out (check reports it).
     */
    public void print(PrintCache cache, String sourceDateEpoch, OutputSink out, Workers workers)
            throws IOException, TemplateProblem {
        for (Edition e : all) {
            if (!e.folder().isEmpty() && !ThemeLanguageCheck.printable(e.language())) {
                continue;
            }
            new BriefRenderer(e.library(), templates, e.views(), cache, sourceDateEpoch)
                    .renderAll(e.folder().isEmpty() ? out : out.under(e.folder()), workers);
        }
    }
}
