package org.factpress.load;


import org.factpress.diagnostics.Position;


/** A content file that cannot be read at all; carries where, so the loader can report it and go on. */
public final class ContentError extends Exception {
    private final transient Position position;
    private final String hint;

    public ContentError(Position position, String message, String hint) {
        super(message);
        this.position = position;
        this.hint = hint;
    }

    public Position position() {
        return position;
    }

    public String hint() {
        return hint;
    }
}
