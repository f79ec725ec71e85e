package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/**
 * One rule for every command (docs/editing.md, Exit status): 2 when the command line is wrong (an unknown option,
 * a missing argument, a value that cannot be, a slug that is not one, a content folder, article, original or
 * language that is not there); 1 when the content is (check's errors, or a file `new` would overwrite).
 */
class ExitStatusTest {
    @TempDir
    Path dir;

    private static int status(String... args) {
        return Factpress.run(args).status();
    }

    private static void usage(String... args) {
        Factpress.Run r = Factpress.run(args);
        assertEquals(2, r.status(), String.join(" ", args) + "\n" + r.err());
        assertTrue(r.err().startsWith("factpress: ") && r.err().contains("--help"), r.err());
    }

    @Test
    void everyCommandSaysWhetherTheCommandLineOrTheContentIsWrong() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content")).inEnglishAnd("uk", "Українська");
        String c = t.root().toString();
        String missing = dir.resolve("no-such-content").toString();
        String out = dir.resolve("site").toString();

        usage("build", "--content", missing, "--out", out);
        usage("check", "--content", missing);
        usage("check", "--content", c, "--format", "xml");
        usage("serve", "--content", missing, "--port", "0");
        usage("serve", "--content", c, "--port", "99999");
        usage("serve", "--content", c, "--port", "-1");
        usage("report", "--content", missing, "--from", "2025-01-01", "--to", "2025-12-31", "--out", out + ".pdf");
        usage("report", "--content", c, "--from", "2025-12-01", "--to", "2025-01-31", "--out", out + ".pdf");
        usage("new", "article", "Mal Slug", "--content", c);
        usage("new", "claim", "no-such-article", "x", "--content", c);
        usage("new", "claim", "bridge-report", "Mal Slug", "--content", c);
        usage("new", "claim", "bridge-report", "--content", c);
        usage("new", "translation", "bridge-report", "bridge-cost", "--language", "fr", "--content", c);
        usage("new", "translation", "no-such-article", "--language", "uk", "--content", c);

        assertEquals(1, status("new", "article", "bridge-report", "--content", c), "the file exists");
        assertEquals(1, status("new", "claim", "bridge-report", "bridge-cost", "--content", c), "the file exists");
        assertEquals(0, status("new", "translation", "bridge-report", "bridge-cost", "--language", "uk", "--content", c));
        assertEquals(1, status("new", "translation", "bridge-report", "bridge-cost", "--language", "uk", "--content", c),
                "the translation exists");

        t.edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "rating: flase");
        assertEquals(1, status("check", "--content", c));
        assertEquals(1, status("build", "--content", c, "--out", out, "--no-pdf"));
        assertEquals(1, status("report", "--content", c, "--from", "2025-01-01", "--to", "2025-12-31", "--out", out + ".pdf"));
        assertTrue(Files.notExists(Path.of(out)));
    }
}
