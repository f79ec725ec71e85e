package org.factpress.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factpress.check.ContentCheck;
import org.factpress.check.Problems;
import org.factpress.check.Today;
import org.factpress.load.ContentLoader;
import org.factpress.model.Library;
import org.factpress.publish.OutputFolder;
import org.factpress.render.BriefRenderer;
import org.factpress.render.SiteRenderer;
import org.factpress.render.TemplateProblem;
import org.factpress.render.Templates;
import org.factpress.render.Urls;
import org.factpress.render.Views;

/** The whole pipeline: load, check, render pages and briefs, publish atomically. The CLI and Maven only call this. */
public final class SiteBuild {
    private SiteBuild() {}

    /** What a build was asked to do. {@code baseUrl} null means the one in site.yaml. */
    public record Options(Path content, Path templates, Path out, String baseUrl, boolean pdf) {}

    /** Load and check stages: the library, and every problem found. */
    public record Checked(Library library, Problems problems) {}

    public static Checked check(Path content) {
        return check(content, Today.fromEnvironment());
    }

    /** {@code today}: what "a date in the future" is measured from (warnings only). */
    public static Checked check(Path content, LocalDate today) {
        Problems problems = new Problems();
        Library library = ContentLoader.load(content, problems);
        ContentCheck.run(library, problems, today);
        org.factpress.render.pdf.PrintableText.check(library, problems);
        return new Checked(library, problems);
    }

    /**
     * Runs the build. Returns the checked content; when it has errors nothing is written.
     *
     * @throws TemplateProblem when a theme template fails (nothing is written then either)
     * @throws IOException when the output cannot be written (the previous output is left as it was)
     */
    public static Checked build(Options options) throws IOException, TemplateProblem {
        refuseOverlap(options.out(), options.content(), "content");
        refuseOverlap(options.out(), options.templates(), "templates");
        Checked checked = check(options.content());
        if (checked.problems().hasErrors()) {
            return checked;
        }
        Library library = checked.library();
        if (options.baseUrl() != null) {
            String base = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            library = new Library(library.site().withBaseUrl(base), library.people(), library.articles(),
                    library.claims());
        }
        render(library, options.templates(), options.out(), options.pdf());
        return new Checked(library, checked.problems());
    }

    /** Render and publish stages, for a library that passed the check (the preview server calls this too). */
    public static void render(Library library, Path templatesDir, Path outDir, boolean pdf)
            throws IOException, TemplateProblem {
        Templates templates = new Templates(templatesDir);
        Views views = new Views(library, new Urls(library.site().baseUrl()));
        try (OutputFolder out = OutputFolder.begin(outDir)) {
            new SiteRenderer(library, templates, views, out, pdf).renderAll();
            if (pdf) {
                new BriefRenderer(library, templates, views).renderAll(out);
            }
            out.commit();
        }
    }

    /** The digest report over {@code period} of a checked library, laid out with the theme in {@code templates}. */
    public static byte[] digest(Library library, Path templates, org.factpress.render.pdf.DigestPeriod period)
            throws IOException, TemplateProblem {
        Views views = new Views(library, new Urls(library.site().baseUrl()));
        return new BriefRenderer(library, new Templates(templates), views).digest(period);
    }

    /** The output is replaced whole on each build, so it must never be or hold the editors' files. */
    private static void refuseOverlap(Path out, Path source, String what) throws IOException {
        Path o = real(out);
        Path s = real(source);
        if (o.startsWith(s) || s.startsWith(o)) {
            throw new IOException("the output folder " + out + " overlaps the " + what + " folder " + source
                    + "; choose another --out");
        }
    }

    /** Where a path really is, links resolved, even when its last parts do not exist yet. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
