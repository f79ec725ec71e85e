package org.factpress.build;

import java.util.ArrayList;
import java.util.List;

/** How long each stage of a build took, for {@code build --timings}: where the time goes. */
public final class Timings {
    /** One stage and its wall time. */
    public record Stage(String name, long millis) {}

    private final List<Stage> stages = new ArrayList<>();
    /** What a stage reused or skipped, printed under the times. */
    private final List<String> notes = new ArrayList<>();
    private long mark;
    private final long start;
    private final boolean fromJvmStart;

    /** Timing from now. */
    public Timings() {
        this(System.nanoTime(), false);
    }

    private Timings(long start, boolean fromJvmStart) {
        this.start = start;
        this.mark = start;
        this.fromJvmStart = fromJvmStart;
    }

    /**
     * Timing from the JVM's start, its first stage ("start") being the JVM starting and factpress reading its
     * command line: what a desk waits for is the whole run.
     */
    public static Timings sinceStart() {
        long sinceJvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        Timings t = new Timings(System.nanoTime() - sinceJvm * 1_000_000, true);
        t.lap("start");
        return t;
    }

    /** Ends the stage running since the last call (or since this object was made). */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        stages.add(new Stage(name, (now - mark) / 1_000_000));
        mark = now;
    }

    /** A line about the build's work, such as what it took from the cache. */
    public synchronized void note(String line) {
        notes.add(line);
    }

    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }

    public synchronized long totalMillis() {
        return (mark - start) / 1_000_000;
    }

    /** One line a stage, then the total, each in milliseconds. */
    public synchronized String format() {
        StringBuilder s = new StringBuilder();
        for (Stage st : stages) {
            s.append(String.format("  %-14s %7d ms%n", st.name(), st.millis()));
        }
        s.append(String.format("  %-14s %7d ms (%s)%n", "total", totalMillis(),
                fromJvmStart ? "from the JVM's start" : "in the JVM; startup not included"));
        notes.forEach(n -> s.append("  ").append(n).append(System.lineSeparator()));
        return s.toString();
    }
}
