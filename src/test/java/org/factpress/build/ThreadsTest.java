package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;

/** Pages render in parallel; the output must not depend on how many threads did it. */
@Tag("slow")
class ThreadsTest {
    @TempDir
    Path dir;

    @Test
    void oneThreadAndManyThreadsWriteTheSameBytes() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        // Enough checks for the archive to paginate and pages to interleave across threads.
        for (int i = 0; i < 60; i++) {
            t.write("articles/bridge-report/repeat-" + i + ".md", ContentTree.claim(
                    "four billion euros", i % 2 == 0 ? "jane-minister" : "daily-news", i % 3 == 0 ? "false" : "true",
                    "Repeat " + i + "?", "2025-03-" + String.format("%02d", 1 + i % 28)).replace(
                    "tags: [infrastructure, budget]", "tags: [t" + (i % 7) + "]").replace(
                    "published: 2025", "occurrence: 1\npublished: 2025"));
        }
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        var r1 = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), one, null, false, 1, false));
        assertFalse(r1.problems().hasErrors(), () -> r1.problems().all().toString());
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), many, null, false, 4, false));
        Map<String, String> a = org.factpress.TestSite.files(one);
        assertTrue(a.containsKey("claims/page/2/index.html"), a.keySet()::toString);
        assertEquals(a, org.factpress.TestSite.files(many));
    }

    @Test
    void briefsCardsAndDigestsAreTheSameOnOneThreadOrMany() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), one, null, true, 1, false));
        SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), many, null, true, 4, false));
        Map<String, String> a = org.factpress.TestSite.files(one);
        assertTrue(a.containsKey("briefs/bridge-report.pdf") && a.containsKey("cards/bridge-cost.png"), a::toString);
        assertEquals(a, org.factpress.TestSite.files(many));
    }
}
