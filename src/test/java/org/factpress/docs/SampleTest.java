package org.factpress.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The elision rule of the docs' output samples. */
class SampleTest {
    @Test
    void dotsStandForAnyTextOnTheirLineAndALineOfDotsForAnyLines() {
        List<String> printed = List.of("a.md:6:1: error: unknown rating 'flase' (this site's ratings: true, false)",
                "a.md:14:5: warning: no archived copy", "1 error, 1 warning");
        assertTrue(Sample.matches(List.of("a.md:6:1: error: unknown rating 'flase' (...)",
                "a.md:14:5: warning: ...", "1 error, 1 warning"), printed));
        assertTrue(Sample.matches(List.of("...", "1 error, 1 warning"), printed));
        assertTrue(Sample.matches(List.of("...", "a.md:14:5: warning: no archived copy", "..."), printed));
        assertTrue(Sample.matches(List.of("a.md:...", "...", "1 error, 1 warning", "..."), printed));
        assertFalse(Sample.matches(List.of("a.md:6:9: error: ...", "...", "1 error, 1 warning"), printed), "a column differs");
        assertFalse(Sample.matches(List.of("a.md:14:5: warning: no archived copy", "1 error, 1 warning"), printed),
                "a line left out without a line of dots");
        assertFalse(Sample.matches(List.of("...", "1 error, 2 warnings"), printed));
        assertFalse(Sample.matches(List.of("a.md:6:1: error: unknown rating 'flase' (.*)", "..."), printed),
                "no regular expressions: only the dots elide");
    }
}
