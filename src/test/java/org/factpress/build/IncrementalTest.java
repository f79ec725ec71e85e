package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;
import org.factpress.incremental.BuildCache;

/** Builds that reuse the last one's work give exactly what a full build gives, and skip what did not change. */
class IncrementalTest {
    @TempDir
    Path dir;

    private Factpress.Run build(ContentTree t, Path out, String... more) {
        String[] base = {"build", "--content", t.root().toString(), "--out", out.toString(), "--no-pdf"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Factpress.run(args);
    }

    @Test
    void anotherBudgetThatKeepsTheSameWindowRemakesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out, "--size-budget", "1GB").status());

        // The budget decides the print window (the same here) and the size warning: a build runs, from the cache.
        Factpress.Run again = build(t, out, "--size-budget", "2GB", "--timings");
        assertEquals(0, again.status(), again.err());
        assertFalse(again.out().contains("is up to date"), again.out());
        assertTrue(again.err().contains("analyses: 0 made"), again.err());
        assertTrue(again.err().contains("pages: 0 rendered"), again.err());
        assertTrue(again.err().contains("files: 0 read"), again.err());
    }

    /** Above the size that needs measuring, a one-claim edit weighs again only the pages it changed; the window is a full build's. */
    @org.junit.jupiter.api.Tag("slow")
    @Test
    void aOneClaimEditWeighsOnlyTheChangedPagesForThePrintWindow() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        String[] pdf = {"build", "--content", t.root().toString(), "--out", out.toString(), "--size-budget", "300KB",
                "--timings"};
        Factpress.Run first = Factpress.run(pdf);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("pages weighed for the print window: "), first.err());
        assertTrue(first.err().contains(" 0 as in the last build"), first.err());
        assertTrue(first.out().contains("prints kept for"), first.out());

        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run edit = Factpress.run(pdf);
        assertEquals(0, edit.status(), edit.err());
        java.util.regex.Matcher weighed = java.util.regex.Pattern
                .compile("pages weighed for the print window: (\\d+) rendered, (\\d+) as in the last build")
                .matcher(edit.err());
        assertTrue(weighed.find(), edit.err());
        int rendered = Integer.parseInt(weighed.group(1));
        int known = Integer.parseInt(weighed.group(2));
        assertTrue(rendered > 0 && rendered < known, edit.err());

        Path fresh = dir.resolve("fresh");
        assertEquals(0, Factpress.run("build", "--content", t.root().toString(), "--out", fresh.toString(),
                "--size-budget", "300KB", "--no-cache").status());
        assertEquals(org.factpress.TestSite.files(fresh), org.factpress.TestSite.files(out));
    }

    @Test
    void aBuildWithNothingChangedDoesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path page = out.resolve("claims/bridge-cost/index.html");
        Object inode = Files.getAttribute(page, "unix:ino");

        Factpress.Run again = build(t, out);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("is up to date"), again.out());
        assertEquals(inode, Files.getAttribute(page, "unix:ino"), "the site was not replaced");

        // A changed option, a changed file, or a missing output: a real build again.
        assertFalse(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        assertTrue(build(t, out, "--base-url", "https://other.example/x/").out().contains("up to date"));
        t.edit("articles/bridge-report/bridge-cost.md", "summary: The short answer.", "summary: Changed.");
        Factpress.Run edited = build(t, out, "--base-url", "https://other.example/x/");
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
        Factpress.Run r = build(t, out);
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
        Factpress.Run r = build(t, out);
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

    /**
     * A site in several languages: after a translation is edited, added, or made stale by its original's
     * re-rating, the cached build equals a full one, and the pages of other checks are kept.
     */
    @Test
    void aMultilingualSiteRebuiltAfterEachTranslationEditEqualsAFullBuild() throws Exception {
        ContentTree t = ContentTree.copyOf(org.factpress.TestSites.content("multilingual"), dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        java.util.Map<String, Object> before = inodes(out);

        String translation = "articles/zelenodar-budget-2025/schools-budget-doubled.en.md";
        t.edit(translation, "headline: Has Zelenodar's school spending doubled?",
                "headline: Did Zelenodar double its school spending?");
        Factpress.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        java.util.Map<String, Object> after = inodes(out);
        assertFalse(after.get("en/claims/schools-budget-doubled/index.html")
                .equals(before.get("en/claims/schools-budget-doubled/index.html")));
        assertTrue(Files.readString(out.resolve("en/claims/schools-budget-doubled/index.html"))
                .contains("Did Zelenodar double its school spending?"));
        // the same check in Arabic does not show the English words
        assertEquals(before.get("ar/claims/schools-budget-doubled/index.html"),
                after.get("ar/claims/schools-budget-doubled/index.html"));
        assertEquals(before.get("claims/embankment-cost/index.html"), after.get("claims/embankment-cost/index.html"));
        assertSameAsFullBuild(t, out);

        // A new translation: the original's page now names it, the English listings link it.
        t.write("articles/river-embankment/embankment-cost.en.md", """
                ---
                quote: "will cost the city 90 million hryvnias"
                headline: Will the embankment repair cost 90 million hryvnias?
                summary: No. The contract says more.
                translated: 2025-03-01
                ---

                The contract says more.
                """);
        assertEquals(0, build(t, out).status());
        assertTrue(Files.readString(out.resolve("claims/embankment-cost/index.html")).contains("hreflang=\"en\""));
        assertSameAsFullBuild(t, out);

        // The original re-rated after its Arabic translation: that page says so.
        t.edit("articles/zelenodar-budget-2025/schools-budget-doubled.md", "updates:\n", """
                updates:
                  - date: 2025-03-20
                    type: rating-change
                    previous_rating: half-true
                    note: Ми переглянули оцінку.
                """);
        r = build(t, out);
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(out.resolve("ar/claims/schools-budget-doubled/index.html"))
                .contains("stale-translation"));
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
        Factpress.Run first = build(t, out, "--timings");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("analyses: 2 made, 0 kept from the last build"), first.err());

        t.edit("articles/bridge-report/roads-counted.md", "Roads were in the figure.", "Roads were in the figure, we found.");
        Factpress.Run second = build(t, out, "--timings");
        assertTrue(second.err().contains("analyses: 1 made, 1 kept from the last build"), second.err());
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("we found."));

        Path kept = BuildCache.folderFor(out).resolve("analyses.bin");
        Files.write(kept, java.util.Arrays.copyOf(Files.readAllBytes(kept), 40)); // cut short
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Counted.");
        Factpress.Run third = build(t, out, "--timings");
        assertTrue(third.err().contains("analyses: 2 made, 0 kept from the last build"), third.err());
        assertSameAsFullBuild(t, out);
    }

    /** The "pages: N rendered, M kept" counts a build with --timings prints. */
    private static int[] pages(Factpress.Run r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pages: (\\d+) rendered, (\\d+) kept").matcher(r.err());
        assertTrue(m.find(), r.err());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** The pages a build with --timings kept without making their model. */
    private static int unread(Factpress.Run r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) without reading their model\\)").matcher(r.err());
        assertTrue(m.find(), r.err());
        return Integer.parseInt(m.group(1));
    }

    /**
     * Only pages whose model changed are rendered again; the rest are taken from the last build. Whatever was
     * edited (a claim, a person, the site's settings, a template), the site equals a full build's.
     */
    @Test
    void onlyPagesWhoseModelChangedAreRenderedAgain() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        Path out = dir.resolve("site");
        Factpress.Run first = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, first.status(), first.err());
        int all = pages(first)[0];
        assertEquals(0, pages(first)[1]);

        // One check's summary: its page and the listings that show it, not the methodology or the other check's;
        // the pages that did not read the check are kept without their model being made.
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run claim = build(t, out, "--timings", "--templates", theme.toString());
        int[] n = pages(claim);
        assertEquals(all, n[0] + n[1]);
        assertTrue(n[0] > 0 && n[1] > 0, claim.err());
        assertTrue(unread(claim) > 0, claim.err());
        assertSameAsFullBuild(t, out, theme);

        // Its date moves it in every listing: every page's model is made and compared.
        t.edit("articles/bridge-report/roads-counted.md", "published: 2025-03-02", "published: 2025-03-05");
        Factpress.Run moved = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, unread(moved), moved.err());
        assertTrue(pages(moved)[1] > 0, moved.err());
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
        Factpress.Run themed = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, pages(themed)[1], themed.err());
        assertTrue(Files.readString(out.resolve("claims/index.html")).contains("claim-card edited"));
        assertSameAsFullBuild(t, out, theme);
    }

    /** A theme that reads the clock makes pages that are not a function of their model: none is kept. */
    @Test
    void aThemeThatReadsTheClockKeepsNoPage() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        Files.writeString(theme.resolve("site/lib.ftlh"), Files.readString(theme.resolve("site/lib.ftlh"))
                + "<#assign builtAt = .now>\n");
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out, "--templates", theme.toString()).status());
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run again = build(t, out, "--timings", "--templates", theme.toString());
        assertEquals(0, again.status(), again.err());
        assertFalse(again.err().contains("pages:"), again.err());
    }

    /** A damaged record of the last build's pages is ignored: every page is rendered, and the build succeeds. */
    @Test
    void aDamagedRecordOfPagesIsIgnored() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, build(t, out).status());
        Path record = BuildCache.folderFor(out).resolve("pages.bin");
        byte[] bytes = Files.readAllBytes(record);
        assertTrue(bytes.length > 100, record.toString());
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length - 7)); // cut short
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run r = build(t, out, "--timings");
        assertEquals(0, r.status(), r.err());
        assertEquals(0, pages(r)[1], r.err());
        assertSameAsFullBuild(t, out);
    }

    /** The "files: N read, M kept" counts a build with --timings prints. */
    private static int[] files(Factpress.Run r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("files: (\\d+) read, (\\d+) kept").matcher(r.err());
        assertTrue(m.find(), r.err());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /**
     * The engine's promise, edit after edit on one cache: only the files that changed are read again, and the site
     * equals, file for file, what a --no-cache build of the same content and theme writes. The edits are those a
     * desk makes: a claim, a person, the site's settings, a template, an article's text, a file deleted and one
     * added, a file edited back to what it was, a quote that no longer matches and one that matches again.
     */
    @Test
    void afterEveryEditTheCachedBuildEqualsAFullOne() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = dir.resolve("templates");
        org.factpress.TestSite.copyTree(Path.of("templates"), theme);
        Path out = dir.resolve("site");
        String[] cached = {"--timings", "--templates", theme.toString()};
        Factpress.Run first = build(t, out, cached);
        assertEquals(0, first.status(), first.err());
        assertEquals(0, files(first)[1], "nothing kept before the first build");
        int all = files(first)[0];

        java.util.List<Edit> edits = java.util.List.of(
                new Edit("a claim", () -> t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.",
                        "summary: Roads were counted."), 1),
                new Edit("the claim edited back", () -> t.edit("articles/bridge-report/roads-counted.md",
                        "summary: Roads were counted.", "summary: The short answer."), 1),
                // A headline shows on the home page, the claimant's, the tags' and the verdict's pages.
                new Edit("a claim's headline", () -> t.edit("articles/bridge-report/roads-counted.md",
                        "Did the figure count the roads?", "Did the minister's figure count the roads?"), 1),
                // Its verdict's pages lose it and another's gain it.
                new Edit("a claim's rating", () -> t.edit("articles/bridge-report/roads-counted.md",
                        "rating: mostly-true", "rating: false"), 1),
                // Newer than the other check now: every listing's order changes.
                new Edit("a claim's date", () -> t.edit("articles/bridge-report/roads-counted.md",
                        "published: 2025-03-02", "published: 2025-03-05"), 1),
                new Edit("a claim's tags", () -> t.edit("articles/bridge-report/roads-counted.md",
                        "tags: [infrastructure, budget]", "tags: [infrastructure, roads]"), 1),
                new Edit("a person", () -> t.edit("people.yaml", "name: Jane Minister", "name: Jane Q. Minister"), 1),
                new Edit("the site's settings", () -> t.edit("site.yaml", "title: Test Desk", "title: Test Desk Renamed"), 1),
                new Edit("a template", () -> Files.writeString(theme.resolve("site/lib.ftlh"),
                        Files.readString(theme.resolve("site/lib.ftlh")).replace("<article class=\"claim-card ",
                                "<article class=\"claim-card edited ")), 0),
                new Edit("an article's text", () -> t.edit("articles/bridge-report/article.md", "closer to two billion", "closer to two and a half billion"), 1),
                new Edit("a claim deleted", () -> Files.delete(t.path("articles/bridge-report/bridge-cost.md")), 0),
                new Edit("a claim added", () -> t.write("articles/bridge-report/bridge-length.md",
                        ContentTree.claim("the minister's figure counted the roads around it", "jane-minister", "false",
                                "How long is the bridge?", "2025-03-04")), 1),
                new Edit("a quote that no longer matches", () -> t.edit("articles/bridge-report/bridge-length.md",
                        "counted the roads around it", "counted the rivers around it"), 1),
                // The content is again that of the last site published: nothing to do.
                new Edit("the quote matching again", () -> t.edit("articles/bridge-report/bridge-length.md",
                        "counted the rivers around it", "counted the roads around it"), -1),
                new Edit("the claim found again", () -> t.edit("articles/bridge-report/bridge-length.md",
                        "How long is the bridge?", "How long is the new bridge?"), 1));
        int files = all;
        for (Edit e : edits) {
            e.change().run();
            Factpress.Run r = build(t, out, cached);
            assertEquals(e.read() < 0, r.out().contains("up to date"), e.what() + ": " + r.out());
            if (e.read() < 0) {
                assertSameAsFullBuild(t, out, theme);
                continue;
            }
            if (r.status() != 0) {
                assertTrue(r.err().contains("error"), e.what() + ": " + r.err());
                assertSameCheckAsFullBuild(t, r, theme);
                continue;
            }
            files += e.what().contains("deleted") ? -1 : e.what().contains("added") ? 1 : 0;
            assertEquals(e.read(), files(r)[0], e.what() + ": only the changed files are read\n" + r.err());
            assertEquals(files - e.read(), files(r)[1], e.what() + "\n" + r.err());
            assertSameAsFullBuild(t, out, theme);
        }
    }

    /**
     * A change to the content or theme, and how many content files the next build must read again (-1: none, the
     * site published last is up to date).
     */
    private record Edit(String what, Change change, int read) {}

    @FunctionalInterface
    private interface Change {
        void run() throws Exception;
    }

    /**
     * A translation is a content file like any other: edited, it alone is read again, and its check follows it (the
     * stale translation brought up to date is no longer warned about); the site equals a full build's.
     */
    @Test
    void anEditedTranslationIsTheOnlyFileReadAgain() throws Exception {
        ContentTree t = ContentTree.copyOf(org.factpress.TestSites.content("multilingual"), dir.resolve("content"));
        Path out = dir.resolve("site");
        String stale = "tram-line-funded.en.md:8:13: warning";
        Factpress.Run first = build(t, out, "--timings");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains(stale), first.err());
        t.edit("articles/zelenodar-budget-2025/tram-line-funded.en.md", "translated: 2025-03-04", "translated: 2025-03-07");
        Factpress.Run r = build(t, out, "--timings");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, files(r)[0], r.err());
        assertEquals(files(first)[0] - 1, files(r)[1], r.err());
        assertFalse(r.err().contains(stale), r.err());
        assertSameAsFullBuild(t, out);
    }

    /** Damaged records of the files as read and of the quotes found are ignored: every file is read again. */
    @Test
    void damagedRecordsOfFilesAndQuotesAreIgnored() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        Factpress.Run first = build(t, out, "--timings");
        assertEquals(0, first.status(), first.err());
        int all = files(first)[0];
        for (String record : new String[] {"reads.bin", "quotes.bin"}) {
            Path kept = BuildCache.folderFor(out).resolve(record);
            byte[] bytes = Files.readAllBytes(kept);
            assertTrue(bytes.length > 60, record);
            Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length - 7)); // cut short
        }
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run r = build(t, out, "--timings");
        assertEquals(0, r.status(), r.err());
        assertEquals(all, files(r)[0], r.err());
        assertSameAsFullBuild(t, out);
    }

    /** A build that stopped on an error reports what a --no-cache build of the same content reports. */
    private void assertSameCheckAsFullBuild(ContentTree t, Factpress.Run cached, Path theme) {
        Factpress.Run full = build(t, dir.resolve("full"), "--no-cache", "--templates", theme.toString());
        assertEquals(full.status(), cached.status());
        assertEquals(full.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList(),
                cached.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList());
    }

    /** As {@link #assertSameAsFullBuild(ContentTree, Path)}, with the theme in {@code theme}. */
    private void assertSameAsFullBuild(ContentTree t, Path out, Path theme) throws Exception {
        Path full = dir.resolve("full");
        assertEquals(0, build(t, full, "--no-cache", "--templates", theme.toString()).status());
        assertEquals(org.factpress.TestSite.files(full), org.factpress.TestSite.files(out));
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
        for (String record : new String[] {"pages.bin.tmp", "analyses.bin.tmp", "inputs.tsv.tmp"}) {
            Files.createDirectories(cache.resolve(record).resolve("in-the-way"));
        }
        t.edit("articles/bridge-report/roads-counted.md", "summary: The short answer.", "summary: Roads were counted.");
        Factpress.Run r = build(t, out);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: the site was published, but the build cache could not be saved"), r.err());
        assertTrue(Files.readString(out.resolve("claims/roads-counted/index.html")).contains("Roads were counted."));
        for (String record : new String[] {"pages.bin.tmp", "analyses.bin.tmp", "inputs.tsv.tmp"}) {
            org.factpress.publish.OutputFolderTestAccess.deleteTree(cache.resolve(record));
        }
        t.edit("articles/bridge-report/roads-counted.md", "summary: Roads were counted.", "summary: Counted.");
        Factpress.Run again = build(t, out, "--timings");
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
