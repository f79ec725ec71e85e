package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factpress.ContentTree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command in its own JVM, as a desk runs it, through the real main (which exits as soon as the command
 * returns): when it returns, nothing but {@code site/} and {@code .site.cache/} is beside the content, and what it
 * printed reached the terminal.
 */
@Tag("slow")
class NothingLeftBehindTest {
    @TempDir
    Path dir;

    record Ran(int status, String out, String err) {}

    Ran factpress(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.factpress.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not end: " + command);
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    List<String> beside(Path desk) throws IOException {
        try (Stream<Path> s = Files.list(desk)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyCommandLeavesOnlyTheSiteAndItsCache() throws Exception {
        Path desk = Files.createDirectories(dir.resolve("desk"));
        ContentTree t = ContentTree.valid(desk.resolve("content"));
        String content = t.root().toString();
        String site = desk.resolve("site").toString();
        List<String> expected = List.of(".site.cache", "content", "site");

        Ran first = factpress("build", "--content", content, "--out", site);
        assertEquals(0, first.status(), first.err());
        assertEquals(expected, beside(desk), "build");

        Ran same = factpress("build", "--content", content, "--out", site);
        assertTrue(same.out().contains("is up to date"), same.out());
        assertEquals(expected, beside(desk), "build with nothing to do");

        t.edit("articles/bridge-report/bridge-cost.md", "Did the bridge", "Did the new bridge");
        Ran edit = factpress("build", "--content", content, "--out", site);
        assertEquals(0, edit.status(), edit.err());
        assertEquals(expected, beside(desk), "build of one edit (a patch)");

        Ran whole = factpress("build", "--content", content, "--out", site, "--no-cache");
        assertEquals(0, whole.status(), whole.err());
        assertEquals(expected, beside(desk), "build --no-cache (the whole site replaced)");

        assertEquals(0, factpress("check", "--content", content, "--out", site).status());
        assertEquals(expected, beside(desk), "check");

        Path digest = dir.resolve("reports/digest.pdf");
        Ran report = factpress("report", "--content", content, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", digest.toString());
        assertEquals(0, report.status(), report.err());
        assertEquals(expected, beside(desk), "report");

        assertEquals(0, factpress("new", "claim", "bridge-report", "bridge-length", "--content", content).status());
        assertEquals(expected, beside(desk), "new");

        t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase");
        Ran failed = factpress("build", "--content", content, "--out", site);
        assertEquals(1, failed.status(), failed.err());
        assertEquals(expected, beside(desk), "a build failed on a content error");
    }

    /** --timings on a build without warnings: the times reach the terminal although no line follows them. */
    @Test
    void timingsArePrintedWhenTheBuildHasNoWarnings() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (String claim : List.of("bridge-cost", "roads-counted")) { // sources with archived copies: no warning
            t.edit("articles/bridge-report/" + claim + ".md", "url: https://finance.example.org/budget-2024",
                    "url: https://finance.example.org/budget-2024\n    archived_url: https://web.archive.org/web/2025/https://finance.example.org/budget-2024");
        }
        Ran r = factpress("build", "--content", t.root().toString(), "--out", dir.resolve("site").toString(),
                "--no-pdf", "--timings");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("warning"), "a build with warnings prints a line after the times:\n" + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.strip().startsWith("total ") && l.contains(" ms (from the JVM's start)")),
                r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.strip().startsWith("publish ")), r.err());
    }
}
