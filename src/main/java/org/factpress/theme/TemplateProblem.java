package org.factpress.theme;

import java.nio.file.Path;

/** A theme template that failed: names the template file and line, for the person editing the theme. */
public final class TemplateProblem extends Exception {
    private final transient Path template;
    private final int line;
    private final int column;

    public TemplateProblem(Path template, int line, int column, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    public Path template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
