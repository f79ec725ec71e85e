package org.factpress.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factpress.build.SiteBuild;
import org.factpress.model.Library;

/**
 * The example fixture desk (src/test/resources/sites/example/) built once per test run, under a GitHub Pages project path
 * (https://example.org/factpress/), the way the site tests read, crawl, validate and browse it.
 */
public final class ExampleSite {
    public static final String BASE_URL = "https://example.org/factpress/";
    public static final String BASE_PATH = "/factpress/";

    private static Path out;
    private static Library library;

    private ExampleSite() {}

    /** The built site's folder (deleted when the JVM exits). */
    public static synchronized Path dir() throws Exception {
        if (out == null) {
            Path tmp = Files.createTempDirectory("factpress-example-site");
            Path site = tmp.resolve("site");
            SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(org.factpress.TestSites.content("example"), Path.of("templates"),
                    site, BASE_URL, false));
            if (r.problems().hasErrors()) {
                throw new IllegalStateException("example content has errors: " + r.problems().all());
            }
            library = r.library();
            out = site;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
        }
        return out;
    }

    public static synchronized Library library() throws Exception {
        dir();
        return library;
    }

    /** Every HTML file of the built site, sorted. */
    public static List<Path> htmlPages() throws Exception {
        try (Stream<Path> s = Files.walk(dir())) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
