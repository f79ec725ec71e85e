package org.factpress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org vocabulary (src/test/resources/schemaorg/, see its README), and the check a schema.org validator
 * makes of JSON-LD: every property of a node typed T is defined on T or one of its supertypes, and a value is of a
 * type (or literal kind) the property's range includes. Nested nodes are checked the same way.
 */
public final class SchemaOrgVocabulary {
    private static final SchemaOrgVocabulary CURRENT = load("/schemaorg/vocabulary.json");

    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, Set<String>> properties = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    public static SchemaOrgVocabulary current() {
        return CURRENT;
    }

    private static SchemaOrgVocabulary load(String resource) {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            SchemaOrgVocabulary v = new SchemaOrgVocabulary();
            root.get("types").fields().forEachRemaining(e -> {
                List<String> sup = new ArrayList<>();
                e.getValue().get("supertypes").forEach(s -> sup.add(s.asText()));
                Set<String> props = new HashSet<>();
                e.getValue().get("properties").forEach(p -> props.add(p.asText()));
                v.supertypes.put(e.getKey(), sup);
                v.properties.put(e.getKey(), props);
            });
            root.get("ranges").fields().forEachRemaining(e -> {
                Set<String> r = new HashSet<>();
                e.getValue().forEach(t -> r.add(t.asText()));
                v.ranges.put(e.getKey(), r);
            });
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code type} and every type above it. */
    public Set<String> lineage(String type) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (out.add(t)) {
                todo.addAll(supertypes.getOrDefault(t, List.of()));
            }
        }
        return out;
    }

    /** Every error in {@code json} (a JSON-LD node, an array of them, or a value), as "where: what", or none. */
    public List<String> errors(JsonNode json, String where) {
        List<String> out = new ArrayList<>();
        check(json, where, out);
        return out;
    }

    private void check(JsonNode node, String where, List<String> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where + "[" + i + "]", out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode typeNode = node.get("@type");
        if (typeNode == null) {
            out.add(where + ": a node without @type");
            return;
        }
        String type = typeNode.asText();
        if (!supertypes.containsKey(type)) {
            out.add(where + ": @type " + type + " is not a schema.org type");
            return;
        }
        Set<String> lineage = lineage(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String property = e.getKey();
            if (property.startsWith("@")) {
                continue;
            }
            String at = where + "." + property;
            if (lineage.stream().noneMatch(t -> properties.getOrDefault(t, Set.of()).contains(property))) {
                out.add(at + ": " + type + " has no property " + property);
                continue;
            }
            JsonNode value = e.getValue();
            for (JsonNode v : value.isArray() ? value : List.of(value)) {
                checkRange(property, v, at, out);
            }
            check(value, at, out);
        }
    }

    private void checkRange(String property, JsonNode value, String at, List<String> out) {
        Set<String> range = ranges.getOrDefault(property, Set.of());
        String kind;
        if (value.isObject()) {
            JsonNode t = value.get("@type");
            if (t == null || !supertypes.containsKey(t.asText())) {
                return; // reported where the node itself is checked
            }
            Set<String> lineage = lineage(t.asText());
            if (range.stream().noneMatch(lineage::contains)) {
                out.add(at + ": a " + t.asText() + " is not in the range of " + property + " " + new java.util.TreeSet<>(range));
            }
            return;
        } else if (value.isTextual()) {
            kind = "text";
        } else if (value.isNumber()) {
            kind = "number";
        } else if (value.isBoolean()) {
            kind = "boolean";
        } else {
            return;
        }
        boolean ok = switch (kind) {
            // Text's subtypes (URL) and the date and time kinds are written as JSON strings.
            case "text" -> range.stream().anyMatch(r -> Set.of("Text", "URL", "Date", "DateTime", "Time").contains(r))
                    || range.contains("Number");
            case "number" -> range.contains("Number");
            default -> range.contains("Boolean");
        };
        if (!ok) {
            out.add(at + ": a " + kind + " value is not in the range of " + property + " " + new java.util.TreeSet<>(range));
        }
    }
}
