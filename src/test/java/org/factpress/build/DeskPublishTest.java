package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.TestSite;
import org.factpress.TestSites;

/**
 * Publishing is `mvn package` in a copy of the repository whose content/ is another desk's: it passes (so the fast
 * tests do not depend on content/) and writes that desk's site/. Then a desk's first day, content/ with only
 * site.yaml and people.yaml, in the same copy and without clean.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskPublishTest {
    /** The repository as a desk has it (the tests read docs/ and .github/ too); not target/, site/, caches or .git. */
    static final List<String> REPOSITORY = List.of("pom.xml", "README.md", "src", "templates", "schemas", "docs",
            ".github", ".ci", "scripts", "bin");
    static final long TIMEOUT_MINUTES = 20;

    @TempDir
    static Path dir;
    static Path repo;

    @BeforeAll
    static void copyTheRepository() throws Exception {
        repo = dir.resolve("repo");
        for (String part : REPOSITORY) {
            Path from = Path.of(part);
            if (!Files.exists(from)) {
                continue;
            }
            if (Files.isDirectory(from)) {
                TestSite.copyTree(from, repo.resolve(part));
            } else {
                Files.createDirectories(repo);
                Files.copy(from, repo.resolve(part));
            }
        }
    }

    @Test
    @Order(1)
    void anotherDeskPublishesItsOwnSite() throws Exception {
        String log = publish("ukrainian");
        Path site = repo.resolve("site");
        Document home = TestSite.html(site.resolve("index.html"));
        assertEquals("uk", home.selectFirst("html").attr("lang"));
        assertEquals("Перевірка фактів «Правда чи ні»", home.selectFirst(".site-title").text());
        assertEquals(List.of("all-permits-received", "all-pupils-fed", "metro-five-billion"), claimPages(site));
        assertEquals("Чи коштуватиме нова лінія метро п'ять мільярдів гривень?",
                TestSite.html(site.resolve("claims/metro-five-billion/index.html")).selectFirst("h1").text());
        assertTrue(Files.isRegularFile(site.resolve("articles/rivne-school-meals/index.html")));
        // Its tags in its own script: shown as written, at a Unicode path.
        assertTrue(Files.isRegularFile(site.resolve("tags/метро/index.html")));
        assertEquals("Метро", TestSite.html(site.resolve("tags/метро/index.html")).selectFirst("h1").text());
        assertTrue(log.contains("Tests run:"), "the fast tests ran");
    }

    @Test
    @Order(2)
    void aDesksFirstDayPublishesAnEmptySite() throws Exception {
        String log = publish("first-day");
        Path site = repo.resolve("site");
        Document home = TestSite.html(site.resolve("index.html"));
        assertEquals("el", home.selectFirst("html").attr("lang"));
        assertEquals("Ελέγχουμε Fact Check", home.selectFirst(".site-title").text());
        assertEquals("Δεν έχει δημοσιευθεί ακόμη κανένας έλεγχος.", home.selectFirst("#latest ~ p:not(.lede)").text(),
                "the empty home page speaks the desk's language");
        assertEquals(List.of(), claimPages(site));
        assertTrue(Files.isRegularFile(site.resolve("about/index.html")));
        // The second `mvn package` in this copy, without clean: shade does not re-shade its own jar.
        assertFalse(log.contains("overlapping"), "shade warned of overlapping classes on a second package");
    }

    /** Replaces content/ with the fixture desk {@code name} and runs `mvn -B -o package`; returns its output. */
    static String publish(String name) throws Exception {
        Path content = repo.resolve("content");
        if (Files.exists(content)) {
            try (Stream<Path> s = Files.walk(content)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        TestSite.copyTree(TestSites.content(name), content);
        Path log = dir.resolve("mvn-package-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-o", "package"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log);
        assertTrue(finished, () -> "mvn package did not finish in " + TIMEOUT_MINUTES + " minutes:\n" + tail(out));
        assertEquals(0, p.exitValue(), () -> "mvn package failed for the " + name + " desk:\n" + tail(out));
        return out;
    }

    /** The Maven running these tests, or the one on the PATH. */
    static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /** The slugs of the claim pages in {@code site}, sorted. */
    static List<String> claimPages(Path site) throws Exception {
        try (Stream<Path> s = Files.list(site.resolve("claims"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("index.html"))).map(p -> p.getFileName().toString())
                    .sorted().toList();
        }
    }

    static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 150), lines.length));
    }
}
