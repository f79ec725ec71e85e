package org.factpress.incremental;

import java.io.IOException;

/** Where made files go: the publish stage's staging folder, memory in serve and in tests. */
public interface OutputSink {
    /** Writes one file at {@code path}, relative to the output root with '/' separators. */
    void write(String path, byte[] bytes) throws IOException;

    /**
     * Puts {@code existing}, a file of the live site, at {@code path} without copying it (a hard link), where the
     * output can; the engine then writes the bytes instead.
     */
    default void link(String path, java.nio.file.Path existing) throws IOException {
        throw new UnsupportedOperationException("no links into " + getClass().getSimpleName());
    }

    /**
     * This output seen from its folder {@code prefix} (e.g. {@code "en/"} for a language's edition): every path
     * written or linked lands under it.
     */
    default OutputSink under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        OutputSink whole = this;
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                whole.write(prefix + path, bytes);
            }

            @Override
            public void link(String path, java.nio.file.Path existing) throws IOException {
                whole.link(prefix + path, existing);
            }
        };
    }
}
