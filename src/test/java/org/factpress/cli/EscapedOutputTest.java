package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/**
 * Whatever a command prints goes through one escaping writer: a content folder or an output file whose name holds a
 * line break and a GitHub Actions command, or a right-to-left override, prints them as escapes, never raw.
 */
class EscapedOutputTest {
    /** A name that would start a workflow command of its own on CI, and reorder what the editor reads. */
    static final String NAME = "desk\n::error file=x::forged\u202Eredaol";

    @TempDir
    Path dir;

    private static void printedSafely(Factpress.Run r) {
        String all = r.out() + r.err();
        assertFalse(all.lines().anyMatch(l -> l.startsWith("::")), all);
        assertFalse(all.contains("\u202E"), all);
        assertTrue(all.contains("desk\\n::error file=x::forged\\u202Eredaol"), all);
    }

    @Test
    void theFileABuildAndAReportWriteIsPrintedEscaped() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Factpress.Run built = Factpress.run("build", "--content", t.root().toString(), "--no-pdf",
                "--out", dir.resolve(NAME).toString());
        assertEquals(0, built.status(), built.err());
        printedSafely(built);
        Factpress.Run report = Factpress.run("report", "--content", t.root().toString(), "--from", "2025-01-01",
                "--to", "2025-12-31", "--out", dir.resolve(NAME + ".pdf").toString());
        assertEquals(0, report.status(), report.err());
        printedSafely(report);
    }

    @Test
    void aContentFolderNamedInARefusalIsPrintedEscaped() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve(NAME));
        Factpress.Run taken = Factpress.run("new", "article", "bridge-report", "--content", t.root().toString());
        assertEquals(1, taken.status(), taken.err());
        printedSafely(taken);
        Factpress.Run missing = Factpress.run("check", "--content", dir.resolve(NAME + "-not-there").toString());
        assertEquals(2, missing.status(), missing.err());
        printedSafely(missing);
    }
}
