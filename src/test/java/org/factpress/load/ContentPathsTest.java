package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/** Nothing is read from outside the content folder, and nothing it names can be written outside the output. */
class ContentPathsTest {
    @TempDir
    Path dir;

    List<Problem> errors(ContentTree t) {
        return SiteBuild.check(t.root()).problems().all().stream().filter(Problem::isError).toList();
    }

    @Test
    void reservedNamesAreRefusedAsSlugsAndIds() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.write("articles/con/article.md", Files.readString(t.path("articles/bridge-report/article.md")));
        Files.move(t.path("articles/bridge-report/roads-counted.md"), t.path("articles/bridge-report/nul.md"));
        t.edit("people.yaml", "bob-editor:", "aux:").edit("articles/bridge-report/bridge-cost.md",
                "editor: bob-editor", "editor: aux");
        t.edit("articles/bridge-report/bridge-cost.md", "tags: [infrastructure, budget]", "tags: [index]");
        List<Problem> errors = errors(t);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().endsWith("articles/con")
                && p.message().equals("article folder 'con' is a reserved name")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().endsWith("nul.md")
                && p.message().equals("claim file name 'nul' is a reserved name")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().endsWith("people.yaml")
                && p.position().line() == 7 && p.message().contains("person id 'aux'")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("tag 'index'")), errors::toString);
    }

    @Test
    void slugsWithDotsSeparatorsOrCapitalsAreRefused() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (String bad : List.of("..hidden", "a..b", "Bridge", "a_b", "a b", "-a", "é")) {
            t.write("articles/" + bad + "/article.md", Files.readString(t.path("articles/bridge-report/article.md")));
        }
        List<Problem> errors = errors(t);
        assertEquals(7, errors.stream().filter(p -> p.message().contains("is not a valid slug")).count(),
                errors::toString);
    }

    @Test
    void linksLeadingOutOfTheContentAreRefusedAndNotRead() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "title: SECRET-TOKEN-123\n");
        Path outsideFolder = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outsideFolder.resolve("article.md"), Files.readString(t.path("articles/bridge-report/article.md")));
        Files.delete(t.path("site.yaml"));
        Files.createSymbolicLink(t.path("site.yaml"), secret);
        Files.createSymbolicLink(t.path("articles/linked-report"), outsideFolder);
        Files.createSymbolicLink(t.path("articles/bridge-report/gone.md"), dir.resolve("no-such-file"));
        List<Problem> errors = errors(t);
        for (String link : List.of("site.yaml", "articles/linked-report", "articles/bridge-report/gone.md")) {
            assertTrue(errors.stream().anyMatch(p -> p.position().file().equals(t.path(link))
                    && (p.message().contains("leads outside the content folder") || p.message().contains("which does not exist"))),
                    () -> link + ": " + errors);
        }
        assertFalse(errors.toString().contains("SECRET-TOKEN-123"), "the linked file was not read");
    }

    @Test
    void linksInsideTheContentAreFine() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Files.move(t.path("people.yaml"), t.path("staff.yaml"));
        Files.createSymbolicLink(t.path("people.yaml"), Path.of("staff.yaml"));
        assertEquals(List.of(), errors(t));
    }

    @Test
    void theOutputCannotBeOrHoldTheContentOrTemplates() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (Path out : List.of(t.root(), t.path("articles"), dir, t.path("site"))) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false)));
            assertTrue(e.getMessage().contains("overlaps the content folder"), e.getMessage());
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), Path.of("templates/site"),
                        null, false)));
        assertTrue(e.getMessage().contains("overlaps the templates folder"), e.getMessage());
        // Nor through a link: out/ inside content/, reached by another name.
        Path link = Files.createSymbolicLink(dir.resolve("shortcut"), t.root());
        var viaLink = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), link.resolve("site"),
                        null, false)));
        assertTrue(viaLink.getMessage().contains("overlaps the content folder"), viaLink.getMessage());
        assertTrue(Files.isRegularFile(t.path("site.yaml")));
        assertFalse(Files.exists(t.path("site")));
    }

    /** A content folder given as a link: the build with the cache sees an edit in it, and no check as gone. */
    @Test
    void aContentFolderGivenAsALinkIsBuiltAfterEachEdit() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path link = Files.createSymbolicLink(dir.resolve("desk"), t.root());
        Path out = dir.resolve("site");
        SiteBuild.Options options = new SiteBuild.Options(link, Path.of("templates"), out, null, false);
        assertFalse(SiteBuild.build(options).problems().hasErrors());
        t.edit("articles/bridge-report/bridge-cost.md", "headline: \"", "headline: \"Edited: ");
        var again = SiteBuild.build(options);
        assertTrue(again.problems().all().stream().noneMatch(p -> p.message().contains("has no file")),
                again.problems().all().toString());
        assertTrue(Files.readString(out.resolve("claims/bridge-cost/index.html")).contains("Edited: "));
    }
}
