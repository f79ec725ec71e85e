package org.factpress.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects problems from every stage so one run reports them all. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    /** For a loading view: where the problems go, and the lines the content schema already flagged. */
    private final Problems target;
    private final Set<String> flaggedLines = new HashSet<>();

    public Problems() {
        this.target = null;
    }

    private Problems(Problems target) {
        this.target = target;
    }

    /**
     * A view for the load stage that forwards to this one. The content schema reports first; the loader's own
     * errors on a line the schema already flagged are dropped, so one mistake gets one message.
     */
    public Problems forLoading() {
        return new Problems(this);
    }

    /** An error found by the content schema (see {@link #forLoading()}). */
    public synchronized void schemaError(Position at, String message, String hint) {
        if (at.line() > 0) {
            flaggedLines.add(at.file() + ":" + at.line());
        }
        add(new Problem(Severity.ERROR, at, message, hint));
    }

    public void error(Position at, String message) {
        error(at, message, null);
    }

    public synchronized void error(Position at, String message, String hint) {
        if (!flaggedLines.contains(at.file() + ":" + at.line())) {
            add(new Problem(Severity.ERROR, at, message, hint));
        }
    }

    public synchronized void warning(Position at, String message, String hint) {
        add(new Problem(Severity.WARNING, at, message, hint));
    }

    private void add(Problem p) {
        if (target != null) {
            target.add(p);
        } else {
            synchronized (this) {
                list.add(p);
            }
        }
    }

    public synchronized void addAll(Problems other) {
        other.all().forEach(this::add);
    }

    /** Problems found before, as they were (serve keeps those of unchanged files). */
    public synchronized void addAll(java.util.Collection<Problem> found) {
        found.forEach(this::add);
    }

    /** Every problem, sorted by file, line and column. */
    public synchronized List<Problem> all() {
        if (target != null) {
            return target.all();
        }
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Problem.BY_PLACE);
        return List.copyOf(sorted);
    }

    public synchronized long errorCount() {
        if (target != null) {
            return target.errorCount();
        }
        return list.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        if (target != null) {
            return target.warningCount();
        }
        return list.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
