package org.factpress.diagnostics;

import java.nio.file.Path;

/** Where something stands in a content file: 1-based line and column. Line 0 means "the file as a whole". */
public record Position(Path file, int line, int column) {
    public static Position ofFile(Path file) {
        return new Position(file, 0, 0);
    }
}
