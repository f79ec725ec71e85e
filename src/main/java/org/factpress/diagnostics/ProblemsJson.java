package org.factpress.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * {@code check --format json}: every problem with file, line, column, severity, message and hint, then the counts,
 * for CI annotations and editor plug-ins.
 */
public final class ProblemsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemsJson() {}

    public static String of(Problems problems, Path relativeTo) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems.all()) {
            ObjectNode o = list.addObject();
            o.put("file", p.file(relativeTo));
            o.put("line", p.position().line());
            o.put("column", p.position().line() > 0 ? Math.max(1, p.position().column()) : 0);
            o.put("severity", p.severity().word());
            o.put("message", p.message());
            if (p.hint() != null && !p.hint().isEmpty()) {
                o.put("hint", p.hint());
            }
        }
        root.put("errors", problems.errorCount());
        root.put("warnings", problems.warningCount());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree of strings and numbers", e);
        }
    }
}
