package org.factpress.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factpress.check.ContentCheck;
import org.factpress.diagnostics.Problems;
import org.factpress.html.SiteRenderer;
import org.factpress.incremental.BuildCache;
import org.factpress.incremental.BuildIdentity;
import org.factpress.incremental.KeptAnalyses;
import org.factpress.incremental.KeptPages;
import org.factpress.incremental.KeptQuotes;
import org.factpress.incremental.KeptReads;
import org.factpress.incremental.PrintCache;
import org.factpress.incremental.UnchangedFiles;
import org.factpress.load.ContentLoader;
import org.factpress.model.Library;
import org.factpress.print.BriefRenderer;
import org.factpress.publish.OutputFolder;
import org.factpress.publish.SiteSize;
import org.factpress.text.Markdown;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/** The whole pipeline: load, check, render pages and briefs, publish atomically. The CLI and Maven only call this. */
public final class SiteBuild {
    private SiteBuild() {}

    /**
     * What a build was asked to do. {@code baseUrl} null means the one in site.yaml. {@code sizeBudget}: the bytes
     * the published site may take (GitHub Pages' 1 GB by default); above 80% of it the build warns, and above it
     * with {@code failOverBudget} the build fails and publishes nothing.
     */
    public record Options(Path content, Path templates, Path out, String baseUrl, boolean pdf, int threads,
                          boolean cache, long sizeBudget, boolean failOverBudget, Environment environment) {
        /** On as many threads as the machine has cores, reusing what earlier builds made. */
        public Options(Path content, Path templates, Path out, String baseUrl, boolean pdf) {
            this(content, templates, out, baseUrl, pdf, Workers.defaultThreads(), true);
        }

        /** With GitHub Pages' limit as the budget, warning only. */
        public Options(Path content, Path templates, Path out, String baseUrl, boolean pdf, int threads,
                       boolean cache) {
            this(content, templates, out, baseUrl, pdf, threads, cache, SiteSize.PAGES_LIMIT, false);
        }

        /** In the environment as it is now ({@link Environment#read}). */
        public Options(Path content, Path templates, Path out, String baseUrl, boolean pdf, int threads,
                       boolean cache, long sizeBudget, boolean failOverBudget) {
            this(content, templates, out, baseUrl, pdf, threads, cache, sizeBudget, failOverBudget,
                    Environment.read());
        }

        /**
         * What made this build besides its files: the code, these options, the environment. Not the budget: it
         * chooses only the print window, which the kept pages' key names ({@link #fingerprint} names the budget).
         */
        BuildIdentity identity() {
            return new BuildIdentity(Code.IDENTITY, pdf, baseUrl, environment.sourceDateEpoch(),
                    org.factpress.print.PdfLayout.settings());
        }
    }

    /** Load and check stages: the library, and every problem found; {@code size}: the built site's, or null. */
    public record Checked(Library library, Problems problems, SiteSize size, String printNote) {
        public Checked(Library library, Problems problems) {
            this(library, problems, null, null);
        }
    }

    public static Checked check(Path content) {
        return check(content, Environment.read().today());
    }

    /** {@code today}: what "a date in the future" is measured from (warnings only). */
    public static Checked check(Path content, LocalDate today) {
        return check(content, null, today);
    }

    /** As {@link #check(Path, LocalDate)}, ratings named in the site's words of the theme in {@code templates}. */
    public static Checked check(Path content, Path templates, LocalDate today) {
        Problems problems = new Problems();
        Library library = ContentLoader.load(content, problems);
        checkStage(library, problems, today, ContentCheck.Quotes.perCheck(),
                org.factpress.check.PrintableText::check, templates);
        return new Checked(library, problems);
    }

    /**
     * As {@link #check(Path, LocalDate)}, reusing what {@code recall} kept from the last check of the same folder:
     * unchanged files are not read again, nor unchanged articles parsed. The result is the same.
     */
    public static Checked check(Path content, LocalDate today, Recall recall, Timings timings) {
        return check(content, null, today, recall, timings);
    }

    /** As {@link #check(Path, LocalDate, Recall, Timings)}, with the theme in {@code templates} (or null). */
    public static Checked check(Path content, Path templates, LocalDate today, Recall recall, Timings timings) {
        Problems problems = new Problems();
        Library library = recall.load(content, problems);
        timings.lap("load");
        checkStage(library, problems, today, recall.quotes(), recall::printable, templates);
        timings.lap("check");
        return new Checked(library, problems);
    }

    /** Quotes found as {@code kept} holds them, the others searched for in this check's parse of the article. */
    private static ContentCheck.Quotes kept(KeptQuotes kept) {
        ContentCheck.Quotes now = ContentCheck.Quotes.perCheck();
        return new ContentCheck.Quotes() {
            @Override
            public java.util.List<Integer> find(String article, String quote) {
                return kept.find(article, quote, now::find);
            }

            @Override
            public org.factpress.text.ArticleText text(String article) {
                return now.text(article);
            }
        };
    }

    /**
     * Every check of the check stage: `check`, `build` and `serve` run this one list. {@code quotes} and
     * {@code printable} (the PDF font-coverage check) are serve's kept ones there; the theme in {@code templates}
     * (or null) gives the words messages show as the site does (the ratings' labels).
     */
    private static void checkStage(Library library, Problems problems, LocalDate today, ContentCheck.Quotes quotes,
                                   java.util.function.BiConsumer<Library, Problems> printable, Path templates) {
        // The font check reads the library only: it runs beside the others, its problems listed after theirs.
        Problems fonts = new Problems();
        java.util.concurrent.CompletableFuture<Void> printed =
                java.util.concurrent.CompletableFuture.runAsync(() -> printable.accept(library, fonts));
        ContentCheck.run(library, problems, today, quotes, library.site() == null ? null
                : org.factpress.text.ThemeWords.ofTheme(templates, library.site().language()));
        try {
            printed.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        problems.addAll(fonts);
    }

    /**
     * Runs the build. Returns the checked content; when it has errors nothing is written.
     *
     * @throws TemplateProblem when a theme template fails (nothing is written then either)
     * @throws IOException when the output cannot be written (the previous output is left as it was, or, when the
     *                     build was changing it file by file, as the next build or check finishes it); it names
     *                     the stage and the file
     */
    public static Checked build(Options options) throws IOException, TemplateProblem {
        return build(options, new Timings());
    }

    /**
     * What the last build of {@code options.out()} recorded, and the content and theme as they are now: the
     * build that follows starts from it, so a run walks them once. {@code upToDate}: the last build was made
     * from the same content, theme and options and its output is still there, so the build need not run.
     */
    public record Found(BuildCache cache, String fingerprint, boolean upToDate) {}

    /**
     * What a build with the cache finds before it starts ({@link Found}); null without the cache. Costs a walk of
     * the content and theme folders (files are re-read only when their size or time changed).
     */
    public static Found look(Options options) throws IOException {
        if (!options.cache()) {
            return null;
        }
        BuildCache cache = BuildCache.open(options.out());
        String fingerprint = fingerprint(cache, options);
        return new Found(cache, fingerprint, Files.isRegularFile(options.out().resolve(OutputFolder.MARKER))
                && !cache.lastFingerprint().isEmpty() && cache.lastFingerprint().equals(fingerprint));
    }

    /**
     * Everything the output depends on: the files, the {@link BuildIdentity}, and the budget (it chooses the print
     * window when site.yaml does not, and decides the size warning or failure a build that runs would give).
     */
    private static String fingerprint(BuildCache cache, Options options) throws IOException {
        return cache.fingerprint(java.util.List.of(options.content(), options.templates()),
                options.identity().key() + " budget " + options.sizeBudget() + " " + options.failOverBudget());
    }

    /** Which factpress is running ({@link BuildIdentity#codeOf}): worked out once a run, the jar does not change. */
    private static final class Code {
        static final String IDENTITY = BuildIdentity.codeOf(SiteBuild.class);
    }

    /** As {@link #build(Options)}, recording each stage's time in {@code timings}. */
    public static Checked build(Options options, Timings timings) throws IOException, TemplateProblem {
        return build(options, timings, look(options));
    }

    /** As {@link #build(Options, Timings)}, from what {@link #look} found (null without the cache). */
    public static Checked build(Options options, Timings timings, Found found) throws IOException, TemplateProblem {
        refuseOverlap(options.out(), options.content(), "content");
        refuseOverlap(options.out(), options.templates(), "templates");
        // Taken before reading, so an edit made while the build runs is seen by the next one.
        BuildCache cache = found != null ? found.cache() : null;
        String fingerprint = found != null ? found.fingerprint() : null;
        Problems problems = new Problems();
        KeptReads reads = cache != null ? KeptReads.open(BuildCache.folderFor(options.out()), options.identity().key()) : null;
        Library loaded = reads != null ? ContentLoader.load(options.content(), problems, reads, cache)
                : ContentLoader.load(options.content(), problems);
        if (reads != null) {
            reads.loaded();
        }
        // Before the build replaces the live site: checks it published where this build publishes, whose files are gone.
        String publishedAt = options.baseUrl() == null ? loaded.site().baseUrl()
                : options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
        problems.addAll(cache != null && !cache.lastOutputs().isEmpty()
                ? org.factpress.check.GoneChecks.find(options.content(), options.out(), publishedAt,
                        cache.hashesUnder(options.content()).keySet(), cache.lastOutputs())
                : org.factpress.check.GoneChecks.find(options.content(), options.out(), publishedAt));
        timings.lap("load");
        KeptQuotes quotes = cache != null ? KeptQuotes.open(BuildCache.folderFor(options.out()), options.identity().key()) : null;
        checkStage(loaded, problems, options.environment().today(), quotes != null ? kept(quotes)
                : ContentCheck.Quotes.perCheck(), org.factpress.check.PrintableText::check, options.templates());
        org.factpress.check.ThemeLanguageCheck.run(loaded, options.templates(), problems, options.pdf());
        timings.lap("check");
        Checked checked = new Checked(loaded, problems);
        // The files as read, and the quotes as found, are kept when the content has errors (the desk fixes them
        // and builds again) or once the site is published; never by a build that failed writing the site.
        Keeping keepReads = () -> {
            if (reads != null) {
                reads.save();
                quotes.save();
            }
        };
        if (reads != null) {
            timings.note(reads.summary());
        }
        if (checked.problems().hasErrors()) {
            keep(problems, options.out(), keepReads);
            return checked;
        }
        Library library = checked.library();
        if (options.baseUrl() != null) {
            String base = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            library = library.withSite(library.site().withBaseUrl(base));
        }
        boolean pdf = options.pdf() && org.factpress.check.ThemeLanguageCheck.printable(library.site().language());
        SiteSize[] size = new SiteSize[1];
        String[] note = new String[1];
        java.util.Map<String, String> written = render(library, options.content(), options.templates(), options.out(), pdf,
                options.threads(), cache, options.identity(), timings, problems,
                staged -> size[0] = weigh(staged, options, problems),
                (long) (SiteSize.WARN_SHARE * options.sizeBudget()), n -> note[0] = n);
        if (size[0] != null && problems.hasErrors()) {
            return new Checked(library, checked.problems(), size[0], note[0]);
        }
        keep(problems, options.out(), keepReads);
        if (cache != null) {
            afterPublishing(problems, options.out(), () -> cache.save(fingerprint, written));
        }
        return new Checked(library, checked.problems(), size[0], note[0]);
    }

    /**
     * Weighs the new site before it goes live: a warning above 80% of the budget, with the biggest kinds of file
     * and what the desk can do; an error (nothing published) above the budget when the build is to fail then.
     */
    private static SiteSize weigh(OutputFolder staged, Options options, Problems problems) throws IOException {
        SiteSize size = staged.size();
        String warning = size.warning(options.sizeBudget());
        if (warning == null) {
            return size;
        }
        org.factpress.diagnostics.Position at = org.factpress.diagnostics.Position.ofFile(options.content().resolve("site.yaml"));
        String fix = "see docs/content-format.md, print; --size-budget sets the budget";
        if (options.failOverBudget() && size.total() > options.sizeBudget()) {
            problems.error(at, "over budget: " + warning, fix);
        } else {
            problems.warning(at, warning, fix);
        }
        return size;
    }

    /** Keeps what reading found for the next build: a failure there is a warning (it reads every file again). */
    private static void keep(Problems problems, Path out, Keeping keeping) {
        save(problems, out, keeping, "the files as read could not be kept: ",
                "the next build reads every file again; check the folder's space and permissions");
    }

    /** Render and publish stages, for a library that passed the check (the preview server calls this too). */
    public static void render(Library library, Path templatesDir, Path outDir, boolean pdf)
            throws IOException, TemplateProblem {
        render(library, null, templatesDir, outDir, pdf, Workers.defaultThreads(), null, null, new Timings(),
                new Problems(), staged -> { }, 0, n -> { });
    }

    /** What is kept for the next build, once the new site is live. */
    @FunctionalInterface
    private interface Keeping {
        void save() throws IOException;
    }

    /**
     * Saves what the next build reuses, after the new site went live: a failure there is a warning, not a failed
     * build, since the site is published whole. Each record is forgotten before the swap and written whole or not
     * at all, so a record not saved only makes the next build do more.
     */
    private static void afterPublishing(Problems problems, Path out, Keeping keeping) {
        save(problems, out, keeping, "the site was published, but the build cache could not be saved: ",
                "the next build makes everything again; check the folder's space and permissions");
    }

    /** Runs {@code keeping}; a failure is a warning at the build cache, {@code failed} then the reason, with {@code fix}. */
    private static void save(Problems problems, Path out, Keeping keeping, String failed, String fix) {
        try {
            keeping.save();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.warning(org.factpress.diagnostics.Position.ofFile(BuildCache.folderFor(out)),
                    failed + e.getMessage(), fix);
        }
    }

    /** Looks at the new site before it goes live; may add an error to the build's problems, which stops it. */
    @FunctionalInterface
    private interface Weighing {
        void weigh(OutputFolder staged) throws IOException;
    }

    /**
     * Returns what was written, by path, with content hashes (empty without a cache, or when weighing failed it).
     * {@code identity}: what made this build besides its files (null without a cache, and in the preview);
     * {@code contentDir}: the content folder (null without a cache).
     */
    private static java.util.Map<String, String> render(Library content, Path contentDir, Path templatesDir, Path outDir, boolean pdf,
            int threads, BuildCache cache, BuildIdentity identity, Timings timings, Problems problems,
            Weighing weighing, long room, java.util.function.Consumer<String> printNote)
            throws IOException, TemplateProblem {
        PrintCache print = cache != null ? new PrintCache(BuildCache.folderFor(outDir).resolve("print"), identity) : null;
        Templates templates = new Templates(templatesDir);
        String[] stage = {"render pages"};
        try (OutputFolder folder = OutputFolder.begin(outDir, cache != null)) {
            // The workers close first: pages still being written when one failed stop before the staging goes.
            try (Workers workers = new Workers(threads)) {
                return renderInto(folder, workers, stage, content, contentDir, templates, templatesDir, outDir, pdf,
                        cache, identity, print, timings, problems, weighing, room, printNote);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw stopped(stage[0], e, folder.committed(), outDir);
            } finally {
                if (print != null && !folder.committed()) {
                    print.discard(); // a build that failed leaves the cache as the last published one had it
                }
            }
        }
    }

    /**
     * A write that failed, named with its stage and file, and what became of the site: as it was, or (a patch
     * begun) left for the next command to finish.
     */
    private static IOException stopped(String stage, Exception e, boolean committed, Path outDir) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String what = cause instanceof java.nio.file.FileSystemException f && f.getFile() != null
                ? f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": "
                        + OutputFolder.reason(cause)
                : OutputFolder.reason(cause);
        return new IOException("the build stopped at '" + stage + "': " + what + "; " + (committed
                ? "the site was being changed: the next build or check finishes the change before anything else"
                : "nothing was published, " + outDir + " is as it was"), cause);
    }

    /** The render and publish stages into {@code folder}, on {@code workers}; {@code stage} names the one running. */
    private static java.util.Map<String, String> renderInto(OutputFolder folder, Workers workers, String[] stage,
            Library content, Path contentDir, Templates templates, Path templatesDir, Path outDir, boolean pdf,
            BuildCache cache, BuildIdentity identity, PrintCache print, Timings timings, Problems problems,
            Weighing weighing, long room, java.util.function.Consumer<String> printNote)
            throws IOException, TemplateProblem {
        UnchangedFiles reuse = cache != null ? new UnchangedFiles(folder, cache, outDir) : null;
        org.factpress.incremental.OutputSink out = reuse != null ? reuse : folder;
        KeptAnalyses kept = cache != null ? KeptAnalyses.open(BuildCache.folderFor(outDir), identity.key(), Markdown::toHtml) : null;
        // Each edition once, its analyses made HTML once: its pages and its print files read the same.
        SiteEditions editions = SiteEditions.of(content, templates, edition -> workers.call(() -> views(edition, kept)));
        Library library = editions.root().library();
        timings.lap("markdown");
        String epoch = identity != null ? identity.sourceDateEpoch() : null;
        org.factpress.model.PrintWindow window = library.site().print().window();
        boolean fitting = pdf && room > 0 && window.byBudget();
        stage[0] = fitting ? "fit prints" : stage[0];
        // What pages weighed when they linked every print file, by model: only the changed ones are weighed again.
        org.factpress.incremental.PageWeights weights = fitting && cache != null
                ? org.factpress.incremental.PageWeights.open(BuildCache.folderFor(outDir),
                        KeptPages.key(identity.key() + " weights", templatesDir)) : null;
        PrintBudget.Fitted fitted = fitting ? PrintBudget.fit(editions, templates, room, print, epoch, out, workers,
                weights) : null;
        if (fitted != null) {
            window = fitted.window();
            printNote.accept(fitted.note());
            timings.lap("fit prints");
        }
        stage[0] = "render pages";
        // The window is the budget's when site.yaml sets none: a page kept unread must have been made with it.
        String pagesKey = reuse == null ? null : KeptPages.key(identity.key() + " print " + window, templatesDir);
        KeptPages pages = pagesKey != null ? KeptPages.open(BuildCache.folderFor(outDir), pagesKey, outDir, reuse,
                cache.hashesUnder(contentDir), library) : null;
        SiteEditions.Renderers site = editions.renderers(out, pdf, window, workers);
        site.root().renderPages(pages);
        for (Map.Entry<String, SiteRenderer> e : site.others().entrySet()) {
            e.getValue().renderPages(pages == null ? null : pages.under(e.getKey()));
        }
        timings.lap("render pages");
        stage[0] = "render files";
        site.root().renderFiles(out, List.copyOf(site.others().values()));
        for (Map.Entry<String, SiteRenderer> e : site.others().entrySet()) {
            e.getValue().renderEditionFiles(out.under(e.getKey()));
        }
        timings.lap("render files");
        if (pdf && fitted == null) {
            stage[0] = "render pdf";
            editions.print(print, epoch, out, workers);
            timings.lap("render pdf");
        }
        stage[0] = "weigh";
        weighing.weigh(folder);
        timings.lap("weigh");
        if (problems.hasErrors()) {
            return java.util.Map.of();
        }
        if (cache != null) {
            cache.forgetOutputs();
            KeptPages.forget(BuildCache.folderFor(outDir));
        }
        stage[0] = "publish";
        folder.commit();
        if (print != null && pdf) {
            afterPublishing(problems, outDir, print::prune);
        }
        if (kept != null) {
            afterPublishing(problems, outDir, kept::save);
            timings.note(kept.summary());
        }
        if (weights != null) {
            afterPublishing(problems, outDir, weights::save);
            timings.note(weights.summary());
        }
        if (pages != null) {
            afterPublishing(problems, outDir, pages::save);
            timings.note(pages.summary());
        }
        timings.lap("publish");
        return reuse != null ? reuse.written() : java.util.Map.of();
    }

    /** The checks of {@code library} as its pages show them, analyses kept by {@code kept} when not null. */
    private static Views views(Library library, KeptAnalyses kept) {
        Urls urls = Urls.of(library.site());
        return kept != null ? new Views(library, urls, kept::html) : new Views(library, urls);
    }

    /** The digest report over {@code period} of a checked library, laid out with the theme in {@code templates}. */
    public static byte[] digest(Library library, Path templates, org.factpress.print.DigestPeriod period)
            throws IOException, TemplateProblem {
        return digest(library, templates, period, Environment.read());
    }

    /** As {@link #digest(Library, Path, org.factpress.print.DigestPeriod)}, dated as {@code environment} says. */
    public static byte[] digest(Library library, Path templates, org.factpress.print.DigestPeriod period,
                                Environment environment) throws IOException, TemplateProblem {
        Templates theme = new Templates(templates);
        Library spoken = SiteEditions.inLanguage(library, theme);
        Views views = new Views(spoken, Urls.of(spoken.site()));
        return new BriefRenderer(spoken, theme, views, null, environment.sourceDateEpoch()).digest(period);
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
