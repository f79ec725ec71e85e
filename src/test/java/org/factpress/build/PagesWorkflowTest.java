package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.diagnostics.Problem;

/**
 * The GitHub Pages workflow: deploys only from main, with the official actions and configure-pages' base URL; runs
 * the tests only when code changed; reuses the last build of the same code and theme.
 */
class PagesWorkflowTest {
    @TempDir
    Path dir;

    static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/pages.yml").toFile());
    }

    static List<String> uses(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.path("steps").forEach(s -> out.add(s.path("uses").asText("").replaceAll("@.*", "")));
        return out;
    }

    @Test
    void buildsOnEveryChangeAndDeploysOnlyFromMain() throws Exception {
        JsonNode w = workflow();
        assertEquals("main", w.path("on").path("push").path("branches").get(0).asText());
        assertTrue(w.path("on").has("pull_request"));
        JsonNode build = w.path("jobs").path("build");
        JsonNode deploy = w.path("jobs").path("deploy");
        assertTrue(uses(build).containsAll(List.of("actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact")), uses(build)::toString);
        assertEquals(List.of("actions/deploy-pages"), uses(deploy));
        assertEquals("build", deploy.path("needs").asText());
        String mainOnly = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'";
        assertEquals(mainOnly, deploy.path("if").asText());

        String steps = build.path("steps").toString();
        assertTrue(steps.contains("\"cache\":\"maven\""), steps);
        assertTrue(steps.contains("bin/factpress check"), steps);
        assertFalse(steps.contains("java -jar"), "factpress runs through bin/factpress, with its JVM settings: " + steps);
        int builds = 0;
        for (JsonNode step : build.path("steps")) {
            String run = step.path("run").asText("") + step.path("uses").asText("");
            if (run.contains("configure-pages") || run.contains("upload-pages-artifact") || run.contains(" build ")
                    || run.contains("actions/cache/save")) {
                assertEquals(mainOnly, step.path("if").asText(), step::toString);
            }
            if (run.contains("bin/factpress build")) {
                builds++;
                assertTrue(run.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""), run);
                assertFalse(run.contains("--no-cache"), "the site build must reuse the last build: " + run);
                assertTrue(run.contains("--fail-over-budget"), "a site over the Pages limit fails with factpress's message: " + run);
            }
        }
        assertEquals(1, builds, "one site build, by bin/factpress");
    }

    /**
     * Java 17 stays the default (Maven and the tests run on it); Temurin 25 is installed beside it, and both ways of
     * making the jar record the ahead-of-time cache bin/factpress starts it with.
     */
    @Test
    void java17IsTheDefaultAndTemurin25RunsTheBuildWithItsCache() throws Exception {
        JsonNode setup = null;
        for (JsonNode s : workflow().path("jobs").path("build").path("steps")) {
            if (s.path("uses").asText().startsWith("actions/setup-java@")) {
                setup = s;
            }
        }
        assertTrue(setup != null, "no actions/setup-java step");
        assertEquals("temurin", setup.at("/with/distribution").asText());
        assertEquals(List.of("25", "17"), List.of(setup.at("/with/java-version").asText().strip().split("\\s+")),
                "setup-java makes the last version listed the default");
        for (String name : List.of("Tests and jar", "Jar")) {
            String run = step(name).path("run").asText();
            assertTrue(run.contains("-Dfactpress.skipAot=false"), run);
        }
    }

    static JsonNode step(String name) throws Exception {
        for (JsonNode s : workflow().path("jobs").path("build").path("steps")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no step named " + name);
    }

    static int index(JsonNode build, String name) {
        int i = 0;
        for (JsonNode s : build.path("steps")) {
            if (s.path("name").asText().equals(name) || s.path("uses").asText().startsWith(name + "@")) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no step " + name);
    }

    /** A change to code runs every test; a change to content/ alone only builds the jar, then checks and builds. */
    @Test
    void theTestsRunOnlyWhenCodeChanged() throws Exception {
        String code = "steps.changed.outputs.code == 'true'";
        JsonNode tests = step("Tests and jar");
        assertEquals(code, tests.path("if").asText());
        assertEquals("mvn -B -Dfactpress.skipSite -Dfactpress.skipCds -Dfactpress.skipAot=false verify",
                tests.path("run").asText());
        assertEquals(code, step("System packages for the tests").path("if").asText());
        JsonNode jar = step("Jar");
        assertEquals("steps.changed.outputs.code != 'true'", jar.path("if").asText());
        assertTrue(jar.path("run").asText().contains("-DskipTests"), jar::toString);
        assertTrue(jar.path("run").asText().endsWith(" package"), jar::toString);
        // Checked and built whichever path ran.
        assertTrue(step("Check the content").path("if").isMissingNode());
        JsonNode build = workflow().path("jobs").path("build");
        assertTrue(index(build, "Git and Maven") < index(build, "actions/checkout"), "git is needed for the clone");
        assertTrue(index(build, "What changed") < index(build, "Tests and jar"));
    }

    /**
     * The last site and its cache come back before the check (which warns of published checks whose files are gone)
     * and the build, on pull requests too; the newest entry of the same code and theme first, else the newest of
     * any. Only main saves, after its build, under the key the restore made.
     */
    @Test
    void theLastBuildIsRestoredBeforeTheCheckAndSavedOnlyByMain() throws Exception {
        JsonNode build = workflow().path("jobs").path("build");
        JsonNode restoreStep = step("Last build");
        JsonNode save = step("Save this build");
        assertEquals("actions/cache/restore", restoreStep.path("uses").asText().replaceAll("@.*", ""));
        assertEquals("actions/cache/save", save.path("uses").asText().replaceAll("@.*", ""));
        assertTrue(restoreStep.path("if").isMissingNode(), "pull requests restore too, for the check");
        assertEquals("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'", save.path("if").asText());
        for (JsonNode s : List.of(restoreStep, save)) {
            assertEquals(List.of("site", ".site.cache"), List.of(s.at("/with/path").asText().strip().split("\\s+")));
        }
        String key = restoreStep.at("/with/key").asText();
        List<String> restore = List.of(restoreStep.at("/with/restore-keys").asText().strip().split("\n"));
        for (String input : List.of("'pom.xml'", "'src/main/**'", "'templates/**'", "'schemas/**'")) {
            assertTrue(key.contains(input), key);
        }
        assertEquals(restore.get(0) + "${{ github.run_id }}", key, "the newest entry of the same code and theme first");
        assertEquals("site-", restore.get(1), "else the newest of any, for the check");
        assertEquals("${{ steps.last.outputs.cache-primary-key }}", save.at("/with/key").asText());
        assertTrue(index(build, "Tests and jar") < index(build, "Last build"), "verify must not overwrite site/");
        assertTrue(index(build, "Last build") < index(build, "Check the content"));
        assertTrue(index(build, "Build the site for its Pages address") < index(build, "Save this build"));
    }

    /**
     * The check warns of a removed check under the address the build publishes to: configure-pages' on main, and
     * on a pull request the address GitHub gives the repository (a fork's, not site.yaml's).
     */
    @Test
    void theCheckUsesTheAddressTheSiteIsBuiltFor() throws Exception {
        JsonNode build = workflow().path("jobs").path("build");
        assertTrue(index(build, "Configure Pages") < index(build, "Check the content"));
        JsonNode check = step("Check the content");
        assertEquals("${{ steps.pages.outputs.base_url }}", check.at("/env/PAGES_URL").asText());
        String script = check.path("run").asText().replace("bin/factpress check", "echo check");
        assertEquals("check --content content --base-url https://a-fork.github.io/factpress/",
                checkLine(script, "A-Fork/factpress", ""));
        assertEquals("check --content content --base-url https://desk.github.io/",
                checkLine(script, "desk/desk.github.io", ""));
        assertEquals("check --content content --base-url https://checks.example.net/",
                checkLine(script, "desk/factpress", "https://checks.example.net"));
    }

    private String checkLine(String script, String repository, String pagesUrl) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true)
                .redirectOutput(dir.resolve("check.log").toFile());
        pb.environment().put("GITHUB_REPOSITORY", repository);
        pb.environment().put("GITHUB_REPOSITORY_OWNER", repository.replaceFirst("/.*", ""));
        pb.environment().put("PAGES_URL", pagesUrl);
        assertEquals(0, pb.start().waitFor(), () -> read(dir.resolve("check.log")));
        List<String> lines = read(dir.resolve("check.log")).strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** Only the deploy job may publish: no pull request's build holds pages or id-token. */
    @Test
    void onlyTheDeployJobMayPublish() throws Exception {
        JsonNode w = workflow();
        assertEquals("{\"contents\":\"read\"}", w.path("permissions").toString());
        assertTrue(w.path("jobs").path("build").path("permissions").isMissingNode());
        JsonNode deploy = w.path("jobs").path("deploy").path("permissions");
        assertEquals("write", deploy.path("pages").asText());
        assertEquals("write", deploy.path("id-token").asText());
    }

    /** `mvn install` installs the runnable jar as the project's artifact, the file bin/factpress runs. */
    @Test
    void theProjectsArtifactIsTheRunnableJar() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<finalName>factpress</finalName>"), "target/factpress.jar is the artifact");
        int shade = pom.indexOf("<artifactId>maven-shade-plugin</artifactId>");
        String shading = pom.substring(shade, pom.indexOf("</plugin>", shade));
        assertFalse(shading.contains("<outputFile>"), "an output file of its own is neither installed nor attached");
        assertFalse(shading.contains("<shadedArtifactAttached>true"), "the shaded jar replaces the plain one");
        assertTrue(pom.contains("<forceCreation>true</forceCreation>"), "the plain jar is made anew before shading");
    }

    /** The "What changed" step's script, run in a clone: content/ alone is false; code, or no base, is true. */
    @Test
    void whatChangedTellsContentFromCode() throws Exception {
        assumeTrue(run(dir, "git", "--version") == 0, "git is not installed");
        String script = step("What changed").path("run").asText();
        Path origin = Files.createDirectories(dir.resolve("origin"));
        git(origin, "init", "-q", "-b", "main");
        git(origin, "config", "uploadpack.allowAnySHA1InWant", "true");
        Files.createDirectories(origin.resolve("content"));
        Files.createDirectories(origin.resolve("src"));
        Files.writeString(origin.resolve("content").resolve("site.yaml"), "title: A\n");
        Files.writeString(origin.resolve("src/Main.java"), "class Main {}\n");
        String first = commit(origin, "first");
        Files.writeString(origin.resolve("content").resolve("site.yaml"), "title: B\n");
        String contentOnly = commit(origin, "content");
        Files.writeString(origin.resolve("src/Main.java"), "class Main { }\n");
        String codeToo = commit(origin, "code");

        assertEquals("false", changed(script, origin, contentOnly, first));
        assertEquals("true", changed(script, origin, codeToo, contentOnly));
        assertEquals("true", changed(script, origin, codeToo, first));
        assertEquals("true", changed(script, origin, contentOnly, ""));
        assertEquals("true", changed(script, origin, contentOnly, "0".repeat(40)));
    }

    /** Runs the script in a shallow clone of {@code origin} at {@code head}, as the checkout leaves it. */
    String changed(String script, Path origin, String head, String base) throws Exception {
        Path work = dir.resolve("work-" + head.substring(0, 7) + "-" + (base.isEmpty() ? "none" : base.substring(0, 7)));
        git(dir, "clone", "-q", "--no-local", "--depth=1", "--no-single-branch", origin.toUri().toString(),
                work.toString());
        git(work, "fetch", "-q", "--depth=1", "origin", head);
        git(work, "checkout", "-q", head);
        Path output = dir.resolve("output-" + work.getFileName());
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("script.log").toFile());
        pb.environment().put("BASE", base);
        pb.environment().put("GITHUB_OUTPUT", output.toString());
        pb.environment().put("HOME", dir.toString());
        int status = pb.start().waitFor();
        assertEquals(0, status, () -> read(dir.resolve("script.log")));
        return read(output).strip().replaceFirst("^code=", "");
    }

    String commit(Path repo, String message) throws Exception {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "commit", "-q", "-m", message);
        Path head = dir.resolve("head");
        new ProcessBuilder("git", "rev-parse", "HEAD").directory(repo.toFile()).redirectOutput(head.toFile())
                .start().waitFor();
        return read(head).strip();
    }

    void git(Path where, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        assertEquals(0, run(where, command.toArray(String[]::new)), () -> String.join(" ", command) + ": "
                + read(dir.resolve("git.log")));
    }

    int run(Path where, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("git.log").toFile());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        return pb.start().waitFor();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void theProblemMatcherReadsWhatCheckPrints() throws Exception {
        JsonNode matcher = new ObjectMapper().readTree(Path.of(".github/factpress-problems.json").toFile())
                .path("problemMatcher").get(0).path("pattern").get(0);
        Pattern p = Pattern.compile(matcher.path("regexp").asText());
        ContentTree t = ContentTree.valid(dir).edit("articles/bridge-report/bridge-cost.md", "rating: false", "rating: flase");
        List<Problem> problems = SiteBuild.check(t.root()).problems().all();
        Problem error = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
        Matcher m = p.matcher(error.format(dir));
        assertTrue(m.matches(), error.format(dir));
        assertEquals("articles/bridge-report/bridge-cost.md", m.group(matcher.path("file").asInt()));
        assertEquals("6", m.group(matcher.path("line").asInt()));
        assertEquals("error", m.group(matcher.path("severity").asInt()));
        assertTrue(m.group(matcher.path("message").asInt()).startsWith("unknown rating 'flase'"));
        Problem warning = problems.stream().filter(x -> !x.isError()).findFirst().orElseThrow();
        Matcher w = p.matcher(warning.format(dir));
        assertTrue(w.matches(), warning.format(dir));
        assertEquals("warning", w.group(matcher.path("severity").asInt()));
    }
}
