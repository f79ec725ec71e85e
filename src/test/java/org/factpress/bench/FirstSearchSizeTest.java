package org.factpress.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.factpress.view.Urls;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At 10,000 checks (the generated corpus, 1,000 articles x 10 claims), a first search fetches under 300 KB: for
 * each word of the index, for the first two letters of each, and for the three heaviest words together, counting
 * a full first page of results, each in its own check file.
 */
@Tag("slow")
class FirstSearchSizeTest {
    static final long TARGET = 300 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFirstSearchFetchesUnder300KilobytesAt10000Checks() throws Exception {
        new Corpus(42).write(dir.resolve("content"), 1000, 10, null);
        SortedMap<String, byte[]> files = FirstSearch.indexOf(dir.resolve("content"));
        FirstSearch first = new FirstSearch(files, Urls.SEARCH_INDEX);
        List<String> terms = first.terms();
        assertTrue(terms.size() > 200, "terms: " + terms.size());
        long worst = 0;
        for (String t : terms) {
            worst = Math.max(worst, first.bytes(t, false));
            if (t.codePointCount(0, t.length()) > 1) {
                worst = Math.max(worst, first.bytes(t.substring(0, t.offsetByCodePoints(0, 2)), false));
            }
        }
        assertTrue(worst < TARGET, "a one-word first search fetches up to " + worst + " bytes");
        String heaviest = String.join(" ", terms.stream()
                .sorted((a, b) -> Long.compare(first.bytes(b, false), first.bytes(a, false))).limit(3).toList());
        assertTrue(first.bytes(heaviest, false) < TARGET, heaviest + ": " + first.bytes(heaviest, false));
        // The whole index is many times what a search fetches: the saving is real.
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(total > 10 * TARGET, "index: " + total + " bytes");
    }
}
