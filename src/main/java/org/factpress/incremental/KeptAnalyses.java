package org.factpress.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The analyses of the last build as HTML, kept in the cache folder by their Markdown: a build with the cache makes
 * HTML only of the analyses that changed, Markdown being much of a full build's work. An analysis is kept by a
 * digest of its text (SHA-256) and by the factpress build that made it, so nothing kept can be stale, and the file
 * is as safe to delete as the rest of the cache; the texts themselves are neither kept nor held twice in memory.
 */
public final class KeptAnalyses {
    static final String FILE = "analyses.bin";

    /** Makes an analysis's HTML from its Markdown (the text stage's renderer). */
    @FunctionalInterface
    public interface Make {
        String html(String markdown, boolean safeHtml);
    }

    private final Make make;
    private final Path file;
    private final String identity;
    /** The last run's analyses: read from the cache folder by a build, kept in memory by serve. */
    private volatile Map<Key, String> last;
    private volatile Map<Key, String> used = new ConcurrentHashMap<>();
    private volatile LongAdder made = new LongAdder();

    /** An analysis's Markdown by its SHA-256, and whether raw HTML is kept. */
    private record Key(long a, long b, long c, long d, boolean safeHtml) {
        static Key of(String markdown, boolean safeHtml) {
            byte[] sha = BuildCache.sha256().digest(markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.nio.ByteBuffer longs = java.nio.ByteBuffer.wrap(sha);
            return new Key(longs.getLong(), longs.getLong(), longs.getLong(), longs.getLong(), safeHtml);
        }
    }

    private KeptAnalyses(Make make, Path file, String identity, Map<Key, String> last) {
        this.make = make;
        this.file = file;
        this.identity = identity;
        this.last = last;
    }

    /** What the last build in {@code cacheDir} kept, if the same factpress build ({@code identity}) made it. */
    public static KeptAnalyses open(Path cacheDir, String identity, Make make) {
        Path file = cacheDir.resolve(FILE);
        Map<Key, String> last = new HashMap<>();
        boolean whole = KeptFile.read(file, identity, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                Key key = new Key(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean());
                last.put(key, KeptFile.text(in));
            }
        });
        if (!whole) {
            last.clear(); // absent, another build's or damaged: every analysis is made again
        }
        return new KeptAnalyses(make, file, identity, last);
    }

    /** Analyses kept in memory only, from one run to the next ({@link #nextRun}): serve's. */
    public static KeptAnalyses inMemory(Make make) {
        return new KeptAnalyses(make, null, "", new HashMap<>());
    }

    /** Between two runs kept in memory: what this run used is what the next may take; the rest is let go. */
    public synchronized void nextRun() {
        last = used;
        used = new ConcurrentHashMap<>(last.size());
        made = new LongAdder();
    }

    /** An analysis as HTML: the kept one when the text is the same, else made now. Safe on several threads. */
    public String html(String markdown, boolean safeHtml) {
        {
            Key key = Key.of(markdown, safeHtml);
            String html = used.get(key);
            if (html != null) {
                return html;
            }
            String kept = last.get(key);
            String fresh = kept != null ? kept : make.html(markdown, safeHtml);
            String first = used.putIfAbsent(key, fresh);
            if (first != null) {
                return first; // another thread made the same text at the same time: counted once
            }
            if (kept == null) {
                made.increment();
            }
            return fresh;
        }
    }

    /** How many analyses this build made, and how many it took as kept. */
    public String summary() {
        long m = made.sum();
        return "analyses: " + m + " made, " + (used.size() - m) + " kept from the last build";
    }

    /** Keeps this build's analyses, and only them, for the next build; written whole or not at all. */
    public void save() throws IOException {
        if (made.sum() == 0 && used.size() == last.size()) {
            return; // the same as kept
        }
        KeptFile.write(file, identity, out -> {
            out.writeInt(used.size());
            for (Map.Entry<Key, String> e : used.entrySet()) {
                Key k = e.getKey();
                out.writeLong(k.a());
                out.writeLong(k.b());
                out.writeLong(k.c());
                out.writeLong(k.d());
                out.writeBoolean(k.safeHtml());
                KeptFile.text(out, e.getValue());
            }
        });
    }
}
