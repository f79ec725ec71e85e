package org.factpress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.factpress.build.SiteBuild;

/** Builds a content tree through the real theme into a folder, and reads its pages back. */
public final class TestSite {
    private TestSite() {}

    /** Builds {@code tree} (HTML only) into {@code out}; fails the test on any content error. */
    public static Path build(ContentTree tree, Path out) throws Exception {
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(tree.root(), Path.of("templates"), out, null, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return out;
    }

    /** Copies a folder tree (a theme, a corpus) to change it in a test. */
    public static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** A built page, parsed. */
    public static Document html(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
