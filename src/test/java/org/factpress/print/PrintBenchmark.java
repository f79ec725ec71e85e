package org.factpress.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.factpress.build.SiteBuild;
import org.factpress.html.ArticleHighlighter;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.theme.Templates;
import org.factpress.view.ClaimView;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * How long print output takes, on the example fixture desk (or -Dfactpress.content=FOLDER): prints figures, asserts nothing. Cold = the first document
 * in a fresh JVM (class loading, font parsing), each in its own process; warm = the median of repeated renders.
 *
 * <pre>mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.factpress.print.PrintBenchmark</pre>
 */
public final class PrintBenchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 30;
    /** The content measured: the example fixture desk, or -Dfactpress.content=FOLDER. */
    private static final String CONTENT = System.getProperty("factpress.content", "src/test/resources/sites/example");

    public static void main(String[] args) throws Exception {
        Subject s = new Subject();
        if (args.length > 0 && args[0].equals("--cold-once")) {
            long t0 = System.nanoTime();
            s.articleBrief();
            System.out.println((System.nanoTime() - t0) / 1_000_000);
            return;
        }
        System.out.println("PDF briefs on the example content (" + s.article.slug() + ": " + s.claims.size()
                + " claims, " + s.articleBrief().pages() + " pages)");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath(), "-Dfactpress.content=" + CONTENT, PrintBenchmark.class.getName(), "--cold-once")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            cold.add(Long.parseLong(out.substring(out.lastIndexOf('\n') + 1).strip()));
        }
        System.out.printf("article brief, cold (first in a fresh JVM): median %d ms of %d runs %s%n",
                median(cold), COLD_RUNS, cold);
        report("article brief, warm", s::articleBrief);
        report("one-page fact brief, warm", () -> s.factBrief.render(s.claims.get(0), s.views.log(s.claims.get(0))));
        report("share card PNG, warm", () -> s.card.render(s.claims.get(0)));
        report("monthly digest, warm", () -> s.digest.render(DigestPeriod.of("monthly",
                s.claims.get(0).claim().byline().published()), s.views.claims(), java.util.Map.of()));
    }

    private static void report(String what, Callable<?> task) throws Exception {
        for (int i = 0; i < 5; i++) {
            task.call();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long t0 = System.nanoTime();
            task.call();
            times.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(times);
        System.out.printf("%s: median %.1f ms, fastest %.1f ms, slowest %.1f ms (%d runs)%n", what,
                median(times) / 1000.0, times.get(0) / 1000.0, times.get(times.size() - 1) / 1000.0, WARM_RUNS);
    }

    /** The project's class path: under exec:java it is the context class loader's, not java.class.path. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static long median(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    /** The example content, checked, with a renderer of each kind. */
    private static final class Subject {
        final Views views;
        final SourceArticle article;
        final List<ClaimView> claims;
        final ArticleBrief brief;
        final ClaimBrief factBrief;
        final ShareCard card;
        final DigestReport digest;

        Subject() throws Exception {
            Library library = SiteBuild.check(Path.of(CONTENT)).library();
            views = new Views(library, new Urls(library.site().baseUrl()));
            article = library.articles().get(0);
            claims = ArticleHighlighter.highlight(article, views.claimsOf(article)).claimsInTextOrder();
            PrintTheme theme = new PrintTheme(views, new Templates(Path.of("templates")));
            brief = new ArticleBrief(theme);
            factBrief = new ClaimBrief(theme);
            card = new ShareCard(theme);
            digest = new DigestReport(theme);
        }

        PdfLayout.Pdf articleBrief() throws Exception {
            return brief.render(article, claims, views.logs(claims));
        }
    }
}
