package org.factpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a built site weighs, by kind of file: what GitHub Pages counts against its 1 GB limit. The build's own
 * folders (its cache, its marker) are not published and not counted.
 */
public final class SiteSize {
    /** GitHub Pages' documented limit on a published site, 1 GB (counted in decimal: the stricter reading). */
    public static final long PAGES_LIMIT = 1_000_000_000L;
    /** Above this share of the budget, the build warns. */
    public static final double WARN_SHARE = 0.8;

    /** A kind of file, by where the build puts it. */
    public enum Kind {
        PAGES("pages"), FACT_BRIEFS("fact briefs"), ARTICLE_BRIEFS("article briefs"), DIGESTS("digests"),
        CARDS("share cards"), SEARCH_INDEX("search index"), FEEDS("feeds and data"), STATIC("styles and scripts");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Bytes and file count of one kind. */
    public record Share(Kind kind, long bytes, int files) {}

    private final Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
    private int checks;

    private SiteSize() {
        for (Kind k : Kind.values()) {
            byKind.put(k, new long[2]);
        }
    }

    /** Walks a built site; a page under claims/ (not its archive pages) counts as one published check. */
    public static SiteSize of(Path site) throws IOException {
        Map<String, Long> files = new java.util.HashMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.put(site.relativize(f).toString().replace('\\', '/'), Files.size(f));
            }
        }
        return of(files);
    }

    /** A site of these files (paths relative to it, with their sizes); a path beginning with a dot is not counted. */
    static SiteSize of(Map<String, Long> files) {
        SiteSize size = new SiteSize();
        files.forEach((rel, bytes) -> {
            if (rel.startsWith(".")) {
                return;
            }
            if (isCheckPage(rel)) {
                size.checks++;
            }
            long[] b = size.byKind.get(kind(rel));
            b[0] += bytes;
            b[1]++;
        });
        return size;
    }

    /** claims/<slug>/index.html, and not claims/page/<n>/index.html. */
    private static boolean isCheckPage(String rel) {
        return rel.startsWith("claims/") && !rel.startsWith("claims/page/") && rel.endsWith("/index.html")
                && rel.indexOf('/', "claims/".length()) == rel.length() - "/index.html".length();
    }

    /** The kind of a file, by its path in the site. */
    static Kind kind(String rel) {
        if (rel.endsWith(".html")) {
            return Kind.PAGES;
        } else if (rel.startsWith("briefs/claims/")) {
            return Kind.FACT_BRIEFS;
        } else if (rel.startsWith("briefs/")) {
            return Kind.ARTICLE_BRIEFS;
        } else if (rel.startsWith("reports/")) {
            return Kind.DIGESTS;
        } else if (rel.startsWith("cards/")) {
            return Kind.CARDS;
        } else if (rel.startsWith("search/index/")) {
            return Kind.SEARCH_INDEX;
        } else if (rel.startsWith("static/") || rel.endsWith(".css") || rel.endsWith(".js")) {
            return Kind.STATIC;
        }
        return Kind.FEEDS;
    }

    public long total() {
        return byKind.values().stream().mapToLong(b -> b[0]).sum();
    }

    public int checks() {
        return checks;
    }

    /** Every kind, biggest first. */
    public List<Share> shares() {
        return byKind.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
                .sorted(Comparator.comparingLong(Share::bytes).reversed()).toList();
    }

    /** The one line a build prints: the site's size, per check, and its share of the budget. */
    public String summary(long budget) {
        return String.format(Locale.ROOT, "site size: %s in %d files, %s per check (%d checks), %.0f%% of the %s budget",
                human(total()), shares().stream().mapToInt(Share::files).sum(), human(checks == 0 ? 0 : total() / checks),
                checks, 100.0 * total() / budget, human(budget));
    }

    /**
     * Null below 80% of {@code budget}; otherwise what the desk reads: how full the site is, its biggest kinds of
     * file, and what the desk can do about it.
     */
    public String warning(long budget) {
        if (total() <= WARN_SHARE * budget) {
            return null;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "the site is %s, %.0f%% of its %s budget (GitHub Pages publishes at most 1 GB); biggest kinds of file:",
                human(total()), 100.0 * total() / budget, human(budget)));
        shares().stream().limit(3).forEach(sh -> s.append(String.format(Locale.ROOT, "%n  %-18s %10s in %d files",
                sh.kind().label, human(sh.bytes()), sh.files())));
        s.append(String.format(Locale.ROOT, "%nto stay under it, print fewer PDFs and cards: in site.yaml set"
                + " print: {fact_briefs: last 12 months, cards: last 12 months} (article briefs stay), or digest: none;"
                + " without print: the build keeps only the print files that fit"));
        return s.toString();
    }

    /** Bytes as people read them: 1.2 MB, 830 KB (decimal kilobytes and megabytes, as GitHub counts). */
    public static String human(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
        } else if (bytes >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } else if (bytes >= 1000L) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        }
        return bytes + " B";
    }
}
