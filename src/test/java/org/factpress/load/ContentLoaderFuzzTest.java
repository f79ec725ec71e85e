package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.html.SiteRenderer;
import org.factpress.model.Library;
import org.factpress.theme.Templates;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Jazzer over the load and check stages (front matter, YAML, Markdown, dates, people references) and, when the
 * content passes, the HTML render. Every input must end in success or in problems that name a file of the tree,
 * never in another exception.
 *
 * <p>An input is one content file: its first byte picks which file of a valid tree it replaces. In a normal test run this replays the committed inputs under
 * {@code src/test/resources/org/factpress/load/ContentLoaderFuzzTestInputs/loadAnything/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes for the bounded time below (see .ci/run), and saves any crash there.
 */
@Tag("slow")
class ContentLoaderFuzzTest {
    /** The file an input replaces is named by its first byte; the rest of the input is the file's bytes. */
    static final List<String> FILES = List.of("site.yaml", "people.yaml", "articles/bridge-report/article.md",
            "articles/bridge-report/bridge-cost.md");
    static Templates templates;

    // No JUnit @Timeout: in fuzzing mode jazzer-junit 0.24 lets it bound the whole run, not each input
    // (CodeIntelligenceTesting/jazzer#930); libFuzzer's own per-input timeout applies instead.
    @FuzzTest(maxDuration = "60s")
    void loadAnything(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Path root = Files.createTempDirectory("fuzz-content");
        try {
            ContentTree t = ContentTree.valid(root);
            Files.write(t.path(FILES.get((input[0] & 0xff) % FILES.size())), Arrays.copyOfRange(input, 1, input.length));
            SiteBuild.Checked checked = SiteBuild.check(root);
            for (Problem p : checked.problems().all()) {
                assertNotNull(p.message());
                assertTrue(p.position().file().startsWith(root), p::toString);
                assertTrue(p.position().line() >= 0 && p.position().column() >= 0, p::toString);
            }
            if (!checked.problems().hasErrors()) {
                // as the build does: a site whose language the theme cannot speak is an error, not rendered
                org.factpress.check.ThemeLanguageCheck.run(checked.library(), Path.of("templates"), checked.problems());
            }
            if (!checked.problems().hasErrors()) {
                render(checked.library());
            }
        } finally {
            deleteTree(root);
        }
    }

    static void render(Library library) throws Exception {
        if (templates == null) {
            templates = new Templates(Path.of("templates"));
        }
        Views views = new Views(library, new Urls(library.site().baseUrl()));
        try (org.factpress.theme.Workers workers = new org.factpress.theme.Workers(1)) {
            org.factpress.incremental.OutputSink nowhere = (path, bytes) -> { };
            SiteRenderer site = new SiteRenderer(library, templates, views, nowhere, false, workers);
            site.renderPages(null);
            site.renderFiles(nowhere);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
