package org.factpress.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.factpress.diagnostics.Position;

/**
 * A YAML document as a tree, with the position of every key, so errors can name a line.
 * Scalars are kept as the text the editor wrote: {@code rating: true} is the rating id "true", not a boolean.
 * {@code typed} is the same document with YAML's types ({@code occurrence: 2} a number), as editors' tools and the
 * content schema see it; both come from one reading of the text. {@code positions} are where messages about a
 * field's value point ({@link #valueOrKey}); {@code keys}, where its name stands, for a field that should not be
 * there at all.
 */
record YamlTree(JsonNode root, JsonNode typed, Map<String, Position> positions, Map<String, Position> keys) {

    private static final int MAX_DEPTH = 40;
    private static final YAMLFactory FACTORY = factory();

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20); // a billion-laughs document stops here
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) TextFile.MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported below, with the line
        // An empty plain value ("claimant:") comes as a null token, as typed YAML has it; read() keeps it as "" text.
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        return f;
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}.
     * Duplicate keys are errors: the second value would silently win.
     */
    static YamlTree parse(Path file, String yaml, int firstLine) throws ContentError {
        Map<String, Position> positions = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(yaml)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YamlTree(JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.nullNode(),
                        positions, keys);
            }
            JsonNode[] both = read(p, file, firstLine, "", positions, keys);
            return new YamlTree(both[0], both[1], positions, keys);
        } catch (ContentError e) {
            throw e;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new ContentError(position(parser.currentLocation(), file, firstLine),
                    "YAML nested more than " + MAX_DEPTH + " levels deep", "no field needs that many; check the indentation");
        } catch (IOException | RuntimeException e) {
            Position at = errorPosition(e, file, firstLine);
            String[] lines = yaml.split("\n", -1);
            int index = at.line() - firstLine;
            String line = index >= 0 && index < lines.length ? lines[index] : null;
            throw new ContentError(at, "YAML syntax: " + message(e), YamlAdvice.of(message(e), line, at.column()));
        }
    }

    /** Reads the value at the parser's token: {text tree, typed tree}. */
    private static JsonNode[] read(JsonParser p, Path file, int firstLine, String path, Map<String, Position> positions,
                                   Map<String, Position> keys) throws IOException, ContentError {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode node = nodes.objectNode();
                ObjectNode typed = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Position at = position(p.currentTokenLocation(), file, firstLine);
                    String key = path.isEmpty() ? name : path + "." + name;
                    if (node.has(name)) {
                        throw new ContentError(at, "duplicate key '" + name + "'",
                                "first given at line " + keys.get(key).line() + "; keep one");
                    }
                    keys.put(key, at);
                    p.nextToken();
                    positions.put(key, valueOrKey(p, name, at, file, firstLine));
                    JsonNode[] value = read(p, file, firstLine, key, positions, keys);
                    node.set(name, value[0]);
                    typed.set(name, value[1]);
                }
                return new JsonNode[] {node, typed};
            }
            case START_ARRAY -> {
                ArrayNode node = nodes.arrayNode();
                ArrayNode typed = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String key = path + "[" + i + "]";
                    positions.put(key, position(p.currentTokenLocation(), file, firstLine));
                    JsonNode[] value = read(p, file, firstLine, key, positions, keys);
                    node.add(value[0]);
                    typed.add(value[1]);
                    i++;
                }
                return new JsonNode[] {node, typed};
            }
            case VALUE_NULL -> {
                // Written as nothing: empty text for the loader (which says "is empty"), null for the schema.
                JsonNode asWritten = p.getText().isEmpty() ? nodes.textNode("") : nodes.nullNode();
                return new JsonNode[] {asWritten, nodes.nullNode()};
            }
            default -> {
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
                    // Jackson would read "*name" as the text "name": say so rather than publish the wrong value.
                    throw new ContentError(position(p.currentTokenLocation(), file, firstLine),
                            "YAML alias '*" + p.getText() + "' is not supported", "write the value out in full");
                }
                return new JsonNode[] {nodes.textNode(p.getText()), typedScalar(p, t)};
            }
        }
    }

    /** The scalar as Jackson's tree reader types it. */
    private static JsonNode typedScalar(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (t) {
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> nodes.numberNode(p.getIntValue());
                case LONG -> nodes.numberNode(p.getLongValue());
                default -> nodes.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                    ? nodes.numberNode(p.getDecimalValue()) : nodes.numberNode(p.getDoubleValue());
            case VALUE_EMBEDDED_OBJECT -> p.getEmbeddedObject() instanceof byte[] bytes
                    ? nodes.binaryNode(bytes) : nodes.textNode(p.getText());
            default -> nodes.textNode(p.getText());
        };
    }

    /**
     * Where a message about a field points: at its value, as compilers point at the wrong token ({@code rating: flase}
     * at {@code flase}), for a value written on the key's line or a scalar on the next; at the key for a list or
     * mapping laid out on the lines below it. A value left empty ({@code summary:}) is pointed at where it goes, just
     * after {@code summary: }, as the key {@code name} is usually written (without quotes).
     */
    private static Position valueOrKey(JsonParser p, String name, Position key, Path file, int firstLine)
            throws IOException {
        JsonToken t = p.currentToken();
        Position value = position(p.currentTokenLocation(), file, firstLine);
        if (t == JsonToken.VALUE_NULL && p.getText().isEmpty()) {
            return new Position(file, key.line(), key.column() + name.codePointCount(0, name.length()) + 2);
        }
        boolean structure = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        if ((structure && value.line() != key.line()) || value.line() < key.line()
                || (value.line() == key.line() && value.column() <= key.column())) {
            return key;
        }
        return value;
    }

    private static Position position(JsonLocation loc, Path file, int firstLine) {
        return new Position(file, firstLine + Math.max(0, loc.getLineNr() - 1), Math.max(1, loc.getColumnNr()));
    }

    private static Position errorPosition(Exception e, Path file, int firstLine) {
        org.yaml.snakeyaml.error.Mark mark = marked(e) != null ? marked(e).getProblemMark() : null;
        if (mark != null) {
            return new Position(file, firstLine + mark.getLine(), mark.getColumn() + 1);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                && j.getLocation().getLineNr() > 0) {
            return position(j.getLocation(), file, firstLine);
        }
        // SnakeYAML marks: "in 'reader', line 3, column 7:"
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return new Position(file, firstLine + Integer.parseInt(m.group(1)) - 1, Integer.parseInt(m.group(2)));
        }
        return new Position(file, firstLine, 1);
    }

    /** SnakeYAML's own error, which knows the line of the problem itself, not only of its context. */
    private static org.yaml.snakeyaml.error.MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static String message(Exception e) {
        org.yaml.snakeyaml.error.MarkedYAMLException m = marked(e);
        if (m != null && m.getProblem() != null) {
            return firstLine(m.getProblem());
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl).strip() : s;
    }
}
