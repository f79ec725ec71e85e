package org.factpress.check;

import java.util.ArrayList;
import java.util.List;
import org.factpress.model.Position;

/** Collects problems from every stage so one run reports them all. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void error(Position at, String message) {
        list.add(new Problem(Severity.ERROR, at, message, null));
    }

    public synchronized void error(Position at, String message, String hint) {
        list.add(new Problem(Severity.ERROR, at, message, hint));
    }

    public synchronized void warning(Position at, String message, String hint) {
        list.add(new Problem(Severity.WARNING, at, message, hint));
    }

    public synchronized void addAll(Problems other) {
        list.addAll(other.all());
    }

    /** Every problem, sorted by file, line and column. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Problem.BY_PLACE);
        return List.copyOf(sorted);
    }

    public synchronized long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return list.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
