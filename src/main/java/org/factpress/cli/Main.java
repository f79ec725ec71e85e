package org.factpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factpress.build.SiteBuild;
import org.factpress.check.Problem;
import org.factpress.check.Problems;
import org.factpress.render.TemplateProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line. Thin: each command calls the pipeline and prints its problems. Exit 0 ok, 1 content, 2 usage. */
@Command(name = "factpress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a fact-check site and PDF briefs from a content folder.",
        subcommands = {Main.Build.class, Main.Check.class, Main.Report.class})
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
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Not a user mistake: say so plainly, with the trace, for a bug report.
            err.println("factpress: internal error: " + e);
            e.printStackTrace(err);
            return 3;
        });
        return cli.execute(args);
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

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks the content and reports every problem; writes nothing.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--content", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SiteBuild.Checked checked = SiteBuild.check(content);
            if (report(checked.problems(), err)) {
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

        @Option(names = "--no-pdf", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "skip the PDF briefs")
        boolean pdf;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (baseUrl != null && !baseUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                err.println("factpress: --base-url must be an absolute http(s) URL, e.g. https://example.org/factpress/");
                return 2;
            }
            try {
                SiteBuild.Checked result = SiteBuild.build(new SiteBuild.Options(content, templates, out, baseUrl, pdf));
                if (report(result.problems(), err)) {
                    err.println("nothing was written; " + out + " is as it was");
                    return CONTENT_ERROR;
                }
                spec.commandLine().getOut().println("built " + out + ": "
                        + count(result.library().articles().size(), "source article") + ", "
                        + count(result.library().publishedClaims().size(), "published claim"));
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
            SiteBuild.Checked checked = SiteBuild.check(content);
            if (report(checked.problems(), err)) {
                return CONTENT_ERROR;
            }
            try {
                byte[] pdf = SiteBuild.digest(checked.library(), templates,
                        new org.factpress.render.pdf.DigestPeriod(from + "-to-" + to, from, to));
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
