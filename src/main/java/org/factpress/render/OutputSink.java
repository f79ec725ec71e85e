package org.factpress.render;

import java.io.IOException;

/** Where rendered files go: the publish stage's staging folder, or memory in tests. */
public interface OutputSink {
    /** Writes one file at {@code path}, relative to the output root with '/' separators. */
    void write(String path, byte[] bytes) throws IOException;
}
