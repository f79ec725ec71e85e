package org.factpress.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factpress.build.SiteBuild;
import org.factpress.html.ArticleHighlighter;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimView;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Article briefs per second once warm, on the build's worker threads: prints figures, asserts nothing. The example
 * fixture desk's brief (8 claims; src/test/resources/sites/example, or -Dfactpress.content=FOLDER) is rendered 40
 * times per round; a corpus made by the benchmark generator (default /tmp/factpress-bench/1000x10/content, 10
 * claims an article) gives its first 40 articles' briefs per round. CPU
 * time per brief is printed too: on a shared machine it varies far less than the rate does.
 *
 * <pre>mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.factpress.print.PrintThroughput [-Dexec.args="THREADS CORPUS"]</pre>
 */
public final class PrintThroughput {
    private static final int PER_ROUND = 40;
    private static final int WARM_ROUNDS = 5;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path corpus = Path.of(args.length > 1 ? args[1] : "/tmp/factpress-bench/1000x10/content");
        System.out.println("article briefs per second on " + threads + " threads, " + PER_ROUND + " per round, median of "
                + ROUNDS + " rounds after " + WARM_ROUNDS + " unmeasured (" + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ")");
        Briefs example = new Briefs(Path.of(System.getProperty("factpress.content", "src/test/resources/sites/example")), 1);
        run("example content (" + example.claims.get(0).size() + " claims)", example, threads);
        if (Files.isDirectory(corpus)) {
            Briefs big = new Briefs(corpus, PER_ROUND);
            run(corpus + " (" + big.claims.get(0).size() + " claims)", big, threads);
        }
    }

    private static void run(String what, Briefs b, int threads) throws Exception {
        List<Integer> jobs = new ArrayList<>();
        for (int i = 0; i < PER_ROUND; i++) {
            jobs.add(i % b.articles.size());
        }
        List<Double> rates = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Workers workers = new Workers(threads)) {
            for (int r = 0; r < WARM_ROUNDS + ROUNDS; r++) {
                java.util.concurrent.atomic.AtomicLong workNanos = new java.util.concurrent.atomic.AtomicLong();
                // A theme a round, as a build has one: what it keeps (each address's QR code) is not carried over.
                ArticleBrief brief = b.brief();
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                workers.forEach(jobs, i -> {
                    long w0 = mx.getCurrentThreadCpuTime();
                    brief.render(b.articles.get(i), b.claims.get(i), b.logs.get(i));
                    workNanos.addAndGet(mx.getCurrentThreadCpuTime() - w0);
                });
                double rate = PER_ROUND / ((System.nanoTime() - t0) / 1e9);
                if (r >= WARM_ROUNDS) {
                    rates.add(rate);
                    cpu.add((processCpuNanos() - c0) / 1e6 / PER_ROUND);
                    work.add(workNanos.get() / 1e6 / PER_ROUND);
                }
            }
        }
        System.out.printf("%s: median %.1f briefs/s, best %.1f, worst %.1f %s; CPU per brief: median %.0f ms on the"
                + " worker threads, %.0f ms with GC and compiler threads%n", what, median(rates),
                Collections.max(rates), Collections.min(rates),
                rates.stream().map(x -> String.format("%.1f", x)).toList(), median(work), median(cpu));
    }

    /** CPU time of the whole JVM: unlike the rate, it hardly changes when other processes share the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    /** The first {@code count} articles with claims of a checked content folder, with a brief renderer. */
    private static final class Briefs {
        final List<SourceArticle> articles = new ArrayList<>();
        final List<List<ClaimView>> claims = new ArrayList<>();
        final List<java.util.Map<String, org.factpress.view.UpdateLog>> logs = new ArrayList<>();
        final Library library;
        final Views views;
        final Templates templates = new Templates(Path.of("templates"));

        Briefs(Path content, int count) throws Exception {
            library = SiteBuild.check(content).library();
            views = new Views(library, new Urls(library.site().baseUrl()));
            for (SourceArticle a : library.articles()) {
                List<ClaimView> c = ArticleHighlighter.highlight(a, views.claimsOf(a)).claimsInTextOrder();
                if (!c.isEmpty() && articles.size() < count) {
                    articles.add(a);
                    claims.add(c);
                    logs.add(views.logs(c));
                }
            }
        }

        ArticleBrief brief() {
            return new ArticleBrief(new PrintTheme(views, templates));
        }
    }
}
