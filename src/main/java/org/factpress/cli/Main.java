package org.factpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.theme.TemplateProblem;

/**
 * The command line. Thin: each command reads its options, runs the pipeline and prints the result. The exit status
 * tells a script what to fix: {@link #OK}, {@link #CONTENT_ERROR}, {@link #USAGE} or {@link #FAILURE}.
 */
@Command(name = "factpress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a fact-check site and PDF briefs from a content folder.",
        subcommands = {Main.Build.class, Main.Check.class, Main.New.class, Main.Serve.class, Main.Report.class})
public final class Main implements Callable<Integer> {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The content or the desk's theme has errors, each printed with its file and line; nothing was published. */
    public static final int CONTENT_ERROR = 1;
    /** A mistake on the command line: picocli's status for one, and ours for an option value it cannot judge. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /**
     * Not the content's fault: a file or folder factpress could not read, write or may not replace (a full disk, a
     * missing permission, another build writing the same folder), or factpress itself failed.
     */
    public static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * What the commands print to, once wrapped for every run: escaped, so no path or value read from disk or the
     * command line prints a raw control or bidirectional character. Picocli's own help is printed as it is.
     */
    private final org.factpress.diagnostics.PrintableWriter out;
    private final org.factpress.diagnostics.PrintableWriter err;

    private Main(PrintWriter out, PrintWriter err) {
        this.out = new org.factpress.diagnostics.PrintableWriter(out);
        this.err = new org.factpress.diagnostics.PrintableWriter(err);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = run(args, out, err);
        out.flush(); // what was printed without a line end, too
        err.flush();
        System.exit(status);
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter terminalOut, PrintWriter terminalErr) {
        Main main = new Main(terminalOut, terminalErr);
        CommandLine cli = new CommandLine(main);
        cli.setOut(terminalOut);
        cli.setErr(terminalErr);
        PrintWriter err = main.err;
        cli.registerConverter(java.time.LocalDate.class, Main::date);
        // A mistake on the command line: one plain line naming the option and the fix, never a Java exception.
        cli.setParameterExceptionHandler((e, parsed) -> {
            err.println("factpress: " + plain(e));
            CommandLine c = e.getCommandLine();
            err.println("see: factpress " + c.getCommandSpec().qualifiedName(" ").replaceFirst("^factpress ?", "")
                    .strip() + (c.getCommandSpec().qualifiedName().equals("factpress") ? "" : " ") + "--help");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getCommand(), err));
        int status = cli.execute(args);
        main.out.flush();
        err.flush();
        return status;
    }

    /** What a command that stopped on {@code e} prints, and its exit status. */
    static int failed(Exception e, Object command, PrintWriter err) {
        if (e instanceof TemplateProblem t) {
            err.println(t.problem().format(null));
            if (command instanceof Build b) {
                err.println("nothing was written; " + b.out + " is as it was");
            }
            return CONTENT_ERROR;
        }
        if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
            err.println("factpress: error: " + why(e instanceof java.io.UncheckedIOException u ? u.getCause() : e));
            return FAILURE;
        }
        // Not a user mistake: say so plainly, with the trace, for a bug report.
        err.println("factpress: internal error: " + e);
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> err.println(line.replace("\t", "    ")));
        return FAILURE;
    }

    /** What went wrong with a file, in words: the JDK names only the path for some failures. */
    static String why(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            String what = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "the folder is not empty"
                    : "cannot be read or written";
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + what;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A date on the command line: YYYY-MM-DD, and a day that exists. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            String why = org.factpress.load.Dates.noSuchDay(text);
            throw new CommandLine.TypeConversionException(why != null ? why
                    : "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-02-12");
        }
    }

    /** Picocli's message without the Java types and exception text it may carry. */
    private static String plain(CommandLine.ParameterException e) {
        String m = String.valueOf(e.getMessage());
        // "Invalid value for option '--port': 'x' is not an int" and the like: name what is wanted in words.
        m = m.replaceAll("is not an? (int|java\\.lang\\.Integer|long|java\\.lang\\.Long)\\b.*", "is not a whole number");
        m = m.replaceAll("is not an? java\\.nio\\.file\\.Path\\b.*", "is not a file or folder name");
        m = m.replaceAll(":? ?[a-z]+(\\.[a-zA-Z$]+)+(Exception|Error)\\b.*", "");
        return m.strip();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"factpress " + (v != null ? v : "(development build)")};
        }
    }

    /** What every command has: its own output and error streams, and mistakes reported as picocli's. */
    abstract static class Step implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        org.factpress.diagnostics.PrintableWriter out() {
            return ((Main) spec.root().userObject()).out;
        }

        org.factpress.diagnostics.PrintableWriter err() {
            return ((Main) spec.root().userObject()).err;
        }

        /** {@code --content} as given must be a folder: a mistyped one is a mistake on the command line. */
        Path contentFolder(ContentFolder content) {
            if (!java.nio.file.Files.isDirectory(content.folder)) {
                throw mistake("--content " + content.folder + " is not a folder; give the desk's content folder"
                        + " (the one holding site.yaml)");
            }
            return content.folder;
        }

        /** A mistake picocli cannot see in one option: exit {@link #USAGE} with the command's help line. */
        CommandLine.ParameterException mistake(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    /** --content, for every command that reads the desk's content. */
    static final class ContentFolder {
        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path folder;
    }

    /** --templates, for every command that uses the desk's theme. */
    static final class ThemeFolder {
        @Option(names = "--templates", defaultValue = "templates",
                description = "theme folder; its i18n/ must speak the site's language (default: ${DEFAULT-VALUE})")
        Path folder;
    }

    static final Path CWD = Path.of("").toAbsolutePath();

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Prints every problem in the compiler form, then a count; true when there were errors. */
    static boolean report(Problems problems, PrintWriter err) {
        for (Problem p : problems.all()) {
            err.println(p.format(CWD));
        }
        long e = problems.errorCount();
        long w = problems.warningCount();
        if (e + w > 0) {
            err.println(count(e, "error") + ", " + count(w, "warning"));
        }
        return e > 0;
    }

    /** Adds what keeps the theme in {@code templates} from speaking the site's language, when both are there. */
    static void themeSpeaks(SiteBuild.Checked checked, Path templates) {
        if (checked.library() != null && checked.library().site() != null && java.nio.file.Files.isDirectory(templates)) {
            org.factpress.check.ThemeLanguageCheck.run(checked.library(), templates, checked.problems());
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks the content and reports every problem; writes nothing.")
    static final class Check extends Step {
        @CommandLine.Mixin
        ContentFolder content;

        @CommandLine.Mixin
        ThemeFolder theme;

        @Option(names = "--format", defaultValue = "text",
                description = "text (compiler form, for people) or json (for machines) (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--strict", description = "warnings fail the check too (exit 1)")
        boolean strict;

        @Option(names = "--out", description = "the live site, to warn of published checks whose files are gone"
                + " (default: the folder 'site' beside the content folder)")
        Path out;

        @Option(names = "--base-url", converter = BuildOptions.BaseUrl.class,
                description = "the URL the next build publishes to, as build --base-url; a published check is"
                        + " missed only under it (default: base_url in site.yaml)")
        String baseUrl;

        enum Format { text, json }

        @Override
        public Integer call() {
            SiteBuild.Checked checked = SiteBuild.check(contentFolder(content), theme.folder,
                    org.factpress.build.Environment.atEntry().today());
            Problems problems = checked.problems();
            themeSpeaks(checked, theme.folder);
            Path parent = content.folder.toAbsolutePath().getParent();
            Path live = out != null ? out : parent != null ? parent.resolve("site") : Path.of("site");
            try { // a build killed while changing the site file by file: finished before the site is read
                org.factpress.publish.OutputFolder.finishInterrupted(live);
            } catch (IOException e) {
                // the site is read as it is; the next build finishes the change
            }
            problems.addAll(org.factpress.check.GoneChecks.find(content.folder, live,
                    baseUrl != null ? baseUrl : checked.library().site().baseUrl()));
            boolean failed = problems.hasErrors() || (strict && problems.warningCount() > 0);
            if (format == Format.json) {
                out().lines(org.factpress.diagnostics.ProblemsJson.of(problems, CWD));
                return failed ? CONTENT_ERROR : OK;
            }
            if (report(problems, err()) || failed) {
                if (!problems.hasErrors()) {
                    err().println("--strict: warnings count as errors");
                }
                return CONTENT_ERROR;
            }
            org.factpress.model.Library library = checked.library();
            int translations = library.claimTranslations().size() + library.articleTranslations().size();
            out().println("content OK: " + count(library.articles().size(), "source article") + ", "
                    + count(library.claims().size(), "claim")
                    + (translations > 0 ? ", " + count(translations, "translation") : ""));
            return OK;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Checks the content, then builds the HTML site and PDF briefs into the output folder.")
    static final class Build extends Step {
        @CommandLine.Mixin
        ContentFolder content;

        @CommandLine.Mixin
        ThemeFolder theme;

        @Option(names = "--out", defaultValue = "site", description = "output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--base-url", converter = BuildOptions.BaseUrl.class,
                description = "absolute URL the site is served from (default: base_url in site.yaml)")
        String baseUrl;

        @Option(names = "--no-pdf", description = "skip the PDF briefs")
        boolean noPdf;

        @Option(names = "--threads", converter = BuildOptions.Threads.class,
                description = "threads to render on (default: one per core); the output is the same")
        Integer threads;

        @Option(names = "--timings", description = "print the time each stage took")
        boolean timings;

        @Option(names = "--no-cache", description = "ignore what earlier builds kept (in .<out>.cache beside the output) and make everything anew")
        boolean noCache;

        @Option(names = "--size-budget", paramLabel = "SIZE", defaultValue = "1GB", converter = BuildOptions.Size.class,
                description = "what the published site may weigh, e.g. 1GB, 500MB, 40000 (bytes); the build warns above"
                        + " 80%% of it (default: ${DEFAULT-VALUE}, GitHub Pages' limit)")
        long sizeBudget;

        @Option(names = "--fail-over-budget", description = "fail (exit 1, nothing published) when the site is over"
                + " --size-budget: for the Pages workflow, before the upload")
        boolean failOverBudget;

        @Override
        public Integer call() throws IOException, TemplateProblem {
            SiteBuild.Options options = new SiteBuild.Options(contentFolder(content), theme.folder, out, baseUrl, !noPdf,
                    threads != null ? threads : org.factpress.theme.Workers.defaultThreads(), !noCache, sizeBudget,
                    failOverBudget, org.factpress.build.Environment.atEntry());
            org.factpress.build.Timings stageTimes = timings ? org.factpress.build.Timings.sinceStart()
                    : new org.factpress.build.Timings();
            // A build killed while changing the site file by file: finished before the site is looked at.
            org.factpress.publish.OutputFolder.finishInterrupted(out);
            SiteBuild.Found found = SiteBuild.look(options);
            stageTimes.lap("look");
            if (found != null && found.upToDate()) {
                out().println(out + " is up to date: nothing changed since the last build (--no-cache builds anew)");
                return OK;
            }
            SiteBuild.Checked result = SiteBuild.build(options, stageTimes, found);
            if (timings) {
                err().lines(stageTimes.format());
            }
            if (report(result.problems(), err())) {
                err().println("nothing was written; " + out + " is as it was");
                return CONTENT_ERROR;
            }
            out().println("built " + out + ": " + count(result.library().articles().size(), "source article") + ", "
                    + count(result.library().publishedClaims().size(), "published claim"));
            if (result.size() != null) {
                out().lines(result.size().summary(sizeBudget));
                if (result.printNote() != null) {
                    out().println(result.printNote());
                }
            }
            return OK;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Writes a new content file with every field, commented, ready to fill in; never overwrites.",
            subcommands = {New.Article.class, New.Claim.class, New.Translation.class})
    static final class New extends Step {
        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return USAGE;
        }

        /**
         * Writes what {@code step} makes and says where; a refusal is the content's (the file is there already),
         * or a usage error when the name given cannot name a content file.
         */
        static int written(Step command, ScaffoldStep step) throws IOException {
            try {
                Path file = step.write();
                command.out().println("wrote " + file + "; fill in the empty fields, then run check");
                return OK;
            } catch (Scaffold.Refused r) {
                if (r.usage) {
                    throw command.mistake(r.getMessage());
                }
                command.err().println("factpress: " + r.getMessage());
                return CONTENT_ERROR;
            }
        }

        interface ScaffoldStep {
            Path write() throws Scaffold.Refused, IOException;
        }

        @Command(name = "article", mixinStandardHelpOptions = true,
                description = "Writes articles/<slug>/article.md for a new source article.")
        static final class Article extends Step {
            @CommandLine.Parameters(index = "0", paramLabel = "<slug>", description = "the article's folder name, e.g. bridge-report")
            String slug;

            @CommandLine.Mixin
            ContentFolder content;

            @CommandLine.Mixin
            ThemeFolder theme;

            @Option(names = "--url", description = "address of the original")
            String url;

            @Option(names = "--title", description = "the headline as published")
            String title;

            @Override
            public Integer call() throws IOException {
                return written(this, () -> Scaffold.article(content.folder, theme.folder, slug, url, title));
            }
        }

        @Command(name = "claim", mixinStandardHelpOptions = true,
                description = "Writes articles/<article-slug>/<claim-slug>.md for a new claim, as a draft.")
        static final class Claim extends Step {
            @CommandLine.Parameters(index = "0", paramLabel = "<article-slug>", description = "the source article's folder")
            String articleSlug;

            @CommandLine.Parameters(index = "1", paramLabel = "<claim-slug>", description = "the claim's slug and page address, e.g. bridge-cost")
            String claimSlug;

            @CommandLine.Mixin
            ContentFolder content;

            @CommandLine.Mixin
            ThemeFolder theme;

            @Option(names = "--quote", description = "the words as they stand in the article")
            String quote;

            @Override
            public Integer call() throws IOException {
                return written(this, () -> Scaffold.claim(content.folder, theme.folder, articleSlug, claimSlug, quote));
            }
        }

        @Command(name = "translation", mixinStandardHelpOptions = true,
                description = "Writes articles/<article-slug>/<claim-slug>.<code>.md (or article.<code>.md without a"
                        + " claim) for a translation into another of the site's languages.")
        static final class Translation extends Step {
            @CommandLine.Parameters(index = "0", paramLabel = "<article-slug>", description = "the source article's folder")
            String articleSlug;

            @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "<claim-slug>",
                    description = "the claim to translate; left out, the article itself")
            String claimSlug;

            @CommandLine.Mixin
            ContentFolder content;

            @CommandLine.Mixin
            ThemeFolder theme;

            @Option(names = "--language", required = true, paramLabel = "<code>",
                    description = "one of site.yaml's languages, e.g. en")
            String language;

            @Override
            public Integer call() throws IOException {
                return written(this, () -> Scaffold.translation(content.folder, theme.folder, articleSlug, claimSlug, language));
            }
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Previews the site, drafts included, on 127.0.0.1; rebuilds and reloads open pages on every change.")
    static final class Serve extends Step {
        @CommandLine.Mixin
        ContentFolder content;

        @CommandLine.Mixin
        ThemeFolder theme;

        @Option(names = "--port", defaultValue = "8000", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
        int port;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (port < 0 || port > 65535) {
                throw mistake("--port " + port + " is not a port: use a number from 1 to 65535, e.g. 8000");
            }
            org.factpress.serve.Preview preview;
            try {
                preview = org.factpress.serve.Preview.start(contentFolder(content), theme.folder, port, err());
            } catch (java.net.BindException e) {
                throw mistake("port " + port + " is in use; try --port " + (port + 1));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    preview.close();
                } catch (IOException e) {
                    // the temporary folder is the system's to clean then
                }
            }));
            out().println("serving " + preview.url() + " (drafts shown; Ctrl-C stops)");
            new java.util.concurrent.CountDownLatch(1).await();
            return OK;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Checks the content, then writes the digest report (PDF) of the checks published in a period.")
    static final class Report extends Step {
        @CommandLine.Mixin
        ContentFolder content;

        @CommandLine.Mixin
        ThemeFolder theme;

        @Option(names = "--from", required = true, description = "first day of the period, YYYY-MM-DD")
        java.time.LocalDate from;

        @Option(names = "--to", required = true, description = "last day of the period, YYYY-MM-DD")
        java.time.LocalDate to;

        @Option(names = "--out", required = true, description = "the PDF file to write")
        Path out;

        @Option(names = "--language", description = "the edition's language, one of site.yaml's languages (default: the"
                + " first, the site's own)")
        String language;

        @Override
        public Integer call() throws IOException, TemplateProblem {
            if (to.isBefore(from)) {
                throw mistake("--to " + to + " is before --from " + from);
            }
            org.factpress.build.Environment environment = org.factpress.build.Environment.atEntry();
            SiteBuild.Checked checked = SiteBuild.check(contentFolder(content), theme.folder, environment.today());
            themeSpeaks(checked, theme.folder);
            if (report(checked.problems(), err())) {
                return CONTENT_ERROR;
            }
            org.factpress.model.Library library = checked.library();
            if (language != null) {
                java.util.List<String> codes = library.site().languages().stream()
                        .map(org.factpress.model.Language::code).toList();
                if (!codes.contains(language)) {
                    throw mistake("--language " + language + " is not one of the site's languages: "
                            + String.join(", ", codes));
                }
                library = library.edition(language);
            }
            byte[] pdf = SiteBuild.digest(library, theme.folder,
                    new org.factpress.print.DigestPeriod(from + "-to-" + to, from, to), environment);
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
            java.nio.file.Files.write(out, pdf);
            out().println("wrote " + out);
            return OK;
        }
    }
}
