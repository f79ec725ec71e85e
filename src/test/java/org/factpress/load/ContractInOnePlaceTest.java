package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.factpress.model.PrintSettings;
import org.factpress.model.RatingScale;
import org.factpress.model.Status;
import org.factpress.model.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content contract lives in schemas/: the words a field takes and the fields a file must give are said there
 * once, and check reports each mistake once, at its line, in the schema's words. The loader's own lists of words
 * (the model's enums) must be the schema's, so the two cannot drift.
 */
class ContractInOnePlaceTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode schema(String name) throws Exception {
        try (var in = ContentSchema.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return JSON.readTree(in);
        }
    }

    private static List<String> words(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<String> errors(ContentTree t) {
        return SiteBuild.check(t.root()).problems().all().stream().filter(Problem::isError)
                .map(p -> p.format(t.root())).toList();
    }

    @Test
    void theLoadersWordsAreTheSchemasWords() throws Exception {
        JsonNode claim = schema("claim").path("properties");
        assertEquals(Update.Type.ids(), words(claim.at("/updates/items/properties/type/enum")));
        assertEquals(Status.written(), words(claim.at("/status/enum")));
        JsonNode site = schema("site").path("properties");
        assertEquals(RatingScale.PRESETS, words(site.at("/rating_scale/enum")));
        assertEquals(PrintSettings.PAGE_SIZES, words(site.at("/page_size/examples")));
        assertEquals(PrintSettings.DIGESTS, words(site.at("/digest/examples")));
        assertEquals(List.of("person", "organization"),
                words(schema("people").at("/definitions/person/properties/type/enum")));
    }

    @Test
    void aMissingFieldIsReportedOnceAtTheFile() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "summary: The short answer.\n", "");
        assertEquals(List.of(COST + ":2:1: error: missing required field 'summary'"), errors(t));
    }

    @Test
    void aFieldOfOnlySpacesIsEmpty() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "summary: The short answer.", "summary: \"   \"");
        assertEquals(List.of(COST + ":8:10: error: field 'summary' is empty (fill it in, or remove the line)"), errors(t));
    }

    @Test
    void anEmptyRatingIsEmptyNotUnknown() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "rating: false", "rating: \"\"");
        assertEquals(List.of(COST + ":6:9: error: field 'rating' is empty (add a rating id of the site's scale)"),
                errors(t));
    }

    @Test
    void aWordOutsideTheListNamesTheWordsAndTheNearest() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "published: 2025-03-03", "published: 2025-03-03\nstatus: drfat");
        assertEquals(List.of(COST + ":12:9: error: field 'status' must be 'published' or 'draft', found 'drfat'"
                + " (did you mean 'draft'?)"), errors(t));
    }

    @Test
    void aWordFarFromAnyExplainsTheWordsFromTheSchema() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit(COST, "published: 2025-03-03", "published: 2025-03-03\nstatus: ready");
        assertEquals(List.of(COST + ":12:9: error: field 'status' must be 'published' or 'draft', found 'ready'"
                + " (draft: checked but not published.)"), errors(t));
    }

    @Test
    void paperAndDigestWordsStillTakeAnyCapitals() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "language: en", "language: en\npage_size: LETTER\ndigest: Yearly");
        assertEquals(List.of(), errors(t));
        assertEquals("letter", SiteBuild.check(t.root()).library().site().print().pageSize());
        assertEquals("yearly", SiteBuild.check(t.root()).library().site().print().digest());
    }

    @Test
    void aConclusionSiteAsksEachClaimForItsVerdict() throws Exception {
        ContentTree t = ContentTree.valid(dir).edit("site.yaml", "language: en", "language: en\nrating_scale: conclusion")
                .edit(COST, "rating: false\n", "")
                .edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "verdict: ");
        assertEquals(List.of(COST + ":2:1: error: missing required field 'verdict'",
                "articles/bridge-report/roads-counted.md:6:10: error: field 'verdict' is empty (fill it in, or remove the line)"),
                errors(t));
    }
}
