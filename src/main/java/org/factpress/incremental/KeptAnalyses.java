package org.factpress.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    /** Longer than any analysis: a length beyond it means the file is damaged, and it is ignored. */
    private static final int MAX_TEXT = 64 << 20;

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
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readUTF().equals(identity)) {
                    for (int n = in.readInt(); n > 0; n--) {
                        boolean safeHtml = in.readBoolean();
                        String markdown = text(in);
                        last.put(new Key(markdown, safeHtml), text(in));
                    }
                }
            } catch (IOException | RuntimeException e) {
                last.clear(); // damaged or from another version of this file: every analysis is made again
            }
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
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(identity);
            out.writeInt(used.size());
            for (Map.Entry<Key, String> e : used.entrySet()) {
                out.writeBoolean(e.getKey().safeHtml());
                text(out, e.getKey().markdown());
                text(out, e.getValue());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("damaged");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
