package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.factpress.Factpress.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress.Run;
import org.factpress.publish.OutputFolder;

/** The command line: exit statuses, messages, and that a failed build writes nothing. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void buildWritesTheSiteAndBriefs() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        Run r = run("build", "--content", t.root().toString(), "--templates", "templates", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("claims/bridge-cost/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("articles/bridge-report/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("briefs/bridge-report.pdf")));
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        assertTrue(r.out().contains("2 published claims"), r.out());

        Path htmlOnly = dir.resolve("html-only");
        assertEquals(0, run("build", "--content", t.root().toString(), "--out", htmlOnly.toString(), "--no-pdf").status());
        assertTrue(Files.isRegularFile(htmlOnly.resolve("claims/bridge-cost/index.html")));
        assertFalse(Files.exists(htmlOnly.resolve("briefs")), "--no-pdf writes no briefs");
    }

    @Test
    void contentErrorsExitOneAndLeaveThePreviousSiteAlone() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("site");
        assertEquals(0, run("build", "--content", t.root().toString(), "--out", out.toString(), "--no-pdf").status());
        byte[] before = Files.readAllBytes(out.resolve("claims/bridge-cost/index.html"));
        String contentBefore = Files.readString(t.path("articles/bridge-report/bridge-cost.md"));

        t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase")
                .edit("articles/bridge-report/roads-counted.md", "claimant: daily-news", "claimant: daily-nws");
        Run r = run("build", "--content", t.root().toString(), "--out", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bridge-cost.md:6:9: error: unknown rating 'flase' (this site's ratings: true (True), "), r.err());
        assertTrue(r.err().contains("roads-counted.md:3:11: error: unknown person 'daily-nws' in 'claimant' (did you mean 'daily-news'?)"), r.err());
        assertTrue(r.err().contains("2 errors, 3 warnings"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(new String(before), Files.readString(out.resolve("claims/bridge-cost/index.html")));
        assertEquals(contentBefore.replace("rating: false", "rating: flase"),
                Files.readString(t.path("articles/bridge-report/bridge-cost.md")));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site.")
                    && !p.getFileName().toString().equals(".site.lock")
                    && !p.getFileName().toString().equals(".site.cache")).count(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void checkReportsAndWritesNothing() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run ok = run("check", "--content", t.root().toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("content OK: 1 source article, 2 claims"), ok.out());

        t.edit("articles/bridge-report/bridge-cost.md", "said_on: 2025-03-01", "said_on: 2025-13-01");
        Run bad = run("check", "--content", t.root().toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("bridge-cost.md:4:10: error: field 'said_on': 2025-13-01 does not exist: the month (13)"
                + " must be 01 to 12"), bad.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void checkAsJsonForMachines() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase");
        Run r = run("check", "--content", t.root().toString(), "--format", "json");
        assertEquals(1, r.status(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("errors").asInt());
        assertEquals(2, json.get("warnings").asInt());
        var first = json.get("problems").get(0);
        assertTrue(first.get("file").asText().endsWith("articles/bridge-report/bridge-cost.md"), first.toString());
        assertEquals(6, first.get("line").asInt());
        assertEquals(9, first.get("column").asInt()); // at the value, 'flase'
        assertEquals("error", first.get("severity").asText());
        assertEquals("unknown rating 'flase'", first.get("message").asText());
        assertTrue(first.get("hint").asText().startsWith("this site's ratings: true (True),"), first.toString());
        assertEquals("warning", json.get("problems").get(1).get("severity").asText());
        assertEquals("", r.err(), "JSON mode prints nothing else");
    }

    @Test
    void warningsPassUnlessStrict() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run lenient = run("check", "--content", t.root().toString());
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.err().contains("bridge-cost.md:14:5: warning: source 'Budget report 2024' has no archived copy"),
                lenient.err());
        assertTrue(lenient.err().contains("0 errors, 2 warnings"), lenient.err());

        Run strict = run("check", "--content", t.root().toString(), "--strict");
        assertEquals(1, strict.status(), strict.err());
        assertTrue(strict.err().contains("--strict: warnings count as errors"), strict.err());
        assertEquals(1, run("check", "--content", t.root().toString(), "--strict", "--format", "json").status());
        assertEquals(2, run("check", "--format", "xml").status());
    }

    @Test
    void serveOnAPortInUseSaysSoAndStops() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--content", t.root().toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(Main.USAGE, r.status(), r.err());
            assertEquals(List.of("factpress: port " + taken.getLocalPort() + " is in use; try --port "
                    + (taken.getLocalPort() + 1), "see: factpress serve --help", "exit 2"), r.errLines());
        }
    }

    @Test
    void timingsShowWhereTheTimeGoes() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run r = run("build", "--content", t.root().toString(), "--out", dir.resolve("site").toString(), "--no-pdf",
                "--timings", "--threads", "2");
        assertEquals(0, r.status(), r.err());
        for (String stage : new String[] {"load", "check", "markdown", "render pages", "render files", "publish", "total"}) {
            assertTrue(r.err().lines().anyMatch(l -> l.strip().startsWith(stage + " ") && l.endsWith(" ms")
                    || l.strip().startsWith(stage + " ") && l.contains(" ms (")), stage + " missing in:\n" + r.err());
        }
        assertEquals(2, run("build", "--content", t.root().toString(), "--threads", "0").status());
    }

    @Test
    void buildReportsTheSameWarningsAsCheck() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("articles/bridge-report/bridge-cost.md", "headline: \"Did", "headline: \"\u6865 Did");
        Run check = run("check", "--content", t.root().toString());
        Run build = run("build", "--content", t.root().toString(), "--out", dir.resolve("site").toString(), "--no-pdf");
        assertEquals(0, build.status(), build.err());
        assertTrue(check.err().contains("characters the PDF fonts lack"), check.err());
        assertEquals(check.err().lines().filter(l -> l.contains(": warning: ")).toList(),
                build.err().lines().filter(l -> l.contains(": warning: ")).toList());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Main.USAGE, run("build", "--no-such-option").status());
        assertEquals(Main.USAGE, run("frobnicate").status());
        assertEquals(Main.USAGE, run("new").status(), "new without article or claim");
        assertEquals(List.of("factpress: Invalid value for option '--base-url': 'not a url' is not an absolute http(s)"
                + " URL; write it as e.g. https://example.org/factpress/", "see: factpress build --help", "exit 2"),
                run("build", "--base-url", "not a url").errLines());
        assertEquals(List.of("factpress: Invalid value for option '--threads': '0' is not a number of threads; give 1"
                + " or more", "see: factpress build --help", "exit 2"), run("build", "--threads", "0").errLines());
    }

    /** A folder factpress cannot write is the machine's trouble, not the desk's content: exit 3, in plain words. */
    @Test
    void whatCannotBeWrittenExitsThreeNotOne() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file where a folder should be");
        Run build = run("build", "--content", t.root().toString(), "--out", file.resolve("site").toString(), "--no-pdf");
        Run report = run("report", "--content", t.root().toString(), "--from", "2025-03-01", "--to", "2025-03-31",
                "--out", file.resolve("march.pdf").toString());
        for (Run r : List.of(build, report)) {
            assertEquals(Main.FAILURE, r.status(), r.err());
            assertTrue(r.err().contains("factpress: error: "), r.err());
            assertTrue(r.err().contains("notes.txt: a file is in the way"), "names the path and the trouble: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertEquals("a file where a folder should be", Files.readString(file));
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("factpress"), v.out());
        Run h = run("--help");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("build") && h.out().contains("check"), h.out());
        assertTrue(h.out().contains("serve") && h.out().contains("new"), h.out());
    }

    @Test
    void aFolderFactpressDidNotWriteIsNeverReplaced() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path out = dir.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "years of work");
        Run r = run("build", "--content", t.root().toString(), "--out", out.toString());
        assertEquals(Main.FAILURE, r.status(), "not the content's fault");
        assertTrue(r.err().contains("did not write"), r.err());
        assertEquals("years of work", Files.readString(out.resolve("thesis.txt")));
    }

    @Test
    void outputInsideContentIsRefused() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Run r = run("build", "--content", t.root().toString(), "--out", t.path("site").toString());
        assertEquals(Main.FAILURE, r.status(), "not the content's fault");
        assertTrue(r.err().contains("overlaps the content folder"), r.err());
    }

    @Test
    void templateErrorsNameTheTemplateFileAndLine() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = org.factpress.TestSite.theme(dir.resolve("theme"));
        Path claim = theme.resolve("site/claim.ftlh");
        Files.writeString(claim, Files.readString(claim).replace("<h1>${cl.headline}</h1>", "<h1>${cl.no_such_field}</h1>"));
        Run r = run("build", "--content", t.root().toString(), "--templates", theme.toString(),
                "--out", dir.resolve("site").toString(), "--no-pdf");
        assertEquals(1, r.status());
        int line = 1 + (int) Files.readString(claim).lines().takeWhile(l -> !l.contains("no_such_field")).count();
        assertTrue(r.err().contains("site/claim.ftlh:" + line + ":"), r.err());
        assertTrue(r.err().contains("'cl.no_such_field' is missing or null"), r.err());
        assertFalse(Files.exists(dir.resolve("site")));

        Files.writeString(claim, "<#if>broken");
        Run syntax = run("build", "--content", t.root().toString(), "--templates", theme.toString(),
                "--out", dir.resolve("site").toString(), "--no-pdf");
        assertEquals(1, syntax.status());
        assertTrue(syntax.err().contains("site/claim.ftlh:1:"), syntax.err());
    }
}
