package org.factpress.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factpress.ContentTree;
import org.factpress.check.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Pages workflow: deploys only from main, with the official actions and configure-pages' base URL. */
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
        assertTrue(steps.contains("mvn -B verify"), steps);
        assertTrue(steps.contains("factpress.jar check"), steps);
        for (JsonNode step : build.path("steps")) {
            String run = step.path("run").asText("") + step.path("uses").asText("");
            if (run.contains("configure-pages") || run.contains("upload-pages-artifact") || run.contains(" build ")) {
                assertEquals(mainOnly, step.path("if").asText(), step::toString);
            }
            if (run.contains("factpress.jar build")) {
                assertTrue(run.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""), run);
            }
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
