package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.TestSites;
import org.factpress.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's check, which keeps what it read and found between saves, reports on translations what check does. */
class TranslationsRecalledTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    private static List<String> problems(SiteBuild.Checked checked, Path content) {
        return checked.problems().all().stream().map(p -> p.format(content)).toList();
    }

    @Test
    void serveSeesTranslationsAsCheckDoesSaveAfterSave() throws Exception {
        ContentTree t = ContentTree.copyOf(TestSites.content("multilingual"), dir.resolve("content"));
        Recall recall = new Recall();
        String tram = "articles/zelenodar-budget-2025/tram-line-funded.en.md";
        List<String> first = problems(SiteBuild.check(t.root(), TODAY, recall, new Timings()), t.root());
        assertEquals(problems(SiteBuild.check(t.root(), TODAY), t.root()), first);
        assertTrue(first.get(0).startsWith(tram + ":8:13: warning: uk original"), first::toString);

        // A headline the PDF fonts cannot print, then the stale translation brought up to date.
        t.edit(tram, "headline: Is the new tram line fully funded?", "headline: 新电车线路资金到位了吗？");
        recall.changed(List.of(t.path(tram)));
        List<String> second = problems(SiteBuild.check(t.root(), TODAY, recall, new Timings()), t.root());
        assertEquals(problems(SiteBuild.check(t.root(), TODAY), t.root()), second);
        assertTrue(second.stream().anyMatch(p -> p.startsWith(tram + ":5:11: warning: 'headline' has characters the"
                + " PDF fonts lack")), second::toString);

        t.edit(tram, "translated: 2025-03-04", "translated: 2025-03-07");
        recall.changed(List.of(t.path(tram)));
        List<String> third = problems(SiteBuild.check(t.root(), TODAY, recall, new Timings()), t.root());
        assertEquals(problems(SiteBuild.check(t.root(), TODAY), t.root()), third);
        assertTrue(third.stream().noneMatch(p -> p.contains("original")), third::toString);
        assertEquals(4, SiteBuild.check(t.root(), TODAY, recall, new Timings()).library().claimTranslations().size());
    }
}
