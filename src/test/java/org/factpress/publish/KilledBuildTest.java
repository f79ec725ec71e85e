package org.factpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;

/**
 * The real command line in its own JVM, killed with SIGKILL (destroyForcibly) at several moments of a build:
 * the output is always a whole site, and the next build cleans up after the dead one. Also two builds at once.
 */
@Tag("slow")
class KilledBuildTest {
    @TempDir
    Path dir;

    /** A content tree big enough that a build with PDF briefs takes a few seconds. */
    static ContentTree bigTree(Path root, int articles) throws IOException {
        ContentTree t = ContentTree.valid(root);
        for (int i = 0; i < articles; i++) {
            String a = "articles/report-" + i + "/";
            t.write(a + "article.md", Files.readString(t.path("articles/bridge-report/article.md")));
            t.write(a + "cost-" + i + ".md", ContentTree.claim("the bridge cost \\\"four billion euros\\\" to build",
                    "jane-minister", "false", "Did the bridge cost four billion euros? (" + i + ")", "2025-03-03"));
            t.write(a + "roads-" + i + ".md", ContentTree.claim("the minister's figure counted the roads around it",
                    "daily-news", "mostly-true", "Did the figure count the roads? (" + i + ")", "2025-03-02"));
        }
        return t;
    }

    Process start(ContentTree content, Path out) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.factpress.cli.Main", "build", "--content", content.root().toString(), "--templates", "templates",
                "--out", out.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("build-" + System.nanoTime() + ".log").toFile());
        return pb.start();
    }

    /** Every file of a folder by path, with a digest of its bytes. */
    List<Path> beside(String kind) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site." + kind + "-")).toList();
        }
    }

    int run(ContentTree content, Path out) throws Exception {
        Process p = start(content, out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not end");
        return p.exitValue();
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSite() throws Exception {
        Path site = dir.resolve("site");
        ContentTree small = ContentTree.valid(dir.resolve("small"));
        ContentTree big = bigTree(dir.resolve("big"), 12);
        assertEquals(0, run(small, site));
        Map<String, String> before = org.factpress.TestSite.files(site);
        // What the big build writes when it is left alone, to tell "the new whole site" from a mixture.
        Path reference = dir.resolve("reference");
        long t0 = System.nanoTime();
        assertEquals(0, run(big, reference));
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> after = org.factpress.TestSite.files(reference);
        assertTrue(after.size() > before.size() + 30, "the big site has many more files");

        // Kill once the new folder exists, then later and later into the build, up to about its end.
        List<String> outcomes = new ArrayList<>();
        for (double at : new double[] {0, 0.4, 0.8, 1.1, 1.6}) {
            Process p = start(big, site);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (beside("new").isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep((long) (at * buildMillis * 0.8));
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);

            Map<String, String> now = Files.exists(site) ? org.factpress.TestSite.files(site) : null;
            if (now == null) {
                // Killed between the two renames: the previous site waits whole beside, for the next build.
                outcomes.add("between renames");
                OutputFolder.recover(site);
                now = org.factpress.TestSite.files(site);
            }
            if (!now.equals(before) && !now.equals(after) && beside("new").stream()
                    .anyMatch(n -> Files.isRegularFile(n.resolve(SitePatch.LIST)))) {
                // Killed while changing the live site file by file: the list of changes is whole, and the next
                // build finishes it first.
                outcomes.add("patch cut short");
                OutputFolder.recover(site);
                now = org.factpress.TestSite.files(site);
            }
            if (now.equals(before)) {
                outcomes.add(at + ": previous site");
            } else if (now.equals(after)) {
                outcomes.add(at + ": new site" + (finished ? " (build had ended)" : ""));
                before = after; // the next kill must leave this one whole
            } else {
                fail("after a kill at " + at + " the site is neither the previous nor the new one ("
                        + now.size() + " files)");
            }
        }
        System.out.println("KilledBuildTest: build " + buildMillis + " ms; " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("previous site")), outcomes::toString);

        // The next build cleans up whatever the dead ones left, and publishes.
        assertEquals(0, run(big, site));
        assertTrue(after.equals(org.factpress.TestSite.files(site)), "the site is the big build's, byte for byte");
        assertEquals(List.of(), beside("new"));
        // The run may end before it deleted the site it replaced: what is left has lost its marker, so it is never
        // put back, and the next build deletes it.
        for (Path old : beside("old")) {
            assertFalse(Files.exists(old.resolve(OutputFolder.MARKER)), old + " still looks like a whole site");
        }
        OutputFolder.recover(site);
        OutputFolder.awaitSweeps();
        assertEquals(List.of(), beside("old"));
    }

    @Test
    void twoBuildsAtOnceNeverInterleave() throws Exception {
        Path site = dir.resolve("site");
        ContentTree big = bigTree(dir.resolve("big"), 16);
        ContentTree small = ContentTree.valid(dir.resolve("small"));
        Process first = start(big, site);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (beside("new").isEmpty() && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(first.isAlive(), "the first build ended before the second could start");
        Path secondLog = dir.resolve("second.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process second = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.factpress.cli.Main", "build", "--content", small.root().toString(), "--templates", "templates",
                "--out", site.toString(), "--no-pdf").redirectErrorStream(true).redirectOutput(secondLog.toFile()).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        String said = Files.readString(secondLog);
        assertEquals(org.factpress.cli.Main.FAILURE, second.exitValue(), "another build is no content error: " + said);
        assertTrue(said.contains("another factpress build is writing"), said);
        assertEquals(0, first.exitValue());
        // The site is the first build's, whole: 16 extra articles with their briefs, none of the second's.
        Map<String, String> files = org.factpress.TestSite.files(site);
        assertEquals(17, files.keySet().stream().filter(k -> k.startsWith("briefs/") && !k.startsWith("briefs/claims/"))
                .count(), files.keySet()::toString);
        assertEquals(List.of(), beside("new"));
    }
}
