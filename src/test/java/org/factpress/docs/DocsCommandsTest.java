package org.factpress.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factpress.TestSites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in README.md and docs/*.md is run, and every sample of what factpress prints is what it prints, so
 * the docs cannot drift from the tool. The conventions (docs/README.md): a {@code ```sh} block holds commands; a
 * {@code ```text} block right after {@code <!-- output of "COMMAND" on the test desk "DESK", exit N -->} is what
 * COMMAND prints there; in a sample, {@code ...} stands for any text on its line, and a line of {@code ...} alone
 * for any number of lines. Commands run in a desk made in a temporary folder (never the repository's content/),
 * one per document, replaced where a block is preceded by {@code <!-- on the test desk "DESK" -->}.
 */
class DocsCommandsTest {
    static final Path REPO = Path.of("").toAbsolutePath();

    /** Commands that cannot run in a test, each with the reason. A new one fails the test until it is listed here. */
    static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

    static {
        String bench = "a benchmark: minutes of work on a generated corpus of thousands of articles, measured by hand"
                + " (docs/benchmarks.md gives its figures); its code is compiled with the tests";
        NOT_RUN.put("README.md: bash scripts/setup.sh && mvn -B package",
                "installs system packages with apt-get (root), then runs the whole build: what CI's first step does");
        NOT_RUN.put("README.md: mvn -B verify", "the whole test suite, this test included: what CI runs");
        NOT_RUN.put("README.md: python3 -m http.server 8000 --directory /tmp/site-preview",
                "Python's static server, not factpress; serving a built site the same way is tested by the crawl tests");
        NOT_RUN.put("README.md: mvn -B -Dfactpress.skipSite -Dtest=BrowserPagesTest test",
                "a nested Maven run of one slow browser test, which `mvn -B verify` runs anyway");
        NOT_RUN.put("docs/editing.md: mvn -B -DskipTests -Dfactpress.skipSite package",
                "builds the jar whose classes this test runs");
        NOT_RUN.put("docs/editing.md: git push -u origin check-millions-of-deaths",
                "pushes to the desk's GitHub remote; the other git lines of its block run");
        NOT_RUN.put("docs/editing.md: git push -u origin translate-schools-budget-doubled-en",
                "pushes to the desk's GitHub remote; the other git lines of its block run");
        NOT_RUN.put("docs/benchmarks.md: /usr/bin/time -f \"%e s\" bash -c 'bash scripts/setup.sh && mvn -B package'",
                "the README's first command (set-up and a nested Maven build with every fast test), timed: " + bench);
        for (String c : List.of("bench/run.sh 1000 10 5", "bench/run.sh 5000 10 1",
                "mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt",
                "java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) org.factpress.bench.ServeBenchmark /tmp/factpress-bench/1000x10/content 20 5",
                "bench/size.sh 100 10",
                "mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.factpress.print.PrintBenchmark",
                "mvn -B -o -q -DskipTests -Dfactpress.skipSite package && mvn -B -o -q -Dfactpress.skipSite test-compile",
                "java -XX:+UseSerialGC -cp target/test-classes:target/factpress.jar org.factpress.print.PrintThroughput [THREADS=2] [CORPUS=/tmp/factpress-bench/1000x10/content]",
                "mvn -B -o -DskipTests -Dfactpress.skipSite package",
                "bench/runtime.sh 1000 10 5")) {
            NOT_RUN.put("docs/benchmarks.md: " + c, bench);
        }
        NOT_RUN.put("docs/search.md: bench/search.sh 1000 10", bench);
    }

    /** Samples not compared, each with the reason (its first line names it). */
    static final Map<String, String> NOT_COMPARED = Map.of(
            "docs/benchmarks.md:   start              340 ms",
            "the figures of one build of the 1,000-article benchmark corpus (cli/MainTest.timingsShowWhereTheTimeGoes checks the stages it prints)");

    /** Commands the docs show failing, with the status they end with: every other command must succeed. */
    static final Map<String, Integer> FAILS = Map.of(
            // the guide runs check right after `new claim`, whose fields the editor has not filled in yet
            "docs/editing.md: java -jar target/factpress.jar check", 1);

    /** The desks commands run in, by the name the docs give; each is made anew in a temporary folder. */
    static final Map<String, Desk> DESKS = new TreeMap<>();

    interface Desk {
        void make(Path content) throws IOException;
    }

    static {
        DESKS.put("example", content -> copy(TestSites.content("example"), content));
        DESKS.put("example, without its article", content -> {
            copy(TestSites.content("example"), content);
            delete(content.resolve("articles"));
        });
        DESKS.put("example, one check with a misspelt rating", content -> {
            copy(TestSites.content("example"), content);
            Path article = content.resolve("articles/trump-putin-call-ukraine-negotiations");
            try (Stream<Path> files = Files.list(article)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (!name.equals("article.md") && !name.equals("millions-of-deaths.md")) {
                        Files.delete(f);
                    }
                }
            }
            Path people = content.resolve("people.yaml"); // only the one check's people, or check warns of the others
            Files.writeString(people, Files.readString(people).replaceAll("(?m)^(pete-hegseth|the-independent):\n(  .*\n)+", ""));
            Path claim = article.resolve("millions-of-deaths.md");
            String text = Files.readString(claim);
            assertTrue(text.contains("\nrating: \"false\"\n"));
            Files.writeString(claim, text.replace("\nrating: \"false\"\n", "\nrating: flase\n"));
        });
        DESKS.put("multilingual", content -> copy(TestSites.content("multilingual"), content));
        DESKS.put("multilingual, schools-budget-doubled not yet in English", content -> {
            copy(TestSites.content("multilingual"), content);
            Files.delete(content.resolve("articles/zelenodar-budget-2025/schools-budget-doubled.en.md"));
            Files.delete(content.resolve("articles/zelenodar-budget-2025/article.en.md"));
        });
    }

    static final String DEFAULT_DESK = "example";

    static final Pattern OUTPUT = Pattern.compile(
            "<!-- output of \"(.+?)\" on the test desk \"(.+?)\"(?:, exit (\\d))? -->");
    static final Pattern ON_DESK = Pattern.compile("<!-- on the test desk \"(.+?)\" -->");
    /** What factpress's output looks like: a problem line or a count; such a block must be marked as a sample. */
    static final Pattern LOOKS_LIKE_OUTPUT = Pattern.compile(
            ":\\d+:\\d+: (error|warning):|^\\d+ errors?, \\d+ warnings?$|^content OK");

    record Block(String doc, int line, String tag, List<String> lines, String marker) {
        String where() {
            return doc + ":" + line;
        }
    }

    record Command(Block block, String text, String comment) {
        String key() {
            return block.doc() + ": " + text;
        }
    }

    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> files = Files.list(REPO.resolve("docs"))) {
            docs.addAll(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
        }
        return docs;
    }

    static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");

    /** Every fenced block of a document, with the HTML comment on the line before it, if any. */
    static List<Block> blocks(Path file) throws IOException {
        String doc = REPO.relativize(file).toString();
        List<String> lines = Files.readAllLines(file);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).trim().equals("```")) {
                end++;
            }
            List<String> body = lines.subList(i + 1, end).stream()
                    .map(l -> l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l).toList();
            String before = i > 0 ? lines.get(i - 1).trim() : "";
            blocks.add(new Block(doc, i + 1, open.group(2), body, before.startsWith("<!--") ? before : null));
            i = end;
        }
        return blocks;
    }

    /** A block's commands: continued lines joined, the comment after {@code #} kept apart. */
    static List<Command> commands(Block b) {
        List<Command> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : b.lines()) {
            String l = line.strip();
            if (l.endsWith("\\")) {
                current.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            current.append(l);
            String text = current.toString().replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            String comment = "";
            int hash = text.indexOf(" #");
            if (hash >= 0) {
                comment = text.substring(hash + 2).strip();
                text = text.substring(0, hash).strip();
            }
            commands.add(new Command(b, text, comment));
        }
        return commands;
    }

    static boolean isFactpress(String command) {
        return command.startsWith("java -jar target/factpress.jar ") || command.startsWith("bin/factpress ");
    }

    static boolean isGit(String command) {
        return command.startsWith("git ");
    }

    /** The conventions hold: fast, it runs with every build, and fails on a command or sample no one has placed. */
    @Test
    void everyBlockIsTaggedAndEveryCommandIsRunOrListedWithItsReason() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        int commands = 0;
        int samples = 0;
        for (Path doc : docs()) {
            for (Block b : blocks(doc)) {
                if (b.tag().isEmpty()) {
                    wrong.add(b.where() + ": a block without a language tag (sh for commands, text for output and"
                            + " anything else shown as it is; see docs/README.md)");
                } else if (b.tag().equals("sh")) {
                    if (b.marker() != null && !knownDesk(ON_DESK, b.marker())) {
                        wrong.add(b.where() + ": " + b.marker() + " names no desk of DocsCommandsTest.DESKS " + DESKS.keySet());
                    }
                    for (Command c : commands(b)) {
                        commands++;
                        if (NOT_RUN.containsKey(c.key())) {
                            listed.add(c.key());
                        } else if (!isFactpress(c.text()) && !isGit(c.text())) {
                            wrong.add(b.where() + ": '" + c.text() + "' is not a factpress command: run it in"
                                    + " DocsCommandsTest, or list it in NOT_RUN with the reason it cannot run");
                        }
                    }
                } else if (b.tag().equals("text")) {
                    Matcher m = b.marker() == null ? null : OUTPUT.matcher(b.marker());
                    if (m != null && m.matches()) {
                        samples++;
                        String key = b.doc() + ": " + b.lines().get(0);
                        if (NOT_COMPARED.containsKey(key)) {
                            listed.add(key);
                        } else if (!DESKS.containsKey(m.group(2))) {
                            wrong.add(b.where() + ": no desk '" + m.group(2) + "' in DocsCommandsTest.DESKS " + DESKS.keySet());
                        } else if (!isFactpress(m.group(1))) {
                            wrong.add(b.where() + ": the sample's command '" + m.group(1) + "' is not factpress's");
                        }
                    } else if (b.marker() != null && b.marker().contains("output")) {
                        wrong.add(b.where() + ": cannot read " + b.marker() + "; write <!-- output of \"COMMAND\""
                                + " on the test desk \"DESK\", exit N -->");
                    } else if (b.lines().stream().anyMatch(l -> LOOKS_LIKE_OUTPUT.matcher(l).find())) {
                        wrong.add(b.where() + ": looks like factpress's output: mark it <!-- output of \"COMMAND\""
                                + " on the test desk \"DESK\", exit N --> so that it is compared");
                    }
                }
            }
        }
        for (String key : NOT_RUN.keySet()) {
            if (!listed.contains(key)) {
                wrong.add("NOT_RUN lists '" + key + "', which no document has any more");
            }
        }
        for (String key : NOT_COMPARED.keySet()) {
            if (!listed.contains(key)) {
                wrong.add("NOT_COMPARED lists '" + key + "', which no document has any more");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(commands > 20 && samples >= 5, commands + " commands, " + samples + " samples");
    }

    static boolean knownDesk(Pattern p, String marker) {
        Matcher m = p.matcher(marker);
        return m.matches() && DESKS.containsKey(m.group(1));
    }

    @TempDir
    Path dir;

    private int desks;

    /** A new desk folder: content/ made by {@code name}, the repository's templates beside it, like a clone. */
    Path desk(String name) throws IOException {
        Path desk = dir.resolve("desk-" + ++desks);
        Files.createDirectories(desk);
        DESKS.get(name).make(desk.resolve("content"));
        copy(REPO.resolve("templates"), desk.resolve("templates"));
        gitRepo(desk);
        return desk;
    }

    record Ran(int status, List<String> printed) {}

    /** Runs a documented command in {@code desk}: factpress through its main class on the tests' class path. */
    Ran run(Path desk, String command, Duration patience) throws Exception {
        Process p = start(desk, command, ProcessBuilder.Redirect.to(desk.resolve(".out").toFile()));
        if (!p.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("'" + command + "' did not end within " + patience);
        }
        List<String> printed = new ArrayList<>(Files.readAllLines(desk.resolve(".err")));
        printed.addAll(Files.readAllLines(desk.resolve(".out")));
        String here = desk.toString();
        return new Ran(p.exitValue(), printed.stream().map(l -> l.replace(here + "/", "")).toList());
    }

    Process start(Path desk, String command, ProcessBuilder.Redirect out) throws IOException {
        List<String> words = new ArrayList<>();
        List<String> args = words(command);
        if (isFactpress(command)) {
            words.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.factpress.cli.Main"));
            args = args.subList(args.get(0).equals("bin/factpress") ? 1 : 3, args.size());
        }
        for (String a : args) {
            if (a.startsWith("/tmp/")) { // a folder of the reader's; the test's own instead
                a = desk.resolve(a.substring(1)).toString();
            }
            words.add(a);
        }
        return new ProcessBuilder(words).directory(desk.toFile()).redirectOutput(out)
                .redirectError(desk.resolve(".err").toFile()).start();
    }

    /** Splits a command line the way the shell does for these docs: spaces, "double" and 'single' quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** serve runs until stopped: started on a free port, it must print its address and answer there, then it is stopped. */
    void serve(Path desk, Command c) throws Exception {
        String command = c.text().contains("--port") ? c.text() : c.text() + " --port 0";
        Process p = start(desk, command, ProcessBuilder.Redirect.PIPE);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("serving http://127.0.0.1:"), c.key() + " printed " + line
                    + "\n" + Files.readString(desk.resolve(".err")));
            String url = line.substring("serving ".length(), line.indexOf(' ', "serving ".length()));
            HttpClient http = HttpClient.newHttpClient();
            List<String> pages = new ArrayList<>(List.of(url));
            Matcher shown = Pattern.compile("http://127\\.0\\.0\\.1:8000/factpress/(\\S*)").matcher(c.comment());
            if (shown.find() && !shown.group(1).isEmpty()) {
                pages.add(url + shown.group(1)); // the page the comment names, under this desk's base path
            }
            for (String page : pages) {
                int status = http.send(HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                // Where the document's check fails (FAILS), serve shows the error page instead, as the guide says.
                boolean failing = FAILS.containsKey(c.block().doc() + ": java -jar target/factpress.jar check");
                assertTrue(status == 200 || failing && status == 500, c.key() + ": " + page + " answered " + status);
            }
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Tag("slow")
    void everyCommandRunsAndEverySampleIsWhatFactpressPrints() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Path file : docs()) {
            Path desk = null;
            for (Block b : blocks(file)) {
                if (b.tag().equals("sh")) {
                    if (b.marker() != null && ON_DESK.matcher(b.marker()).matches()) {
                        Matcher m = ON_DESK.matcher(b.marker());
                        m.matches();
                        desk = desk(m.group(1));
                    } else if (desk == null) {
                        desk = desk(DEFAULT_DESK);
                    }
                    for (Command c : commands(b)) {
                        if (NOT_RUN.containsKey(c.key())) {
                            continue;
                        }
                        if (c.text().contains(" serve")) {
                            serve(desk, c);
                            continue;
                        }
                        Ran ran = run(desk, c.text(), Duration.ofMinutes(5));
                        int expected = FAILS.getOrDefault(c.key(), 0);
                        if (ran.status() != expected) {
                            wrong.add(b.where() + ": '" + c.text() + "' exited " + ran.status() + ", not " + expected
                                    + ":\n" + String.join("\n", ran.printed()));
                        }
                    }
                } else if (b.tag().equals("text") && b.marker() != null) {
                    Matcher m = OUTPUT.matcher(b.marker());
                    if (!m.matches() || NOT_COMPARED.containsKey(b.doc() + ": " + b.lines().get(0))) {
                        continue;
                    }
                    Ran ran = run(desk(m.group(2)), m.group(1), Duration.ofMinutes(5));
                    int expected = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    if (ran.status() != expected || !Sample.matches(b.lines(), ran.printed())) {
                        wrong.add(b.where() + ": '" + m.group(1) + "' on the desk \"" + m.group(2) + "\" exited "
                                + ran.status() + " (the doc says " + expected + ") and printed:\n"
                                + String.join("\n", ran.printed()) + "\n-- the doc shows:\n" + String.join("\n", b.lines()));
                    }
                }
            }
        }
        assertEquals("", String.join("\n\n", wrong));
    }

    /** The desk made a git repository with its first state committed, as a clone is, for the docs' git lines. */
    static void gitRepo(Path desk) throws IOException {
        Files.writeString(desk.resolve(".gitignore"), ".out\n.err\n");
        for (String c : List.of("git init -q -b main", "git config user.email desk@example.org",
                "git config user.name Desk", "git add -A", "git commit -q -m start")) {
            Process p = new ProcessBuilder(words(c)).directory(desk.toFile()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                assertEquals(0, p.waitFor(), c + ": " + said);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
