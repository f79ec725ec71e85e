package org.factpress.security;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factpress.build.SiteBuild;

/**
 * The hostile corpus (src/test/resources/hostile) built into a site, with huge strings added at build time so they
 * need not be committed. Shared by the HTML, JSON-LD, PDF and browser tests.
 */
final class HostileSite {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final String HUGE_LINE = "<script>window.xss=1</script>\"'><img src=x onerror=window.xss=1>\u202E";
    /** As many payloads as a headline may hold (schemas/claim.schema.json: 1,000 characters). */
    static final String HUGE_HEADLINE = HUGE_LINE.repeat(1000 / HUGE_LINE.length());

    private HostileSite() {}

    /** Builds the corpus, with PDF briefs, into {@code dir}/site; returns the site folder. */
    static Path build(Path dir) throws Exception {
        Path content = dir.resolve("content");
        org.factpress.TestSite.copyTree(CORPUS, content);
        // Huge strings made of payloads: a headline at the most the schema allows (1,000 characters), a 1 MB analysis.
        Files.writeString(content.resolve("articles/hostile-report/huge-strings.md"), """
                ---
                quote: "<script>window.xss=1;alert(1)</script>"
                claimant: mallory
                said_on: 2025-03-01
                rating: "false"
                headline: '%s'
                summary: Huge.
                author: ann-checker
                published: 2025-02-01
                ---
                %s
                """.formatted(HUGE_HEADLINE.replace("'", "''"), (HUGE_LINE + "\n\n").repeat(15_000)));
        Path site = dir.resolve("site");
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(content, Path.of("templates"), site, null, true));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return site;
    }

    static List<Path> files(Path site, String extension) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
