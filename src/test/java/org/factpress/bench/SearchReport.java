package org.factpress.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.factpress.view.SearchIndex;
import org.factpress.view.Urls;

/**
 * Prints the search index's figures for a desk: its files and bytes, the time to write it, and the bytes a first
 * search fetches (one word, each word of the index in turn; a two-letter start of a word; the three heaviest words
 * together), raw and gzipped as a static host serves them. Asserts nothing.
 *
 * <pre>java -cp target/test-classes:target/factpress.jar org.factpress.bench.SearchReport CONTENT_DIR [RUNS]</pre>
 */
public final class SearchReport {
    private SearchReport() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchReport CONTENT_DIR [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long t0 = System.nanoTime();
        SortedMap<String, byte[]> files = FirstSearch.indexOf(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "loaded and indexed in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        var library = org.factpress.load.ContentLoader.load(Path.of(args[0]), new org.factpress.diagnostics.Problems());
        var views = new org.factpress.view.Views(library, new Urls(library.site().baseUrl()), (md, safe) -> "");
        List<SearchIndex.Entry> entries = FirstSearch.entries(views.claims());
        List<Long> ms = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs + 2; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            SearchIndex.files(Urls.SEARCH_INDEX, entries);
            if (i >= 2) {
                ms.add((System.nanoTime() - s) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
            }
        }
        ms.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        long raw = 0;
        long gz = 0;
        int termFiles = 0;
        int checkFiles = 0;
        for (var f : files.entrySet()) {
            raw += f.getValue().length;
            gz += FirstSearch.gzipped(f.getValue());
            termFiles += f.getKey().contains("/terms/") ? 1 : 0;
            checkFiles += f.getKey().contains("/checks/") ? 1 : 0;
        }
        FirstSearch first = new FirstSearch(files, Urls.SEARCH_INDEX);
        List<String> terms = first.terms();
        System.out.printf(Locale.ROOT, "checks %d, terms %d%n", entries.size(), terms.size());
        System.out.printf(Locale.ROOT, "index: %d files (%d term files, %d check files), %d bytes, %d gzipped%n",
                files.size(), termFiles, checkFiles, raw, gz);
        System.out.printf(Locale.ROOT, "meta.json: %d bytes, %d gzipped%n", files.get(Urls.SEARCH_INDEX + "meta.json").length,
                FirstSearch.gzipped(files.get(Urls.SEARCH_INDEX + "meta.json")));
        System.out.printf(Locale.ROOT, "write the index: median %d ms (min %d, max %d) over %d runs%n",
                ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), ms.size());
        System.out.printf(Locale.ROOT, "write the index, CPU time: median %d ms (min %d, max %d)%n",
                cpu.get(cpu.size() / 2), cpu.get(0), cpu.get(cpu.size() - 1));

        List<long[]> one = new ArrayList<>();
        for (String t : terms) {
            one.add(new long[] {first.bytes(t, false), first.bytes(t, true)});
        }
        report("first search, one word of the index", one);
        List<long[]> two = new ArrayList<>();
        for (String t : terms) {
            if (t.codePointCount(0, t.length()) >= 2) {
                String p = t.substring(0, t.offsetByCodePoints(0, 2));
                two.add(new long[] {first.bytes(p, false), first.bytes(p, true)});
            }
        }
        report("first search, the first two letters of a word", two);
        List<String> heaviest = terms.stream()
                .sorted(Comparator.comparingLong((String t) -> -first.bytes(t, false)).thenComparing(t -> t)).limit(3)
                .toList();
        String q = String.join(" ", heaviest);
        System.out.printf(Locale.ROOT, "first search, the three heaviest words (%s): at most %d bytes, %d gzipped%n", q,
                first.bytes(q, false), first.bytes(q, true));
    }

    private static void report(String what, List<long[]> sizes) {
        for (int g = 0; g < 2; g++) {
            final int i = g;
            List<Long> s = sizes.stream().map(a -> a[i]).sorted().toList();
            System.out.printf(Locale.ROOT, "%s%s: at most %d bytes (median), %d (max), over %d queries%n", what,
                    g == 0 ? "" : ", gzipped", s.get(s.size() / 2), s.get(s.size() - 1), s.size());
        }
    }
}
