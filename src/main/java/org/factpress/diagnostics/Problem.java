package org.factpress.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;

/** Something wrong in the content, with where it is and, when we can tell, how to fix it. */
public record Problem(Severity severity, Position position, String message, String hint) {

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.position().file().toString())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler form editors and CI annotate: {@code path:line:col: error: message (hint)}, on one line whatever
     * the file names and values it quotes hold ({@link Printable}).
     */
    public String format(Path relativeTo) {
        return Printable.of(unescaped(relativeTo));
    }

    private String unescaped(Path relativeTo) {
        StringBuilder s = new StringBuilder(file(relativeTo));
        if (position().line() > 0) {
            s.append(':').append(position().line()).append(':').append(Math.max(1, position().column()));
        }
        s.append(": ").append(severity.word()).append(": ").append(message);
        if (hint != null && !hint.isEmpty()) {
            s.append(" (").append(hint).append(')');
        }
        return s.toString();
    }

    /** The file as editors see it: relative to {@code relativeTo} when it lies inside it. */
    public String file(Path relativeTo) {
        Path file = position().file();
        if (relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)) {
            return relativeTo.relativize(file).toString();
        }
        return file.toString();
    }
}
