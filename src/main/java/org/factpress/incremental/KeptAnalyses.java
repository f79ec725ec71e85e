package org.factpress.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The analyses of the last build as HTML, kept in the cache folder by their Markdown: a build with the cache makes
 * HTML only of the analyses that changed, Markdown being much of a full build's work. An analysis is kept by its
 * whole text and by the factpress build that made it, so nothing kept can be stale, and the file is as safe to
 * delete as the rest of the cache.
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

    private record Key(String markdown, boolean safeHtml) {}

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
                boolean safeHtml = in.readBoolean();
                String markdown = KeptFile.text(in);
                last.put(new Key(markdown, safeHtml), KeptFile.text(in));
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
            Key key = new Key(markdown, safeHtml);
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
                out.writeBoolean(e.getKey().safeHtml());
                KeptFile.text(out, e.getKey().markdown());
                KeptFile.text(out, e.getValue());
            }
        });
    }
}
