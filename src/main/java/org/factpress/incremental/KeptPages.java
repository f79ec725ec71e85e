package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Which model each page of the last build was made from ({@code pages.tsv} in the cache folder): a build with the
 * cache renders only the pages whose model changed, and takes the rest from the live site, so one edited claim
 * renders the pages that show it and not 11,000. Safe by construction: a page is kept only when its whole model
 * ({@link org.factpress.incremental.ModelDigest}), the theme and the factpress build are those it was made with, and its
 * file is as that build left it (size and time). The file is as safe to delete as the rest of the cache.
 */
public final class KeptPages implements UnchangedPages {
    static final String FILE = "pages.tsv";

    private final Path file;
    private final String key;
    private final Path live;
    private final UnchangedFiles files;
    /** Page files as the last build left them. */
    private final Map<String, Kept> last;
    private final Map<String, String> now = new ConcurrentHashMap<>();
    private final LongAdder rendered = new LongAdder();
    private final LongAdder kept = new LongAdder();

    /** A page's digest, and its file's size and modification time (ns). */
    private record Kept(String digest, long size, long modified) {}

    private KeptPages(Path file, String key, Path live, UnchangedFiles files, Map<String, Kept> last) {
        this.file = file;
        this.key = key;
        this.live = live.toAbsolutePath().normalize();
        this.files = files;
        this.last = last;
    }

    /**
     * The pages the last build of {@code live} recorded under {@code key} (what every page depends on besides its
     * model: the theme, the factpress build, the options); none when the key differs or the file is unreadable.
     */
    public static KeptPages open(Path cacheDir, String key, Path live, UnchangedFiles files) {
        Path f = cacheDir.resolve(FILE);
        Map<String, Kept> last = new HashMap<>();
        try {
            List<String> lines = Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).equals("key\t" + key)) {
                for (String line : lines.subList(1, lines.size())) {
                    String[] p = line.split("\t");
                    if (p.length == 4) {
                        last.put(p[0], new Kept(p[1], Long.parseLong(p[2]), Long.parseLong(p[3])));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            last.clear(); // damaged: every page is rendered
        }
        return new KeptPages(f, key, live, files, last);
    }

    /**
     * What every page depends on besides its model: the build's identity ({@link BuildIdentity#key}: factpress,
     * the options, the environment) and every file of the theme. Null when a template reads the clock
     * ({@code .now}): its pages are not a function of their model, and are always rendered.
     */
    public static String key(String identity, Path templates) throws IOException {
        java.security.MessageDigest sha = sha256();
        Path root = templates.toAbsolutePath().normalize();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (p.getFileName().toString().contains(".ftl")
                        && new String(bytes, StandardCharsets.UTF_8).contains(".now")) {
                    return null;
                }
                sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(sha256().digest(bytes));
            }
        }
        return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean keep(String page, byte[] digest) throws IOException {
        String d = HexFormat.of().formatHex(digest);
        Kept was = last.get(page);
        if (was == null || !was.digest().equals(d) || !files.keep(page, was.size(), was.modified())) {
            return false;
        }
        now.put(page, d);
        kept.increment();
        return true;
    }

    @Override
    public void made(String page, byte[] digest) {
        rendered.increment();
        if (digest != null) {
            now.put(page, HexFormat.of().formatHex(digest));
        }
    }

    public String summary() {
        return "pages: " + rendered.sum() + " rendered, " + kept.sum() + " kept from the last build";
    }

    /**
     * Forgets the last build's pages kept in {@code cacheDir}, just before the live site is replaced (as
     * {@link BuildCache#forgetOutputs}); also when this build keeps none, so no old record outlives it.
     */
    public static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
    }

    /** Records this build's pages, once the new site is live: each with its digest and its file's size and time. */
    public void save() throws IOException {
        StringBuilder out = new StringBuilder("key\t").append(key).append('\n');
        for (Map.Entry<String, String> e : new TreeMap<>(now).entrySet()) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(live.resolve(e.getKey()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                continue;
            }
            out.append(e.getKey()).append('\t').append(e.getValue()).append('\t').append(a.size()).append('\t')
                    .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
