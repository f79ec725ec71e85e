package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

/**
 * Where each claim's quote stands in its article, kept in the cache folder by the article's content hash and the
 * quote: a build with the cache searches again only the quotes whose article or quote changed, so the check
 * stage need not parse every article. Kept by the {@link BuildIdentity}; as safe to delete as the rest of the cache.
 */
public final class KeptQuotes {
    static final String FILE = "quotes.bin";

    private record Key(String article, String quote) {}

    private final Path file;
    private final String identity;
    /** The last run's quotes: read from the cache folder by a build, kept in memory by serve. */
    private volatile Map<Key, List<Integer>> last;
    private volatile Map<Key, List<Integer>> used = new ConcurrentHashMap<>();
    /** Each article's hash, worked out once a run (the claims of an article share its text), and the last run's. */
    private volatile Map<String, String> articles = new ConcurrentHashMap<>();
    private volatile Map<String, String> articlesBefore = Map.of();
    private volatile LongAdder made = new LongAdder();

    private KeptQuotes(Path file, String identity, Map<Key, List<Integer>> last) {
        this.file = file;
        this.identity = identity;
        this.last = last;
    }

    /** What the last build in {@code cacheDir} kept, if a build of the same identity ({@link BuildIdentity#key}) made it. */
    public static KeptQuotes open(Path cacheDir, String identity) {
        Path file = cacheDir.resolve(FILE);
        Map<Key, List<Integer>> last = new HashMap<>();
        boolean whole = KeptFile.read(file, identity, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                Key key = new Key(in.readUTF(), KeptFile.text(in));
                int count = in.readInt();
                if (count < 0 || count > 1 << 24) {
                    throw new IOException("damaged");
                }
                List<Integer> at = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    at.add(in.readInt());
                }
                last.put(key, List.copyOf(at));
            }
        });
        if (!whole) {
            last.clear(); // absent, another build's or damaged: every quote is searched again
        }
        return new KeptQuotes(file, identity, last);
    }

    /** Quotes kept in memory only, from one run to the next ({@link #nextRun}): serve's. */
    public static KeptQuotes inMemory() {
        return new KeptQuotes(null, "", new HashMap<>());
    }

    /** Between two runs kept in memory: what this run used is what the next may take; the rest is let go. */
    public synchronized void nextRun() {
        last = used;
        used = new ConcurrentHashMap<>(last.size());
        articlesBefore = articles;
        articles = new ConcurrentHashMap<>(articlesBefore.size());
        made = new LongAdder();
    }

    /** Where {@code quote} stands in {@code article} (its Markdown): as kept, or as {@code search} finds it now. */
    public List<Integer> find(String article, String quote, BiFunction<String, String, List<Integer>> search) {
        String hash = articles.computeIfAbsent(article, a -> {
            String before = articlesBefore.get(a);
            return before != null ? before : BuildCache.hash(a.getBytes(StandardCharsets.UTF_8));
        });
        Key key = new Key(hash, quote);
        List<Integer> at = used.get(key);
        if (at != null) {
            return at;
        }
        at = last.get(key);
        if (at == null) {
            at = List.copyOf(search.apply(article, quote));
            made.increment();
        }
        used.put(key, at);
        return at;
    }

    /** Keeps this build's quotes, and only them, for the next build; written whole or not at all. */
    public void save() throws IOException {
        if (made.sum() == 0 && used.size() == last.size()) {
            return; // the same as kept
        }
        KeptFile.write(file, identity, out -> {
            out.writeInt(used.size());
            for (Map.Entry<Key, List<Integer>> e : used.entrySet()) {
                out.writeUTF(e.getKey().article());
                KeptFile.text(out, e.getKey().quote());
                out.writeInt(e.getValue().size());
                for (int i : e.getValue()) {
                    out.writeInt(i);
                }
            }
        });
    }
}
