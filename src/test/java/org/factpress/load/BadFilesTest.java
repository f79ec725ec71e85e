package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;

/**
 * Files an editor's tools can produce by accident or an attacker on purpose: each is loaded or is a clear error at
 * its file (and line, where there is one), never a stack trace. The timeouts only guard against hangs.
 */
class BadFilesTest {
    static final Duration HANG_GUARD = Duration.ofSeconds(60);
    static final String CLAIM = "articles/bridge-report/bridge-cost.md";

    @TempDir
    Path dir;

    static List<Problem> errors(ContentTree t) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> SiteBuild.check(t.root()).problems().all().stream()
                .filter(Problem::isError).toList());
    }

    static Problem onlyError(ContentTree t) {
        List<Problem> errors = errors(t);
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    @Test
    void byteOrderMarksAreIgnored() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        for (String f : List.of("site.yaml", "people.yaml", CLAIM, "articles/bridge-report/article.md")) {
            Files.writeString(t.path(f), "\uFEFF" + Files.readString(t.path(f)));
        }
        assertEquals(List.of(), errors(t));
    }

    @Test
    void crlfLineEndsLoadAndLinesStayRight() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(CLAIM, "rating: false", "rating: flase");
        for (String f : List.of("site.yaml", "people.yaml", CLAIM, "articles/bridge-report/article.md")) {
            Files.writeString(t.path(f), Files.readString(t.path(f)).replace("\n", "\r\n"));
        }
        Problem p = onlyError(t);
        assertEquals(t.path(CLAIM), p.position().file());
        assertEquals(6, p.position().line());
        assertTrue(p.message().contains("unknown rating 'flase'"), p.message());
    }

    @Test
    void tabsInYamlNameTheLineAndSayWhy() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("people.yaml", "  name: Ann Checker", "\tname: Ann Checker");
        Problem p = errors(t).stream().filter(e -> e.position().file().endsWith("people.yaml")).findFirst().orElseThrow();
        assertEquals(5, p.position().line(), p::toString);
        assertTrue(p.message().startsWith("YAML syntax"), p.message());
        assertTrue(p.hint().contains("tabs"), p.hint());
    }

    @Test
    void emptyFilesAreClearErrors() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        Files.write(t.path(CLAIM), new byte[0]);
        Files.write(t.path("site.yaml"), new byte[0]);
        List<Problem> errors = errors(t);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().equals(t.path(CLAIM))
                && p.position().line() == 1 && p.message().contains("no front matter")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().equals(t.path("site.yaml"))
                && p.message().contains("missing required field 'title'")), errors::toString);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        Path big = t.path("articles/bridge-report/article.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: the test itself writes next to nothing
        }
        Problem p = errors(t).stream().filter(e -> e.position().file().equals(big)).findFirst().orElseThrow();
        assertEquals("file is 50 MB; content files may be at most 8 MB", p.message());
    }

    @Test
    void aFileOverTheCapIsRefusedEvenIfItIsMadeOfValidText() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        Path claim = t.path(CLAIM);
        String text = Files.readString(claim) + "word ".repeat((int) (TextFile.MAX_BYTES / 5) + 10);
        Files.writeString(claim, text);
        Problem p = onlyError(t);
        assertEquals(claim, p.position().file());
        assertTrue(p.message().contains("at most 8 MB"), p.message());
    }

    @Test
    void billionLaughsStopsAtTheAliasLimit() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            bomb.append((", *" + p).repeat(8)).append("]\n");
        }
        ContentTree t = ContentTree.valid(dir).write("people.yaml", bomb.toString());
        Problem p = errors(t).stream().filter(e -> e.position().file().endsWith("people.yaml")).findFirst().orElseThrow();
        assertEquals("YAML alias '*a' is not supported", p.message());
        assertEquals(2, p.position().line(), p::toString);
    }

    @Test
    void deeplyNestedYamlIsAnErrorNotAStackOverflow() throws Exception {
        ContentTree t = ContentTree.valid(dir)
                .write("site.yaml", "title: " + "[".repeat(100_000) + "\n")
                .edit(CLAIM, "said_where: Press conference", "said_where:\n" + nestedMapping(300));
        List<Problem> errors = errors(t);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().endsWith("site.yaml")
                && p.message().equals("YAML nested more than 40 levels deep") && p.position().line() == 1),
                errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.position().file().equals(t.path(CLAIM))
                && p.message().equals("YAML nested more than 40 levels deep") && p.position().line() >= 40),
                errors::toString);
    }

    static String nestedMapping(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return s.toString();
    }

    @Test
    void duplicateKeysAtTheTopOfPeopleYaml() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("people.yaml", "bob-editor:", "ann-checker:");
        Problem p = errors(t).stream().filter(e -> e.position().file().endsWith("people.yaml")).findFirst().orElseThrow();
        assertEquals(7, p.position().line());
        assertEquals("duplicate key 'ann-checker'", p.message());
        assertEquals("first given at line 4; keep one", p.hint());
    }

    @Test
    void notUtf8InAClaimNamesTheFile() throws Exception {
        ContentTree t = ContentTree.valid(dir);
        byte[] latin1 = Files.readString(t.path(CLAIM)).replace("The analysis", "L'analyse détaillée")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(t.path(CLAIM), latin1);
        Problem p = onlyError(t);
        assertEquals(t.path(CLAIM), p.position().file());
        assertEquals("file is not valid UTF-8 text", p.message());
    }

    @Test
    void aLongQuoteMissingFromAHugeArticleDoesNotHang() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            text.append("word").append(i % 997).append(i % 13 == 0 ? ".\n\n" : " ");
        }
        String quote = "a sentence that is nowhere in the text ".repeat(40).strip();
        ContentTree t = ContentTree.valid(dir)
                .write("articles/bridge-report/article.md", Files.readString(dir.resolve("articles/bridge-report/article.md"))
                        + "\n" + text)
                .edit(CLAIM, "the bridge cost \\\"four billion euros\\\" to build", quote);
        Problem p = onlyError(t);
        assertTrue(p.message().contains("quote not found"), p.message());
    }

    /** verdicts.css is built from rating ids and colours: neither may carry CSS of its own. */
    @Test
    void ratingIdsAndColoursCannotBreakOutOfCss() throws Exception {
        ContentTree t = ContentTree.valid(dir).write("site.yaml", Files.readString(dir.resolve("site.yaml")) + """
                ratings:
                  - id: "x{} body{display:none} .y"
                    label: X
                    meaning: M
                  - id: "false"
                    label: "False"
                    meaning: M
                    colour: "red; } body { display: none"
                  - id: mostly-true
                    label: T
                    meaning: M
                """);
        List<Problem> errors = errors(t).stream().filter(e -> e.position().file().endsWith("site.yaml")).toList();
        List<String> lines = java.nio.file.Files.readAllLines(t.path("site.yaml"));
        int idLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("x{} body")).findFirst().orElseThrow());
        int colourLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("red; }")).findFirst().orElseThrow());
        assertTrue(errors.stream().anyMatch(p -> p.position().line() == idLine
                && p.message().contains("must be lower-case words joined by hyphens")), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.position().line() == colourLine
                && p.message().contains("must be a colour like #1a7f37")), errors::toString);
    }

    @Test
    void templateErrorsNameTheTemplateFileAndLine() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path theme = org.factpress.TestSite.theme(dir.resolve("theme"));
        Path claim = theme.resolve("site/claim.ftlh");
        List<String> lines = Files.readAllLines(claim);
        lines.add(3, "<p>${c.claim.noSuchField}</p>");
        Files.write(claim, lines);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.factpress.theme.TemplateProblem.class,
                () -> SiteBuild.build(new SiteBuild.Options(t.root(), theme, dir.resolve("out"), null, false)));
        assertEquals(claim, e.template());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("c.claim.noSuchField"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));

        lines.set(3, "<#if c.claim.headline>");
        Files.write(claim, lines);
        Files.writeString(theme.resolve("site/article.ftlh"), "<#list a.title as x>\n${x\n");
        var syntax = org.junit.jupiter.api.Assertions.assertThrows(org.factpress.theme.TemplateProblem.class,
                () -> SiteBuild.build(new SiteBuild.Options(t.root(), theme, dir.resolve("out"), null, false)));
        assertTrue(syntax.template().endsWith("claim.ftlh") || syntax.template().endsWith("article.ftlh"),
                syntax.template()::toString);
        assertTrue(syntax.line() >= 1, () -> syntax.line() + " " + syntax.getMessage());
    }
}
