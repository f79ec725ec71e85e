package org.factpress.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sample of output in the docs against what was printed. Lines must match one for one and in order, but for the
 * sample's elisions: {@code ...} within a line stands for any text on that line, and a line that is {@code ...}
 * alone for any number of lines, none included. Nothing else is normalised.
 */
final class Sample {
    private Sample() {}

    static boolean matches(List<String> sample, List<String> printed) {
        return matches(sample, 0, printed, 0);
    }

    private static boolean matches(List<String> sample, int s, List<String> printed, int p) {
        if (s == sample.size()) {
            return p == printed.size();
        }
        if (sample.get(s).strip().equals("...")) {
            for (int skip = p; skip <= printed.size(); skip++) {
                if (matches(sample, s + 1, printed, skip)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.size() && line(sample.get(s)).matcher(printed.get(p)).matches()
                && matches(sample, s + 1, printed, p + 1);
    }

    /** The sample's line as a pattern: its text literally, each {@code ...} any text. */
    static Pattern line(String sample) {
        String[] parts = sample.split("\\.\\.\\.", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(".*?");
            }
            re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
