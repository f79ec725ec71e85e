package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.factpress.Factpress;

/** A mistake on the command line gets one plain line naming the option and the fix, then exit 2; no Java text. */
class CommandLineMistakesTest {

    static List<String> run(String... args) {
        return Factpress.run(args).errLines();
    }

    @Test
    void aDayThatDoesNotExist() {
        assertEquals(List.of("factpress: Invalid value for option '--from': 2025-02-30 does not exist: February 2025"
                + " has 28 days", "see: factpress report --help", "exit 2"),
                run("report", "--from", "2025-02-30", "--to", "2025-03-31", "--out", "x.pdf"));
    }

    @Test
    void aDateNotWrittenYyyyMmDd() {
        assertEquals(List.of("factpress: Invalid value for option '--to': '31/03/2025' is not a date; write it as"
                + " YYYY-MM-DD, e.g. 2025-02-12", "see: factpress report --help", "exit 2"),
                run("report", "--from", "2025-03-01", "--to", "31/03/2025", "--out", "x.pdf"));
    }

    @Test
    void aPortThatIsNotANumber() {
        assertEquals(List.of("factpress: Invalid value for option '--port': 'eighty' is not a whole number",
                "see: factpress serve --help", "exit 2"), run("serve", "--port", "eighty"));
    }

    @Test
    void anUnknownFormat() {
        assertEquals(List.of("factpress: Invalid value for option '--format': expected one of [text, json]"
                + " (case-sensitive) but was 'xml'", "see: factpress check --help", "exit 2"),
                run("check", "--format", "xml"));
    }

    @Test
    void aMisspeltOption() {
        List<String> lines = run("build", "--no-pfd");
        assertEquals(List.of("factpress: Unknown option: '--no-pfd'", "see: factpress build --help", "exit 2"),
                List.of(lines.get(0), lines.get(lines.size() - 2), lines.get(lines.size() - 1)));
    }

    @Test
    void aMissingOption() {
        assertEquals(List.of("factpress: Missing required option: '--out=<out>'", "see: factpress report --help",
                "exit 2"), run("report", "--from", "2025-03-01", "--to", "2025-03-31"));
    }
}
