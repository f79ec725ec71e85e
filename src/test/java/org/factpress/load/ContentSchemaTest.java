package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;

/** The JSON Schemas in schemas/: every example file passes them, and a broken file is rejected at its field's line. */
class ContentSchemaTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";

    @TempDir
    Path dir;

    /** Only what the schema says about one file: validates it as {@code schema}. */
    static List<Problem> schemaProblems(Path file, ContentSchema schema) throws Exception {
        Problems problems = new Problems();
        String text = TextFile.read(file);
        if (schema == ContentSchema.ARTICLE || schema == ContentSchema.CLAIM) {
            FrontMatter fm = FrontMatter.parse(file, text);
            schema.check(fm.yaml(), file, 2, problems);
        } else {
            schema.check(YamlTree.parse(file, text, 1), file, 1, problems);
        }
        return problems.all();
    }

    static ContentSchema schemaFor(Path file) {
        String name = file.getFileName().toString();
        return switch (name) {
            case "site.yaml" -> ContentSchema.SITE;
            case "people.yaml" -> ContentSchema.PEOPLE;
            case "article.md" -> ContentSchema.ARTICLE;
            default -> ContentSchema.CLAIM;
        };
    }

    @Test
    void everyExampleContentFileIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(org.factpress.TestSites.content("example"))) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(11, files.size(), files::toString);
        for (Path f : files) {
            assertEquals(List.of(), schemaProblems(f, schemaFor(f)), f::toString);
        }
        ContentTree t = ContentTree.valid(dir);
        for (String f : List.of("site.yaml", "people.yaml", "articles/bridge-report/article.md", COST)) {
            assertEquals(List.of(), schemaProblems(t.path(f), schemaFor(t.path(f))), f);
        }
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static void assertAt(Problem p, Path file, int line, String message, String hint) {
        assertEquals(file, p.position().file(), p::toString);
        assertEquals(line, p.position().line(), p::toString);
        assertEquals(message, p.message());
        assertEquals(hint, p.hint());
    }

    @Test
    void unknownFieldIsNamedWithTheNearestContractField() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "summary: The short answer.", "sumary: The short answer.");
        List<Problem> p = schemaProblems(t.path(COST), ContentSchema.CLAIM);
        assertEquals(2, p.size(), p::toString);
        assertAt(p.get(0), t.path(COST), 2, "missing required field 'summary'", null);
        assertAt(p.get(1), t.path(COST), 8, "unknown field 'sumary'", "did you mean 'summary'?");
    }

    @Test
    void unknownFieldInsideASourceNamesItsPath() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "    publisher: Ministry of Finance", "    publsher: Ministry of Finance");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 15,
                "unknown field 'sources[0].publsher'", "did you mean 'publisher'?");
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "tags: [infrastructure, budget]", "tags: infrastructure");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 12,
                "field 'tags' must be a list, found 'infrastructure'",
                "write a list: tags: [infrastructure], or one '- infrastructure' line per item under 'tags:'");

        t.edit(COST, "tags: infrastructure", "tags: [infrastructure]\noccurrence: two");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 13,
                "field 'occurrence' must be a whole number, found 'two'", null);

        t.edit(COST, "occurrence: two", "occurrence: \"2\"");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 13,
                "field 'occurrence' must be a whole number, found '2'", "write the number without quotes");

        t.edit(COST, "occurrence: \"2\"", "occurrence: 0");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 13,
                "field 'occurrence' must be a whole number from 1 up, found '0'", null);

        t.edit(COST, "    date: 2024-12-01", "    date: 1 December 2024");
        List<Problem> p = schemaProblems(t.path(COST), ContentSchema.CLAIM);
        assertAt(p.get(1), t.path(COST), 17, "field 'sources[0].date' is not a date: '1 December 2024'",
                "write dates as YYYY-MM-DD, e.g. 2025-02-12");
    }

    @Test
    void aNumberWhereAnIdBelongsSaysToQuoteIt() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "claimant: jane-minister", "claimant: 12");
        assertAt(only(schemaProblems(t.path(COST), ContentSchema.CLAIM)), t.path(COST), 3,
                "field 'claimant' must be text, found '12'", "write it in \"double quotes\"");
    }

    @Test
    void brokenSiteAndPeopleFiles() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "publisher:\n  name: Test Desk\n  url: https://example.org/",
                "publisher: Test Desk");
        assertAt(only(schemaProblems(t.path("site.yaml"), ContentSchema.SITE)), t.path("site.yaml"), 5,
                "field 'publisher' must be a mapping of fields, found 'Test Desk'", null);

        t.edit("people.yaml", "  type: organization", "  type: organisation");
        assertAt(only(schemaProblems(t.path("people.yaml"), ContentSchema.PEOPLE)), t.path("people.yaml"), 12,
                "field 'daily-news.type' must be 'person' or 'organization', found 'organisation'",
                "did you mean 'organization'?");
    }

    @Test
    void theCheckReportsASchemaErrorOnceNotTwice() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "claimant: jane-minister", "claimant: jane-minister\noccurrence: two");
        List<Problem> errors = org.factpress.build.SiteBuild.check(t.root()).problems().all().stream()
                .filter(Problem::isError).toList();
        assertAt(only(errors), t.path(COST), 4, "field 'occurrence' must be a whole number, found 'two'", null);
    }

    @Test
    void oddShapesGiveErrorsAtALineNeverAnException() throws Exception {
        // Each replaces the said_where line, so every error belongs on line 5.
        List<String> odd = List.of("occurrence: 1.5", "status: [draft]", "said_where: {id: x}", "said_where: [a, {b: c}]",
                "updates: {title: x}", "updates: [[1]]", "updates: [{date: [1], note: x}]",
                "updates: [{date: 2025-01-01, note: x, y: z}]", "said_where: null", "said_where: ''", "status: 7");
        for (String field : odd) {
            ContentTree t = ContentTree.valid(dir.resolve("odd-" + odd.indexOf(field)))
                    .edit(COST, "said_where: Press conference", field);
            List<Problem> errors = org.factpress.build.SiteBuild.check(t.root()).problems().all().stream()
                    .filter(Problem::isError).toList();
            assertTrue(!errors.isEmpty() || field.equals("said_where: null"), field);
            for (Problem p : errors) {
                assertEquals(t.path(COST), p.position().file(), field + ": " + p);
                assertEquals(5, p.position().line(), field + ": " + p);
            }
            assertEquals(errors.stream().map(Problem::position).distinct().count(), errors.size(),
                    field + ": one message per mistake, got " + errors);
        }
    }

    /** The schemas and the format doc name the same fields: a field added to one shows up missing here. */
    @Test
    void everySchemaFieldIsDocumentedAndEveryDocumentedFieldIsInASchema() throws Exception {
        Set<String> inSchemas = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(Path.of("schemas"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                collect(json.readTree(f.toFile()), inSchemas);
            }
        }
        // The doc's field tables: rows under a "| field |" header, like "| `sources[].url` | ...".
        Set<String> inDoc = new TreeSet<>();
        boolean inTable = false;
        Pattern row = Pattern.compile("^\\| `([a-z_.\\[\\]]+)`");
        for (String line : Files.readAllLines(Path.of("docs/content-format.md"))) {
            inTable = line.startsWith("| field |") || (inTable && line.startsWith("|"));
            Matcher m = row.matcher(line);
            if (inTable && m.find()) {
                String field = m.group(1);
                inDoc.add(field.substring(field.lastIndexOf('.') + 1));
            }
        }
        assertEquals(inSchemas, inDoc);
    }

    private static void collect(JsonNode schema, Set<String> names) {
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        schema.forEach(child -> {
            if (child.isContainerNode()) {
                collect(child, names);
            }
        });
    }

    @Test
    void theJarUsesTheSchemasInTheRepository() throws Exception {
        for (ContentSchema s : ContentSchema.values()) {
            try (var in = ContentSchema.class.getResourceAsStream("/schemas/" + s.fileName())) {
                assertTrue(in != null, s.fileName());
                assertEquals(Files.readString(Path.of("schemas", s.fileName())), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** The schema sees YAML as editors' tools type it: the one reading gives the same tree as Jackson's reader. */
    @Test
    void theTypedTreeIsJacksonsTypedReading() throws Exception {
        var typedYaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        List<String> samples = new java.util.ArrayList<>(List.of(
                "a:\nb: \"\"\nc: ~\nd:\n  - \n  - x\ne: |\n\nf: >\n",
                "occurrence: 2\nquoted: \"2\"\nbig: 12345678901234567890\nfloat: 1.5\nyes: true\nno: off\ndate: 2025-02-12\n",
                "list: [1, two, 3.0, null, false]\nnested:\n  deep:\n    - {k: v, n: 1}\n"));
        try (var files = java.nio.file.Files.walk(org.factpress.TestSites.content("example"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".md")).toList()) {
                String text = java.nio.file.Files.readString(f);
                samples.add(text.substring(4, text.indexOf("\n---", 3) + 1));
            }
        }
        for (String yaml : samples) {
            assertEquals(typedYaml.readTree(yaml), YamlTree.parse(Path.of("x.md"), yaml, 1).typed(), yaml);
        }
    }
}
