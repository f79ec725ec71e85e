package org.factpress.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factpress.diagnostics.DidYouMean;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;

/**
 * The content contract as JSON Schemas ({@code schemas/*.schema.json}, shipped in the jar): the same files editors
 * point their editor at for completion. Unknown fields, missing fields, wrong types and words outside a field's list
 * are found here and only here, so the schemas and {@code check} cannot drift; the loader then reads values (real
 * dates, ids, quotes in the text).
 */
public enum ContentSchema {
    SITE("site", null), PEOPLE("people", null), ARTICLE("article", null), CLAIM("claim", null),
    /** A source article in another language: a field of the original's other than its words comes from the original. */
    ARTICLE_TRANSLATION("article-translation", ARTICLE),
    /** A check in another language: words only; claimant, rating, dates and sources come from the original. */
    CLAIM_TRANSLATION("claim-translation", CLAIM);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    /** For a translation, the original's schema: a field it has and the translation lacks is the original's to give. */
    private final ContentSchema original;
    private JsonNode schemaNode;
    private JsonSchema schema;

    ContentSchema(String name, ContentSchema original) {
        this.name = name;
        this.original = original;
    }

    /** Where the schema lives in the jar and in the repository's schemas/ folder. */
    String fileName() {
        return name + ".schema.json";
    }

    private synchronized JsonSchema schema() {
        if (schema == null) {
            try (InputStream in = ContentSchema.class.getResourceAsStream("/schemas/" + fileName())) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the build: " + fileName());
                }
                schemaNode = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER).locale(Locale.ROOT).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode, config);
        }
        return schema;
    }

    /**
     * Validates the YAML read into {@code tree} (whose first line is {@code firstLine} of {@code file}) and reports
     * each violation at its field's line.
     */
    void check(YamlTree tree, Path file, int firstLine, Problems problems) {
        JsonNode typed = tree.typed();
        if (typed == null || typed.isMissingNode() || typed.isNull()) {
            typed = JSON.createObjectNode();
        }
        if (!typed.isObject()) {
            return; // the loader says "expected fields"
        }
        List<ValidationMessage> messages = new ArrayList<>(schema().validate(typed));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(m -> String.valueOf(m.getProperty())).thenComparing(ValidationMessage::getType));
        Position rootAt = new Position(file, firstLine, 1);
        for (ValidationMessage m : messages) {
            report(m, tree, rootAt, problems);
        }
    }

    private void report(ValidationMessage m, YamlTree tree, Position rootAt, Problems problems) {
        String at = key(m.getInstanceLocation());
        String location = String.valueOf(m.getSchemaLocation());
        JsonNode value = m.getInstanceNode();
        switch (m.getType()) {
            case "required" -> problems.schemaError(position(tree, at, rootAt),
                    "missing required field '" + join(at, m.getProperty()) + "'", null);
            case "additionalProperties" -> {
                String field = join(at, m.getProperty());
                Position name = tree.keys().getOrDefault(field, position(tree, field, rootAt));
                if (original != null && original.declares(field)) {
                    problems.schemaError(name, "field '" + field + "' comes from the original:"
                            + " a translation holds only the words", "remove it here; the original's '" + field
                            + "' holds in every language");
                    return;
                }
                problems.schemaError(name, "unknown field '" + field + "'",
                        DidYouMean.hint(m.getProperty(), known(location)));
            }
            case "type" -> {
                String expected = expected(m.getSchemaNode());
                if (value == null || value.isNull()) {
                    // Written as "name:" with nothing after it, as a fresh 'new' file has them.
                    problems.schemaError(position(tree, at, rootAt), "field '" + at + "' is empty", toFill(location));
                    return;
                }
                if (expected.equals("a list") && value.isValueNode()) {
                    problems.schemaError(position(tree, at, rootAt), "field '" + at + "' must be a list, found "
                            + Fields.kind(value), listSyntax(last(at), value.asText()));
                    return;
                }
                String hint = null;
                if (expected.equals("text") && value.isValueNode() && !value.isNull()) {
                    hint = "write it in \"double quotes\"";
                } else if (expected.equals("a whole number") && value.isTextual() && value.asText().strip().matches("[0-9]+")) {
                    hint = "write the number without quotes";
                }
                problems.schemaError(position(tree, at, rootAt),
                        "field '" + at + "' must be " + expected + ", found " + Fields.kind(value), hint);
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                m.getSchemaNode().forEach(v -> allowed.add(v.asText()));
                problems.schemaError(position(tree, at, rootAt), oneOf(at, allowed, value),
                        DidYouMean.nearest(value.asText(), allowed).map(n -> "did you mean '" + n + "'?")
                                .orElse(description(location, "/enum")));
            }
            case "minimum" -> problems.schemaError(position(tree, at, rootAt),
                    "field '" + at + "' must be a whole number from 1 up, found " + Fields.kind(value), null);
            case "minLength" -> problems.schemaError(position(tree, at, rootAt), "field '" + at + "' is empty", null);
            case "maxLength" -> {
                String text = value.asText();
                problems.schemaError(position(tree, at, rootAt), String.format(java.util.Locale.ROOT,
                                "field '%s' is %,d characters long; it may be at most %,d",
                                at, text.codePointCount(0, text.length()), m.getSchemaNode().asInt()),
                        "say it in fewer words (the limits: docs/content-format.md); the reasoning and the evidence"
                                + " go in the analysis, below the closing '---'");
            }
            case "minItems" -> problems.schemaError(position(tree, at, rootAt),
                    "field '" + at + "' must list at least one item", null);
            case "pattern" -> {
                Position pos = position(tree, at, rootAt);
                if (value.asText().isBlank()) {
                    problems.schemaError(pos, "field '" + at + "' is empty", toFill(location));
                    return;
                }
                if (this == CLAIM && location.contains("/definitions/ratingId/")) {
                    return; // check names the site's scale, which the schema does not know
                }
                List<String> examples = examples(location);
                if (!examples.isEmpty()) {
                    // One of a few words, in capitals or not: the schema gives them as its examples.
                    problems.schemaError(pos, oneOf(at, examples, value), DidYouMean.hint(value.asText(), examples));
                    return;
                }
                pattern(location, at, value, problems, pos);
            }
            default -> problems.schemaError(position(tree, at, rootAt),
                    (at.isEmpty() ? "" : "field '" + at + "': ") + m.getError(), null);
        }
    }

    private static void pattern(String location, String at, JsonNode value, Problems problems, Position pos) {
        String v = Fields.abbreviate(value.asText());
        if (location.contains("/definitions/date/")) {
            problems.schemaError(pos, "field '" + at + "' is not a date: '" + v + "'",
                    "write dates as YYYY-MM-DD, e.g. 2025-02-12");
        } else if (location.contains("/definitions/url/")) {
            problems.schemaError(pos, "field '" + at + "' must be an absolute http(s) URL, found '" + v + "'",
                    "write the full address, starting with https://");
        } else if (location.contains("/submit_claim/")) {
            java.util.regex.Matcher address = java.util.regex.Pattern.compile("[^\\s@<>\"']+@[^\\s@<>\"']+\\.[A-Za-z]{2,}")
                    .matcher(value.asText());
            problems.schemaError(pos, "field '" + at + "' must be a mailto: address or an http(s) URL, found '" + v + "'",
                    address.find() ? "e.g. mailto:" + address.group() : "e.g. mailto:tips@example.org or https://example.org/tips");
        } else if (location.contains("/colour/")) {
            problems.schemaError(pos, "field '" + at + "' must be a colour like #1a7f37, found '" + v + "'", null);
        } else {
            problems.schemaError(pos, "'" + v + "' in '" + at + "' must be lower-case words joined by hyphens",
                    "e.g. " + ContentLoader.suggestSlug(v));
        }
    }

    /** "field 'x' must be 'a' or 'b', found 'c'". */
    private static String oneOf(String at, List<String> allowed, JsonNode value) {
        List<String> quoted = allowed.stream().map(a -> "'" + a + "'").toList();
        String choices = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return "field '" + at + "' must be " + choices + ", found " + Fields.kind(value);
    }

    /** The schema that holds the failed keyword ({@code keyword} ends the location), as a node of this schema. */
    private JsonNode owner(String schemaLocation, String keyword) {
        int hash = schemaLocation.indexOf('#');
        String fragment = hash >= 0 ? schemaLocation.substring(hash + 1) : "";
        if (fragment.endsWith(keyword)) {
            fragment = fragment.substring(0, fragment.length() - keyword.length());
        }
        return schemaNode.at(fragment.isEmpty() ? JsonPointer.empty() : JsonPointer.compile(fragment));
    }

    /** The field's description in the schema, which says what each allowed value means; null when it has none. */
    private String description(String schemaLocation, String keyword) {
        JsonNode d = owner(schemaLocation, keyword).path("description");
        return d.isTextual() ? d.asText() : null;
    }

    /** The words a field written as a pattern of a few words takes, as the schema's examples list them. */
    private List<String> examples(String schemaLocation) {
        List<String> words = new ArrayList<>();
        owner(schemaLocation, "/pattern").path("examples").forEach(e -> words.add(e.asText()));
        return words;
    }

    /** What to write in a field left empty, by the kind of value it takes. */
    private static String toFill(String location) {
        if (location.contains("/definitions/date/")) {
            return "add the date, as YYYY-MM-DD, e.g. 2025-02-12";
        } else if (location.contains("/definitions/personId/")) {
            return "add an id from people.yaml";
        } else if (location.contains("/definitions/url/")) {
            return "add the full address, starting with https://";
        } else if (location.contains("/definitions/ratingId/")) {
            return "add a rating id of the site's scale";
        }
        return "fill it in, or remove the line";
    }

    /** A one-line value where a list belongs: the same words written as a list, both ways YAML allows. */
    private static String listSyntax(String field, String written) {
        String[] items = written.strip().split(written.contains(",") ? "\\s*,\\s*" : "\\s+");
        String inline = field + ": [" + String.join(", ", items) + "]";
        return "write a list: " + inline + ", or one '- " + items[0] + "' line per item under '" + field + ":'";
    }

    private static String last(String key) {
        int dot = key.lastIndexOf('.');
        return dot >= 0 ? key.substring(dot + 1) : key;
    }

    /** The most characters the top-level text field {@code field} may hold ({@code maxLength}); 0 when unbounded. */
    public int maxLength(String field) {
        schema(); // loads schemaNode
        return resolve(schemaNode.path("properties").path(field)).path("maxLength").asInt(0);
    }

    /** Whether this schema declares the field at {@code key} ({@code updates[0].type}: a property of updates' items). */
    private boolean declares(String key) {
        schema(); // loads schemaNode
        JsonNode at = schemaNode;
        for (String part : key.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]$", "");
            at = resolve(at.path("properties").path(name));
            if (at.isMissingNode()) {
                return false;
            }
            if (!name.equals(part)) {
                at = resolve(at.path("items"));
            }
        }
        return true;
    }

    /** A schema node, its {@code $ref} within this file followed. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#") ? schemaNode.at(ref.asText().substring(1)) : node;
    }

    /** The fields the schema declares next to the one that failed, for a did-you-mean. */
    private List<String> known(String schemaLocation) {
        int hash = schemaLocation.indexOf('#');
        String fragment = hash >= 0 ? schemaLocation.substring(hash + 1) : "";
        JsonPointer p = JsonPointer.compile(fragment.isEmpty() ? "" : fragment);
        JsonNode parent = schemaNode.at(p.head() == null ? JsonPointer.empty() : p.head());
        List<String> names = new ArrayList<>();
        parent.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A JSON pointer as the loader's position key: {@code /sources/0/url} is {@code sources[0].url}. */
    static String key(JsonNodePath path) {
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            if (e instanceof Integer n) {
                k.append('[').append(n).append(']');
            } else {
                k.append(k.length() == 0 ? "" : ".").append(e);
            }
        }
        return k.toString();
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** The field's line, or its nearest enclosing field's, or the document's first line. */
    private static Position position(YamlTree tree, String key, Position rootAt) {
        String k = key;
        while (!k.isEmpty()) {
            Position p = tree.positions().get(k);
            if (p != null) {
                return p;
            }
            int cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
            k = cut > 0 ? k.substring(0, cut) : "";
        }
        return rootAt;
    }

    private static String expected(JsonNode typeSchema) {
        List<String> types = new ArrayList<>();
        if (typeSchema.isArray()) {
            typeSchema.forEach(t -> types.add(t.asText()));
        } else {
            types.add(typeSchema.asText());
        }
        if (types.contains("string")) {
            return "text";
        }
        return switch (types.get(0)) {
            case "array" -> "a list";
            case "object" -> "a mapping of fields";
            case "integer" -> "a whole number";
            default -> types.get(0);
        };
    }

}
