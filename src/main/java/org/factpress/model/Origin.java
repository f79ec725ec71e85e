package org.factpress.model;

import java.nio.file.Path;
import java.util.Map;
import org.factpress.diagnostics.Position;

/** The file a model object came from, with the position of each field, so checks can point editors at a line. */
public record Origin(Path file, Map<String, Position> fields) {
    public Origin {
        fields = Map.copyOf(fields);
    }

    public static Origin of(Path file) {
        return new Origin(file, Map.of());
    }

    /** The field's position, or the file itself when the field is absent. */
    public Position at(String field) {
        Position p = fields.get(field);
        return p != null ? p : Position.ofFile(file);
    }
}
