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

/** The command line. Thin: each command calls the pipeline and prints its problems. Exit 0 ok, 1 content, 2 usage. */
@Command(name = "factpress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a fact-check site and PDF briefs from a content folder.",
        subcommands = {Main.Build.class, Main.Check.class, Main.New.class, Main.Serve.class, Main.Report.class})
public final class Main implements Callable<Integer> {
    static final int CONTENT_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(java.time.LocalDate.class, Main::date);
        // A mistake on the command line: one plain line naming the option and the fix, never a Java exception.
        cli.setParameterExceptionHandler((e, parsed) -> {
            err.println("factpress: " + plain(e));
            CommandLine c = e.getCommandLine();
            err.println("see: factpress " + c.getCommandSpec().qualifiedName(" ").replaceFirst("^factpress ?", "")
                    .strip() + (c.getCommandSpec().qualifiedName().equals("factpress") ? "" : " ") + "--help");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Not a user mistake: say so plainly, with the trace, for a bug report.
            err.println("factpress: internal error: " + e);
            e.printStackTrace(err);
            return 3;
        });
        return cli.execute(args);
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
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"factpress " + (v != null ? v : "(development build)")};
        }
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
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(names = "--format", defaultValue = "text",
                description = "text (compiler form, for people) or json (for machines) (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--strict", description = "warnings fail the check too (exit 1)")
        boolean strict;

        @Option(names = "--out", description = "the live site, to warn of published checks whose files are gone"
                + " (default: the folder 'site' beside the content folder)")
        Path out;

        @Option(names = "--templates", defaultValue = "templates",
                description = "theme folder, whose i18n/ must speak the site's language (default: ${DEFAULT-VALUE})")
        Path templates;

        enum Format { text, json }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SiteBuild.Checked checked = SiteBuild.check(content, org.factpress.build.Environment.atEntry().today());
            Problems problems = checked.problems();
            themeSpeaks(checked, templates);
            Path parent = content.toAbsolutePath().getParent();
            Path live = out != null ? out : parent != null ? parent.resolve("site") : Path.of("site");
            problems.addAll(org.factpress.check.GoneChecks.find(content, live));
            boolean failed = problems.hasErrors() || (strict && problems.warningCount() > 0);
            if (format == Format.json) {
                spec.commandLine().getOut().println(org.factpress.diagnostics.ProblemsJson.of(problems, CWD));
                return failed ? CONTENT_ERROR : 0;
            }
            if (report(problems, err) || failed) {
                if (!problems.hasErrors()) {
                    err.println("--strict: warnings count as errors");
                }
                return CONTENT_ERROR;
            }
            spec.commandLine().getOut().println("content OK: " + count(checked.library().articles().size(),
                    "source article") + ", " + count(checked.library().claims().size(), "claim"));
            return 0;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Checks the content, then builds the HTML site and PDF briefs into the output folder.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(names = "--templates", defaultValue = "templates", description = "theme folder (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--out", defaultValue = "site", description = "output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--base-url", description = "absolute URL the site is served from (default: base_url in site.yaml)")
        String baseUrl;

        @Option(names = "--no-pdf", description = "skip the PDF briefs")
        boolean noPdf;

        @Option(names = "--threads", description = "threads to render on (default: one per core); the output is the same")
        Integer threads;

        @Option(names = "--timings", description = "print the time each stage took")
        boolean timings;

        @Option(names = "--no-cache", description = "ignore what earlier builds kept (in .<out>.cache beside the output) and make everything anew")
        boolean noCache;

        @Option(names = "--size-budget", paramLabel = "SIZE", defaultValue = "1GB",
                description = "what the published site may weigh, e.g. 1GB, 500MB, 40000 (bytes); the build warns above"
                        + " 80%% of it (default: ${DEFAULT-VALUE}, GitHub Pages' limit)")
        String sizeBudget;

        @Option(names = "--fail-over-budget", description = "fail (exit 1, nothing published) when the site is over"
                + " --size-budget: for the Pages workflow, before the upload")
        boolean failOverBudget;

        /** A size as written on the command line: bytes, or a number with KB, MB or GB (decimal); -1 if unreadable. */
        static long bytes(String size) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?\\s*")
                    .matcher(size);
            if (!m.matches()) {
                return -1;
            }
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(java.util.Locale.ROOT);
            long scale = switch (unit) {
                case "KB" -> 1_000L;
                case "MB" -> 1_000_000L;
                case "GB" -> 1_000_000_000L;
                default -> 1L;
            };
            return (long) (Double.parseDouble(m.group(1)) * scale);
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            long budget = bytes(sizeBudget);
            if (budget < 1) {
                err.println("factpress: --size-budget must be a size, e.g. 1GB, 500MB or 40000 (bytes), found '"
                        + sizeBudget + "'");
                return 2;
            }
            if (baseUrl != null && !baseUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                err.println("factpress: --base-url must be an absolute http(s) URL, e.g. https://example.org/factpress/");
                return 2;
            }
            try {
                if (threads != null && threads < 1) {
                    err.println("factpress: --threads must be 1 or more");
                    return 2;
                }
                SiteBuild.Options options = new SiteBuild.Options(content, templates, out, baseUrl, !noPdf,
                        threads != null ? threads : org.factpress.theme.Workers.defaultThreads(), !noCache, budget,
                        failOverBudget, org.factpress.build.Environment.atEntry());
                if (SiteBuild.upToDate(options)) {
                    spec.commandLine().getOut().println(out + " is up to date: nothing changed since the last build"
                            + " (--no-cache builds anew)");
                    return 0;
                }
                org.factpress.build.Timings stageTimes = new org.factpress.build.Timings();
                Problems gone = org.factpress.check.GoneChecks.find(content, out); // before the build replaces out
                SiteBuild.Checked result = SiteBuild.build(options, stageTimes);
                result.problems().addAll(gone);
                if (timings) {
                    err.print(stageTimes.format());
                }
                if (report(result.problems(), err)) {
                    err.println("nothing was written; " + out + " is as it was");
                    return CONTENT_ERROR;
                }
                spec.commandLine().getOut().println("built " + out + ": "
                        + count(result.library().articles().size(), "source article") + ", "
                        + count(result.library().publishedClaims().size(), "published claim"));
                if (result.size() != null) {
                    spec.commandLine().getOut().println(result.size().summary(budget));
                }
                return 0;
            } catch (TemplateProblem t) {
                String where = t.template().toString() + (t.line() > 0 ? ":" + t.line() + ":" + Math.max(1, t.column()) : "");
                err.println(where + ": error: " + t.getMessage());
                err.println("nothing was written; " + out + " is as it was");
                return CONTENT_ERROR;
            } catch (IOException e) {
                err.println("factpress: error: " + e.getMessage());
                return CONTENT_ERROR;
            }
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Writes a new content file with every field, commented, ready to fill in; never overwrites.",
            subcommands = {New.Article.class, New.Claim.class})
    static final class New implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }

        static int written(CommandLine.Model.CommandSpec spec, ScaffoldStep step) {
            try {
                Path file = step.write();
                spec.commandLine().getOut().println("wrote " + file + "; fill in the empty fields, then run check");
                return 0;
            } catch (Scaffold.Refused r) {
                spec.commandLine().getErr().println("factpress: " + r.getMessage());
                return CONTENT_ERROR;
            } catch (IOException e) {
                spec.commandLine().getErr().println("factpress: error: cannot write: " + e.getMessage());
                return CONTENT_ERROR;
            }
        }

        interface ScaffoldStep {
            Path write() throws Scaffold.Refused, IOException;
        }

        @Command(name = "article", mixinStandardHelpOptions = true,
                description = "Writes articles/<slug>/article.md for a new source article.")
        static final class Article implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Parameters(index = "0", paramLabel = "<slug>", description = "the article's folder name, e.g. bridge-report")
            String slug;

            @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
            Path content;

            @Option(names = "--url", description = "address of the original")
            String url;

            @Option(names = "--title", description = "the headline as published")
            String title;

            @Override
            public Integer call() {
                return written(spec, () -> Scaffold.article(content, slug, url, title));
            }
        }

        @Command(name = "claim", mixinStandardHelpOptions = true,
                description = "Writes articles/<article-slug>/<claim-slug>.md for a new claim, as a draft.")
        static final class Claim implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Parameters(index = "0", paramLabel = "<article-slug>", description = "the source article's folder")
            String articleSlug;

            @CommandLine.Parameters(index = "1", paramLabel = "<claim-slug>", description = "the claim's slug and page address, e.g. bridge-cost")
            String claimSlug;

            @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
            Path content;

            @Option(names = "--quote", description = "the words as they stand in the article")
            String quote;

            @Override
            public Integer call() {
                return written(spec, () -> Scaffold.claim(content, articleSlug, claimSlug, quote));
            }
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Previews the site, drafts included, on 127.0.0.1; rebuilds and reloads open pages on every change.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(names = "--templates", defaultValue = "templates", description = "theme folder (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--port", defaultValue = "8000", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
        int port;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            org.factpress.serve.Preview preview;
            try {
                preview = org.factpress.serve.Preview.start(content, templates, port, err);
            } catch (java.net.BindException e) {
                err.println("factpress: port " + port + " is in use; try --port " + (port + 1));
                return 2;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    preview.close();
                } catch (IOException e) {
                    // the temporary folder is the system's to clean then
                }
            }));
            spec.commandLine().getOut().println("serving " + preview.url() + " (drafts shown; Ctrl-C stops)");
            new java.util.concurrent.CountDownLatch(1).await();
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Checks the content, then writes the digest report (PDF) of the checks published in a period.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Option(names = "--templates", defaultValue = "templates", description = "theme folder (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--from", required = true, description = "first day of the period, YYYY-MM-DD")
        java.time.LocalDate from;

        @Option(names = "--to", required = true, description = "last day of the period, YYYY-MM-DD")
        java.time.LocalDate to;

        @Option(names = "--out", required = true, description = "the PDF file to write")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (to.isBefore(from)) {
                err.println("factpress: --to " + to + " is before --from " + from);
                return 2;
            }
            org.factpress.build.Environment environment = org.factpress.build.Environment.atEntry();
            SiteBuild.Checked checked = SiteBuild.check(content, environment.today());
            themeSpeaks(checked, templates);
            if (report(checked.problems(), err)) {
                return CONTENT_ERROR;
            }
            try {
                byte[] pdf = SiteBuild.digest(checked.library(), templates,
                        new org.factpress.print.DigestPeriod(from + "-to-" + to, from, to), environment);
                Path dir = out.toAbsolutePath().getParent();
                if (dir != null) {
                    java.nio.file.Files.createDirectories(dir);
                }
                java.nio.file.Files.write(out, pdf);
                spec.commandLine().getOut().println("wrote " + out);
                return 0;
            } catch (TemplateProblem t) {
                String where = t.template().toString() + (t.line() > 0 ? ":" + t.line() + ":" + Math.max(1, t.column()) : "");
                err.println(where + ": error: " + t.getMessage());
                return CONTENT_ERROR;
            } catch (IOException e) {
                err.println("factpress: error: " + e.getMessage());
                return CONTENT_ERROR;
            }
        }
    }
}
