package org.factpress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.factpress.cli.Main;

/** Runs factpress's command line in this JVM, as a desk types it, and keeps what it printed. */
public final class Factpress {
    private Factpress() {}

    /** A finished command: its exit status and what it printed on each stream. */
    public record Run(int status, String out, String err) {
        /** The error stream's lines, then {@code exit N}: what the editor reads, in order. */
        public List<String> errLines() {
            List<String> lines = new ArrayList<>(err.lines().toList());
            lines.add("exit " + status);
            return lines;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** {@code first} then {@code more}, as one command line. */
    public static Run run(List<String> first, String... more) {
        List<String> args = new ArrayList<>(first);
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }
}
