package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file meant as a claim but not named so is never skipped without a word. */
class ContentFileNamesTest {
    @TempDir
    Path dir;

    @Test
    void aClaimFileWithAnUpperCaseExtensionIsAWarningWithTheNameToGiveIt() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        String claim = Files.readString(t.path("articles/bridge-report/bridge-cost.md"));
        t.write("articles/bridge-report/Millions.MD", claim);
        t.write("articles/bridge-report/tunnel.markdown", claim);
        t.write("articles/bridge-report/notes.txt", "not a claim"); // no reason to read: no word
        SiteBuild.Checked c = SiteBuild.check(t.root());
        List<Problem> warnings = c.problems().all().stream().filter(p -> !p.isError()).toList();
        assertTrue(warnings.stream().anyMatch(p -> p.position().file().equals(t.path("articles/bridge-report/Millions.MD"))
                && p.message().equals("file 'Millions.MD' is not read: content files end in '.md', in lower case")
                && p.hint().equals("rename it millions.md")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(p -> p.position().file().getFileName().toString().equals("tunnel.markdown")
                && p.hint().equals("rename it tunnel.md")), warnings::toString);
        assertTrue(warnings.stream().noneMatch(p -> p.position().file().toString().endsWith("notes.txt")), warnings::toString);
        assertEquals(2, c.library().claims().size());
    }
}
