package org.factpress.theme;

import java.nio.file.Path;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Severity;

/**
 * A theme template that failed, thrown out of rendering: its {@link Problem} names the template file and line, for
 * the person editing the theme, and is printed like any content problem.
 */
public final class TemplateProblem extends Exception {
    private final transient Problem problem;

    public TemplateProblem(Path template, int line, int column, String message) {
        super(message);
        this.problem = new Problem(Severity.ERROR, new Position(template, line, column), message, null);
    }

    /** The failure as a problem: the template, line and column, and what went wrong. */
    public Problem problem() {
        return problem;
    }

    public Path template() {
        return problem.position().file();
    }

    public int line() {
        return problem.position().line();
    }

    public int column() {
        return problem.position().column();
    }
}
