package org.factpress.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factpress.view.ClaimView;
import org.factpress.view.SearchIndex;
import org.factpress.view.Urls;
import org.factpress.view.Views;
import org.factpress.diagnostics.Problems;
import org.factpress.load.ContentLoader;
import org.factpress.model.Library;

/**
 * What a first search fetches from an index written by {@link SearchIndex}, file by file as search.js fetches them:
 * meta.json, the term files of each word of the query (the longest key the word starts with, and every longer key
 * that starts with it), and, at most, one check file for each result of the first page.
 */
public final class FirstSearch {
    /** Results on the search page's first page (PAGE in search.js). */
    public static final int PAGE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SortedMap<String, byte[]> files;
    private final String folder;
    private final List<String> keys = new ArrayList<>();
    private final long largestCheckFile;

    /** {@code files} as {@link SearchIndex#files} gives them, under {@code folder}. */
    public FirstSearch(SortedMap<String, byte[]> files, String folder) {
        this.files = files;
        this.folder = folder;
        try {
            JSON.readTree(files.get(folder + "meta.json")).get("keys").forEach(k -> keys.add(k.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        largestCheckFile = files.entrySet().stream().filter(f -> f.getKey().startsWith(folder + "checks/"))
                .mapToLong(f -> f.getValue().length).max().orElse(0);
    }

    /** The index of the published checks of the desk at {@code content}, as the build writes it. */
    public static SortedMap<String, byte[]> indexOf(Path content) {
        Problems problems = new Problems();
        Library library = ContentLoader.load(content, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException(problems.all().toString());
        }
        Views views = new Views(library, new Urls(library.site().baseUrl()), (md, safe) -> "");
        return SearchIndex.files(Urls.SEARCH_INDEX, entries(views.claims()));
    }

    static List<SearchIndex.Entry> entries(List<ClaimView> claims) {
        org.factpress.view.Dates dates = new org.factpress.view.Dates();
        return claims.stream().map(c -> SearchIndex.Entry.of(c, dates)).toList();
    }

    /** The files a query's words need, in the order fetched (meta.json first), without the check files. */
    public Set<String> termFiles(String query) {
        Set<String> out = new LinkedHashSet<>();
        out.add(folder + "meta.json");
        for (String word : SearchIndex.terms(query)) {
            String longest = null;
            for (String k : keys) {
                if (word.startsWith(k)) {
                    if (longest == null || k.length() > longest.length()) {
                        longest = k;
                    }
                } else if (word.codePointCount(0, word.length()) > 1 && k.startsWith(word)) {
                    out.add(file(k));
                }
            }
            if (longest != null) {
                out.add(file(longest));
            }
        }
        return out;
    }

    private String file(String key) {
        return folder + "terms/" + SearchIndex.fileName(key) + ".json";
    }

    /** The most bytes a first search for {@code query} fetches: its term files and a first page of check files. */
    public long bytes(String query, boolean gzip) {
        long sum = 0;
        for (String f : termFiles(query)) {
            sum += gzip ? gzipped(files.get(f)) : files.get(f).length;
        }
        return sum + PAGE * (gzip ? largestCheckFileGzipped() : largestCheckFile);
    }

    private long largestGz = -1;

    private long largestCheckFileGzipped() {
        if (largestGz < 0) {
            largestGz = files.entrySet().stream().filter(f -> f.getKey().startsWith(folder + "checks/"))
                    .mapToLong(f -> gzipped(f.getValue())).max().orElse(0);
        }
        return largestGz;
    }

    /** Every term of the index. */
    public List<String> terms() {
        List<String> out = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(folder + "terms/")) {
                try {
                    JSON.readTree(bytes).fieldNames().forEachRemaining(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return out;
    }

    public static long gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** The index as search.js reads it: each term with the checks (by number) it is in and the fields as bits. */
    public static Map<String, Map<Integer, Integer>> postings(Path folder) throws IOException {
        Map<String, Map<Integer, Integer>> out = new TreeMap<>();
        try (var list = Files.list(folder.resolve("terms"))) {
            for (Path f : list.toList()) {
                JSON.readTree(f.toFile()).fields().forEachRemaining(e -> {
                    Map<Integer, Integer> checks = new TreeMap<>();
                    int check = 0;
                    for (JsonNode n : e.getValue()) {
                        check += n.asInt() / 32;
                        checks.put(check, n.asInt() % 32);
                    }
                    out.put(e.getKey(), checks);
                });
            }
        }
        return out;
    }

    /** Every check file's results, in the archive's order. */
    public static List<JsonNode> checks(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = JSON.readTree(folder.resolve("meta.json").toFile()).get("checks").asInt();
        int per = JSON.readTree(folder.resolve("meta.json").toFile()).get("perFile").asInt();
        for (int i = 0; i * per < n; i++) {
            JSON.readTree(Files.readString(folder.resolve("checks/" + i + ".json"), StandardCharsets.UTF_8))
                    .forEach(out::add);
        }
        return out;
    }
}
