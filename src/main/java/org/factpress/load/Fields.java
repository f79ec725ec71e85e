package org.factpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Origin;

/**
 * Typed reading of one YAML mapping. Every mistake becomes a problem at the field's line, and reading goes on,
 * so an editor sees all of a file's mistakes at once.
 */
final class Fields {
    private final YamlTree tree;
    private final JsonNode node;
    private final String path;
    private final Path file;
    private final Problems problems;
    private final Position self;

    private Fields(YamlTree tree, JsonNode node, String path, Path file, Problems problems, Position self) {
        this.tree = tree;
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
        this.self = self;
    }

    /** The document's top-level mapping; null (with a problem) when the document is not a mapping. */
    static Fields root(YamlTree tree, Path file, Problems problems, int firstLine) {
        Position at = new Position(file, firstLine, 1);
        if (!tree.root().isObject()) {
            problems.error(at, "expected fields ('name: value' lines), found " + kind(tree.root()), null);
            return null;
        }
        return new Fields(tree, tree.root(), "", file, problems, at);
    }

    private String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Where a field is, or where this mapping is when the field is missing. */
    Position at(String name) {
        return tree.positions().getOrDefault(key(name), self);
    }

    /** Where the field's name stands: for a field that should not be there at all. */
    Position keyAt(String name) {
        return tree.keys().getOrDefault(key(name), at(name));
    }

    /** A label for messages: the field's full path, like {@code sources[1].url}. */
    String label(String name) {
        return key(name);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** Whether the field holds a mapping of fields (a rating's label per language) rather than a value. */
    boolean isMapping(String name) {
        JsonNode v = node.get(name);
        return v != null && v.isObject();
    }

    Iterator<String> names() {
        return node.fieldNames();
    }

    /** Positions of this mapping's own fields, by field name, for the model's Origin. */
    Origin origin() {
        Map<String, Position> own = new HashMap<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        tree.positions().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                own.put(k.substring(prefix.length()), v);
            }
        });
        return new Origin(file, own);
    }

    /**
     * The field's text, stripped; null when absent or blank. Whether a field must be given is the content schema's
     * to say ({@link ContentSchema}), so a missing one is reported there, once.
     */
    String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.error(at(name), "field '" + key(name) + "' must be text, found " + kind(v), null);
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Reports the field as missing when it is not written at all: for a field that only the site's settings make
     * required, which the file's own schema cannot know (a claim's rating on a scale, its verdict on a conclusion-only
     * site). A field written but empty or wrong is the schema's to report.
     */
    void requireBySite(String name) {
        if (!node.has(name)) {
            problems.error(self, "missing required field '" + key(name) + "'", null);
        }
    }

    /** A BCP 47 language tag (en, uk, pt-BR): it names the theme's words and goes into every page's lang. */
    String languageTag(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            new java.util.Locale.Builder().setLanguageTag(s);
            return s;
        } catch (java.util.IllformedLocaleException e) {
            problems.error(at(name), "field '" + key(name) + "' is not a language tag: '" + abbreviate(s) + "'",
                    "write the language's code, e.g. en, uk, es or pt-BR");
            return null;
        }
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            String missing = NoSuchDay.of(s);
            if (missing != null) {
                problems.error(at(name), "field '" + key(name) + "': " + missing, "check the day and the month");
            } else {
                problems.error(at(name), "field '" + key(name) + "' is not a date: '" + abbreviate(s) + "'",
                        "write dates as YYYY-MM-DD, e.g. 2025-02-12");
            }
            return null;
        }
    }

    Integer positiveInt(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(at(name), "field '" + key(name) + "' must be a whole number from 1 up, found '" + s + "'", null);
        return null;
    }

    /** An absolute http(s) URL; anything else (javascript:, data:, relative) is an error naming the field. */
    String url(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return s;
            }
        } catch (java.net.URISyntaxException e) {
            problems.error(at(name), "field '" + key(name) + "' is not a valid URL: " + e.getReason(), null);
            return null;
        }
        problems.error(at(name), "field '" + key(name) + "' must be an absolute http(s) URL, found '" + abbreviate(s) + "'",
                "write the full address, starting with https://");
        return null;
    }

    List<String> texts(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.error(at(name), "field '" + key(name) + "' must be a list", "write one '- item' per line");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (item.isTextual() && !item.asText().isBlank()) {
                out.add(item.asText().strip());
            } else {
                problems.error(tree.positions().getOrDefault(key(name) + "[" + i + "]", at(name)),
                        "item " + (i + 1) + " of '" + key(name) + "' must be text, found " + kind(item), null);
            }
        }
        return out;
    }

    /** A nested mapping, or null (with a problem when of the wrong shape). */
    Fields object(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            problems.error(at(name), "field '" + key(name) + "' must be a mapping of fields, found " + kind(v), null);
            return null;
        }
        return new Fields(tree, v, key(name), file, problems, at(name));
    }

    /** A list of mappings, like sources or updates. */
    List<Fields> objects(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.error(at(name), "field '" + key(name) + "' must be a list", "write one '- field: value' entry per item");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String itemKey = key(name) + "[" + i + "]";
            Position itemAt = tree.positions().getOrDefault(itemKey, at(name));
            if (!v.get(i).isObject()) {
                problems.error(itemAt, "item " + (i + 1) + " of '" + key(name) + "' must be a mapping of fields, found "
                        + kind(v.get(i)), null);
                continue;
            }
            out.add(new Fields(tree, v.get(i), itemKey, file, problems, itemAt));
        }
        return out;
    }

    /** Every field of this mapping, as a child mapping (people.yaml: id to person). */
    Map<String, Fields> entries() {
        Map<String, Fields> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                out.put(e.getKey(), new Fields(tree, e.getValue(), key(e.getKey()), file, problems, at(e.getKey())));
            } else {
                problems.error(at(e.getKey()), "'" + key(e.getKey()) + "' must be a mapping of fields (name, role, url), found "
                        + kind(e.getValue()), null);
            }
        });
        return out;
    }

    /** How a value reads in a message: "nothing", "a mapping", "a list", or the value itself, shortened. */
    static String kind(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        return "'" + abbreviate(v.asText()) + "'";
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
