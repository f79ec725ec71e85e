package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short fields have bounds (docs/content-format.md): past a reader's glance a warning, past what a page could hold
 * an error from the schema's maxLength, with the fix.
 */
class FieldBoundsTest {
    @TempDir
    Path dir;

    static final String COST = "articles/bridge-report/bridge-cost.md";

    private List<Problem> summaryOf(int length) throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("c" + length));
        String words = "Yes and no. ".repeat(length / 12 + 1).substring(0, length - 1) + ".";
        t.edit(COST, "summary: The short answer.", "summary: \"" + words + "\"");
        return SiteBuild.check(t.root()).problems().all().stream()
                .filter(p -> p.position().file().endsWith("bridge-cost.md") && p.position().line() == 8).toList();
    }

    @Test
    void aMegabyteSummaryIsRefusedWithTheFix() throws Exception {
        List<Problem> found = summaryOf(1_000_000);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).isError());
        assertEquals("field 'summary' is 1,000,000 characters long; it may be at most 5,000", found.get(0).message());
        assertTrue(found.get(0).hint().contains("in the analysis, below the closing '---'"), found.get(0).hint());
        found = summaryOf(5_001);
        assertTrue(found.size() == 1 && found.get(0).isError(), found::toString);
    }

    @Test
    void aSummaryPastASentenceOrTwoIsAWarning() throws Exception {
        assertEquals(List.of(), summaryOf(600));
        List<Problem> found = summaryOf(601);
        assertEquals(1, found.size(), found::toString);
        assertTrue(!found.get(0).isError()
                && found.get(0).message().equals("'summary' is 601 characters; readers and search tools take in about 600"),
                found::toString);
        found = summaryOf(5_000);
        assertTrue(found.size() == 1 && !found.get(0).isError(), found::toString);
    }

    @Test
    void otherShortFieldsHaveBoundsToo() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit(COST, "headline: \"", "rating_explanation: \"" + "why ".repeat(1300) + "\"\nheadline: \"" + "Long ".repeat(31));
        t.edit("articles/bridge-report/roads-counted.md", "quote: \"", "quote: \"" + "x".repeat(2000));
        List<Problem> all = SiteBuild.check(t.root()).problems().all();
        assertTrue(all.stream().anyMatch(p -> p.isError() && p.message().startsWith("field 'rating_explanation' is 5,200"
                + " characters long; it may be at most 5,000")), all::toString);
        assertTrue(all.stream().anyMatch(p -> !p.isError() && p.message().startsWith("'headline' is ")), all::toString);
        assertTrue(all.stream().anyMatch(p -> p.isError() && p.message().startsWith("field 'quote' is")
                && p.message().endsWith("it may be at most 2,000")), all::toString);
    }
}
