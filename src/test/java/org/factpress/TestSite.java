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

    /** Every file under {@code root}, by relative path, with its SHA-256: two outputs compared byte for byte. */
    public static java.util.Map<String, String> files(Path root) throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    /** A copy of the real theme at {@code to}, to change in a test; returns {@code to}. */
    public static Path theme(Path to) throws java.io.IOException {
        copyTree(Path.of("templates"), to);
        return to;
    }

    /** A built page, parsed. */
    public static Document html(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
