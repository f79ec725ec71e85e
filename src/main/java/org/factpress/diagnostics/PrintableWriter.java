package org.factpress.diagnostics;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A terminal's stream that prints every text {@link Printable}: whatever a command prints (a path read from disk, an
 * option's value, a message) cannot start a line of its own or reorder one. Only the line ends {@code println}
 * writes, and those of {@link #lines}, reach the terminal as line breaks.
 */
public final class PrintableWriter extends PrintWriter {
    public PrintableWriter(Writer out) {
        super(out, true);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        String safe = Printable.of(s.substring(off, off + len));
        super.write(safe, 0, safe.length());
    }

    /** Prints a text of several lines (a table, indented JSON) line by line, each line escaped. */
    public void lines(String text) {
        synchronized (lock) {
            text.lines().forEach(this::println);
        }
    }
}
