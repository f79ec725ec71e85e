package org.factpress.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each page weighs when it links every print file, by the digest of its model ({@code weights.bin} in the
 * cache folder): the default print window is fitted to the pages' bytes, and a page whose model is unchanged
 * weighs what it weighed, so only the pages an edit changed are rendered to be weighed. The bytes are those a
 * render would give (same model, theme and factpress: same page), so the window is the same as without it.
 */
public final class PageWeights implements UnchangedPages {
    static final String FILE = "weights.bin";

    private record Weight(byte[] digest, long bytes) {}

    private final Path file;
    private final String key;
    private final Map<String, Weight> last;
    private final Map<String, Weight> now = new ConcurrentHashMap<>();
    /** The bytes of pages rendered now, by path, until {@link #made} pairs them with their digest. */
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final java.util.concurrent.atomic.LongAdder rendered = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder known = new java.util.concurrent.atomic.LongAdder();

    private PageWeights(Path file, String key, Map<String, Weight> last) {
        this.file = file;
        this.key = key;
        this.last = last;
    }

    /** Weights kept nowhere: every page is rendered to be weighed. */
    public static PageWeights none() {
        return new PageWeights(null, null, Map.of());
    }

    /** The weights the last build in {@code cacheDir} kept under {@code key} ({@link KeptPages#key}); none when another key's. */
    public static PageWeights open(Path cacheDir, String key) {
        Path file = cacheDir.resolve(FILE);
        Map<String, Weight> last = new HashMap<>();
        if (!KeptFile.read(file, key, in -> {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String page = in.readUTF();
                byte[] digest = new byte[in.readUnsignedByte()];
                in.readFully(digest);
                last.put(page, new Weight(digest, in.readLong()));
            }
        })) {
            last.clear();
        }
        return new PageWeights(file, key, last);
    }

    @Override
    public boolean keep(String page, ModelDigest.Page digest) {
        Weight was = last.get(page);
        if (was == null || !Arrays.equals(was.digest(), digest.digest())) {
            return false;
        }
        now.put(page, was);
        total.addAndGet(was.bytes());
        known.increment();
        return true;
    }

    @Override
    public void made(String page, ModelDigest.Page digest) {
        rendered.increment();
        Long bytes = written.remove(page);
        if (digest != null && bytes != null) {
            now.put(page, new Weight(digest.digest(), bytes));
        }
    }

    /** Where the pages weighed are rendered: their bytes counted, nothing written. */
    public OutputSink counter() {
        return (path, bytes) -> {
            written.put(path, (long) bytes.length);
            total.addAndGet(bytes.length);
        };
    }

    /** Whether weights are kept at all ({@link #none} keeps none: no page's model need be digested). */
    public boolean kept() {
        return file != null;
    }

    /** How many pages were rendered to be weighed, and how many weighed what they weighed before. */
    public String summary() {
        return "pages weighed for the print window: " + rendered.sum() + " rendered, " + known.sum()
                + " as in the last build";
    }

    /** The bytes of every file rendered, or kept, so far. */
    public long bytes() {
        return total.get();
    }

    /** Keeps this build's weights for the next; written whole or not at all. */
    public void save() throws IOException {
        if (file == null || now.equals(last)) {
            return;
        }
        KeptFile.write(file, key, out -> {
            out.writeInt(now.size());
            for (Map.Entry<String, Weight> e : new java.util.TreeMap<>(now).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeByte(e.getValue().digest().length);
                out.write(e.getValue().digest());
                out.writeLong(e.getValue().bytes());
            }
        });
    }
}
