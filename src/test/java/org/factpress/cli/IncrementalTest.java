package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.incremental.BuildCache;

/** Builds that reuse the last one's work give exactly what a full build gives, and skip what did not change. */
class IncrementalTest {
    @TempDir
    Path dir;

    private MainTest.Run build(ContentTree t, Path out, String... more) {
        String[] base = {"build", "--content", t.root().toString(), "--out", out.toString(), "--no-pdf"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return MainTest.run(args);
    }

    @Test
    void aBuildWithNothingChangedDoesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path page = out.resolve("claims/bridge-cost/index.html");
        Object inode = Files.getAttribute(page, "unix:ino");

        MainTest.Run again = build(t, out);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("is up to date"), again.out());
        assertEquals(inode, Files.getAttribute(page, "unix:ino"), "the site was not replaced");

        // A changed option, a changed file, or a missing output: a real build again.
        assertFalse(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        assertTrue(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: Changed.");
        MainTest.Run edited = build(t, out, "--base-url", "https://other.example/x/");
        assertFalse(edited.out().contains("up to date"), edited.out());
        assertTrue(Files.readString(page).contains("Changed."));
        assertFalse(build(t, out, "--base-url", "https://other.example/x/", "--no-cache").out().contains("up to date"));
    }

    @Test
    void theCacheIsSafeToDelete() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        org.factpress.publish.OutputFolderTestAccess.deleteTree(BuildCache.folderFor(out));
        MainTest.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("up to date"));
        assertEquals(new String(before), Files.readString(out.resolve("index.html")));
    }

    /** Files of {@code root}, by path, with their inode: which ones a build wrote anew. */
    private static java.util.Map<String, Object> inodes(Path root) throws Exception {
        java.util.Map<String, Object> m = new java.util.TreeMap<>();
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return m;
    }

    @Test
    void oneClaimEditedRewritesOnlyThePagesThatShowItAndEqualsAFullBuild() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        java.util.Map<String, Object> before = inodes(out);

        // The summary of the older check: shown on its own page, its article, listings and data files.
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        java.util.Map<String, Object> after = inodes(out);
        java.util.Set<String> rewritten = new java.util.TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        // Every rewritten file really shows the new text or is a data file listing it; unchanged pages are kept.
        java.util.List<String> words = org.factpress.view.SearchIndex.terms("The short answer. Roads were counted.");
        for (String path : rewritten) {
            if (path.startsWith("search/index/terms/")) {
                // The search index holds the summary's words, not its text: the files of the words that changed.
                String terms = Files.readString(out.resolve(path));
                assertTrue(words.stream().anyMatch(w -> terms.contains("\"" + w + "\":")), path + " was rewritten");
            } else if (!path.equals(org.factpress.publish.OutputFolder.MARKER)
                    // ... and meta.json lists the term files, a new word may bring one.
                    && !path.equals("search/index/meta.json")) {
                assertTrue(Files.readString(out.resolve(path)).contains("Roads were counted."), path + " was rewritten");
            }
        }
        assertTrue(rewritten.contains("claims/roads-counted/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("claims/bridge-cost/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("methodology/index.html"), rewritten::toString);
        assertFalse(rewritten.contains("static/style.css"), rewritten::toString);

        assertSameAsFullBuild(t, out);
    }

    /** The site at {@code out} equals, file for file, what a full build of the same content writes. */
    private void assertSameAsFullBuild(ContentTree t, Path out) throws Exception {
        assertSameAsFullBuild(t, out, Path.of("templates"));
    }

    /** Analyses are kept as HTML between builds: only an edited one is made again, and a damaged cache is ignored. */
    @Test
    void onlyAnEditedAnalysisIsMadeAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/roads-counted.md", "The analysis, with **emphasis**.", "Roads were in the figure.");
        Path out = dir.resolve("site");
        MainTest.Run first = build(t, out, "--timings");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("analyses: 2 made, 0 kept from the last build"), first.err());

        t.edit("articles/bridge-report/roads-counted.md", "Roads were in the figure.", "Roads were in the figure, we found.");
        MainTest.Run second = build(t, out, "--timings");
        assertTrue(second.err().contains("analyses: 1 made, 1 kept from the last build"), second.err());
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("we found."));

        Path kept = BuildCache.folderFor(out).resolve("analyses.bin");
        Files.write(kept, java.util.Arrays.copyOf(Files.readAllBytes(kept), 40)); // cut short
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Counted.");
        MainTest.Run third = build(t, out, "--timings");
        assertTrue(third.err().contains("analyses: 2 made, 0 kept from the last build"), third.err());
        assertSameAsFullBuild(t, out);
    }

    /** The "pages: N rendered, M kept" counts a build with --timings prints. */
    private static int[] pages(MainTest.Run r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pages: (\\d+) rendered, (\\d+) kept").matcher(r.err());
        assertTrue(m.find(), r.err());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /**
     * Only pages whose model changed are rendered again; the rest are taken from the last build. Whatever was
     * edited (a claim, a person, the site's settings, a template), the site equals a full build's.
     */
    @Test
    void onlyPagesWhoseModelChangedAreRenderedAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = dir.resolve("templates");
        org.factpress.TestSite.copyTree(Path.of("templates"), theme);
        Path out = dir.resolve("site");
        MainTest.Run first = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, first.status(), first.err());
        int all = pages(first)[0];
        assertEquals(0, pages(first)[1]);

        // One check's summary: its page and the listings that show it, not the methodology or the other check's.
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run claim = build(t, out, "--timings", "--templates", theme.toString());
        int[] n = pages(claim);
        assertEquals(all, n[0] + n[1]);
        assertTrue(n[0] > 0 && n[1] > 0, claim.err());
        assertSameAsFullBuild(t, out, theme);
        Object methodology = Files.getAttribute(out.resolve("methodology/index.html"), "unix:ino");

        // A person's name shows wherever their checks are listed.
        t.edit("people.yaml", "name: Jane Minister", "name: Jane Q. Minister");
        assertTrue(pages(build(t, out, "--timings", "--templates", theme.toString()))[1] > 0);
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("Jane Q. Minister"));
        assertSameAsFullBuild(t, out, theme);
        assertEquals(methodology, Files.getAttribute(out.resolve("methodology/index.html"), "unix:ino"),
                "a page whose model did not change is the last build's file");

        // The site's title is on every page; a template may be used by every page: nothing is kept.
        t.edit("site.yaml", "title: Test Desk", "title: Test Desk Renamed");
        assertEquals(0, pages(build(t, out, "--timings", "--templates", theme.toString()))[1]);
        assertSameAsFullBuild(t, out, theme);
        String lib = Files.readString(theme.resolve("site/lib.ftlh"));
        assertTrue(lib.contains("<article class=\"claim-card "), "the theme edit below must change the theme");
        Files.writeString(theme.resolve("site/lib.ftlh"), lib.replace("<article class=\"claim-card ",
                "<article class=\"claim-card edited "));
        MainTest.Run themed = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, pages(themed)[1], themed.err());
        assertTrue(Files.readString(out.resolve("claims/index.html")).contains("claim-card edited"));
        assertSameAsFullBuild(t, out, theme);
    }

    /** A theme that reads the clock makes pages that are not a function of their model: none is kept. */
    @Test
    void aThemeThatReadsTheClockKeepsNoPage() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = dir.resolve("templates");
        org.factpress.TestSite.copyTree(Path.of("templates"), theme);
        Files.writeString(theme.resolve("site/lib.ftlh"), Files.readString(theme.resolve("site/lib.ftlh"))
                + "<#assign builtAt = .now>\n");
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out, "--templates", theme.toString()).status());
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run again = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, again.status(), again.err());
        assertFalse(again.err().contains("pages:"), again.err());
    }

    /** A damaged record of the last build's pages is ignored: every page is rendered, and the build succeeds. */
    @Test
    void aDamagedRecordOfPagesIsIgnored() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path record = BuildCache.folderFor(out).resolve("pages.tsv");
        java.util.List<String> lines = Files.readAllLines(record);
        assertTrue(lines.size() > 2 && lines.get(0).startsWith("key\t"), lines.toString());
        lines.set(1, lines.get(1).replaceAll("\t\\d+\t", "\tnot-a-size\t"));
        Files.write(record, lines);
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run r = build(t, out, "--timings");
        assertEquals(0, r.status(), r.err());
        assertEquals(0, pages(r)[1], r.err());
        assertSameAsFullBuild(t, out);
    }

    /** As {@link #assertSameAsFullBuild(ContentTree, Path)}, with the theme in {@code theme}. */
    private void assertSameAsFullBuild(ContentTree t, Path out, Path theme) throws Exception {
        Path full = dir.resolve("full");
        assertEquals(0, build(t, full, "--no-cache", "--templates", theme.toString()).status());
        assertEquals(org.factpress.build.ThreadsTestAccess.tree(full), org.factpress.build.ThreadsTestAccess.tree(out));
    }

    /**
     * A cache that cannot be saved once the new site is live: the build still succeeds, says so, and the next
     * build makes everything again and equals a full one.
     */
    @Test
    void aCacheThatCannotBeSavedIsAWarningNotAFailedBuild() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path cache = BuildCache.folderFor(out);
        // A folder where each record's temporary file goes: writing any of them fails.
        for (String record : new String[] {"pages.tsv.tmp", "analyses.bin.tmp", "inputs.tsv.tmp"}) {
            Files.createDirectories(cache.resolve(record).resolve("in-the-way"));
        }
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        MainTest.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: the site was published, but the build cache could not be saved"), r.err());
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("Roads were counted."));
        for (String record : new String[] {"pages.tsv.tmp", "analyses.bin.tmp", "inputs.tsv.tmp"}) {
            org.factpress.publish.OutputFolderTestAccess.deleteTree(cache.resolve(record));
        }
        t.edit("articles/bridge-report/roads-counted.md", "summary: Roads were counted.", "summary: Counted.");
        MainTest.Run again = build(t, out, "--timings");
        assertEquals(0, again.status(), again.err());
        assertFalse(again.err().contains("could not be saved"), again.err());
        assertSameAsFullBuild(t, out);
    }

    /** A page changed in the live site by hand, its size kept: the next build writes it anew, never reuses it. */
    @Test
    void aLivePageChangedByHandIsWrittenAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path page = out.resolve("claims/roads-counted/index.html");
        String good = Files.readString(page);
        Files.writeString(page, good.replace("Did the figure count the roads?", "Did the figure count the ROADS?"));
        // Another check edited, so the build runs; the page by hand has the same size as the one the build wrote.
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: Changed.");
        assertEquals(0, build(t, out).status());
        assertEquals(good, Files.readString(page));
    }
}
