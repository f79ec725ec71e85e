package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.Recall;
import org.factpress.build.SiteBuild;
import org.factpress.build.Timings;
import org.factpress.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link that stays inside the content folder is read as the file or folder it leads to: an article
 * folder or a claim file kept elsewhere in the content and linked back is published, and an edit made through the
 * link is seen by the build with the cache and by serve.
 */
class LinksInsideTheContentTest {
    @TempDir
    Path dir;

    static final String COST = "articles/bridge-report/bridge-cost.md";

    private SiteBuild.Options options(ContentTree t) {
        return new SiteBuild.Options(t.root(), Path.of("templates"), dir.resolve("site"), null, false);
    }

    private static List<Problem> errors(SiteBuild.Checked c) {
        return c.problems().all().stream().filter(Problem::isError).toList();
    }

    /** The article folder moved to content/stash/ and linked back as articles/bridge-report. */
    private ContentTree linkedArticleFolder() throws Exception {
        return linkedArticleFolder(dir.resolve("content"));
    }

    private static ContentTree linkedArticleFolder(Path root) throws Exception {
        ContentTree t = ContentTree.valid(root);
        Files.createDirectories(t.path("stash"));
        Files.move(t.path("articles/bridge-report"), t.path("stash/bridge-report"));
        Files.createSymbolicLink(t.path("articles/bridge-report"), Path.of("../stash/bridge-report"));
        return t;
    }

    /** The claim bridge-cost.md moved to content/stash/ and linked back into its article's folder. */
    private ContentTree linkedClaimFile() throws Exception {
        return linkedClaimFile(dir.resolve("content"));
    }

    private static ContentTree linkedClaimFile(Path root) throws Exception {
        ContentTree t = ContentTree.valid(root);
        Files.createDirectories(t.path("stash"));
        Files.move(t.path(COST), t.path("stash/bridge-cost.md"));
        Files.createSymbolicLink(t.path(COST), Path.of("../../stash/bridge-cost.md"));
        return t;
    }

    @Test
    void aLinkedArticleFolderIsPublishedWithItsClaims() throws Exception {
        ContentTree t = linkedArticleFolder();
        SiteBuild.Checked c = SiteBuild.check(t.root());
        assertEquals(List.of(), errors(c));
        assertEquals(1, c.library().articles().size());
        assertEquals(2, c.library().claims().size());
    }

    /** A link in a linked folder that leads outside is refused where it is, and not read through the folder. */
    @Test
    void aLinkOutsideInALinkedFolderIsNotReadThroughIt() throws Exception {
        ContentTree t = linkedArticleFolder();
        Path secret = Files.writeString(dir.resolve("secret.md"), Files.readString(t.path(COST))
                .replace("headline: \"", "headline: \"SECRET-TOKEN-123 "));
        Files.createSymbolicLink(t.path("stash/bridge-report/leak.md"), secret);
        SiteBuild.Checked c = SiteBuild.check(t.root());
        assertTrue(errors(c).stream().anyMatch(p -> p.position().file().equals(t.path("stash/bridge-report/leak.md"))
                && p.message().contains("leads outside the content folder")), errors(c)::toString);
        assertFalse(c.problems().all().toString().contains("SECRET-TOKEN-123"));
        assertTrue(c.library().claims().stream().noneMatch(x -> x.slug().equals("leak")));
    }

    @Test
    void aLinkedClaimFileIsPublished() throws Exception {
        ContentTree t = linkedClaimFile();
        SiteBuild.Checked c = SiteBuild.check(t.root());
        assertEquals(List.of(), errors(c));
        assertEquals(2, c.library().claims().size());
    }

    @Test
    void anEditThroughALinkedArticleFolderIsBuiltByTheCachedBuild() throws Exception {
        ContentTree t = linkedArticleFolder();
        Path out = dir.resolve("site");
        assertFalse(SiteBuild.build(options(t)).problems().hasErrors());
        assertTrue(Files.isRegularFile(out.resolve("claims/bridge-cost/index.html")));
        t.edit(COST, "headline: \"", "headline: \"Edited: ");
        assertFalse(SiteBuild.build(options(t)).problems().hasErrors());
        assertTrue(Files.readString(out.resolve("claims/bridge-cost/index.html")).contains("Edited: "));
    }

    @Test
    void anEditThroughALinkedClaimFileAndANewTargetAreBuiltByTheCachedBuild() throws Exception {
        ContentTree t = linkedClaimFile();
        Path out = dir.resolve("site");
        assertFalse(SiteBuild.build(options(t)).problems().hasErrors());
        t.edit(COST, "headline: \"", "headline: \"Edited: ");
        assertFalse(SiteBuild.build(options(t)).problems().hasErrors());
        assertTrue(Files.readString(out.resolve("claims/bridge-cost/index.html")).contains("Edited: "));
        // The link turned to another file, neither file changed: the build must still see it.
        Files.writeString(t.path("stash/other.md"), Files.readString(t.path("stash/bridge-cost.md"))
                .replace("Edited: ", "Other: "));
        Files.delete(t.path(COST));
        Files.createSymbolicLink(t.path(COST), Path.of("../../stash/other.md"));
        assertFalse(SiteBuild.build(options(t)).problems().hasErrors());
        assertTrue(Files.readString(out.resolve("claims/bridge-cost/index.html")).contains("Other: "));
    }

    /** Serve is told only of the file the editor saved: its path under stash/, not the link's. */
    @Test
    void serveSeesAnEditThroughALink() throws Exception {
        for (ContentTree t : List.of(linkedArticleFolder(dir.resolve("a")), linkedClaimFile(dir.resolve("b")))) {
            Recall recall = new Recall();
            LocalDate today = LocalDate.of(2025, 4, 1);
            assertEquals(List.of(), errors(SiteBuild.check(t.root(), today, recall, new Timings())));
            t.edit(COST, "headline: \"", "headline: \"Edited: ");
            Path saved = t.path(COST).toRealPath();
            recall.changed(List.of(saved));
            SiteBuild.Checked again = SiteBuild.check(t.root(), today, recall, new Timings());
            assertTrue(again.library().claims().stream().anyMatch(c -> c.headline().startsWith("Edited: ")),
                    again.library().claims().toString());
        }
    }

    @Test
    void aLoopOfLinksIsCalledALoop() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Files.createSymbolicLink(t.path("articles/bridge-report/a.md"), Path.of("b.md"));
        Files.createSymbolicLink(t.path("articles/bridge-report/b.md"), Path.of("a.md"));
        Files.createSymbolicLink(t.path("articles/looped"), Path.of("looped"));
        List<Problem> errors = errors(SiteBuild.check(t.root()));
        for (String link : List.of("articles/bridge-report/a.md", "articles/bridge-report/b.md", "articles/looped")) {
            assertTrue(errors.stream().anyMatch(p -> p.position().file().equals(t.path(link))
                    && p.message().contains("loop of symbolic links")
                    && !p.message().contains("outside")), () -> link + ": " + errors);
        }
    }
}
