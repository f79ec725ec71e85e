package org.factpress.incremental;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.factpress.diagnostics.Problem;

/**
 * Each content file as the load stage read it (its model and the problems found in it), kept in the cache folder
 * by the file's content hash and what else reading it depended on: a build with the cache reads and checks again
 * only the files that changed, and the checks across files run on the kept models. Kept by the
 * {@link BuildIdentity}, so nothing made by other code is taken; as safe to delete as the rest of the cache. serve
 * keeps them in memory instead ({@link #inMemory}), by the same key.
 */
public final class KeptReads {
    static final String FILE = "reads.bin";
    /**
     * What builds read since {@link #FILE} was last written whole: an edit adds its files here rather than rewrite
     * them all, until the additions and the entries no longer used come to an eighth of it.
     */
    static final String ADDED = "reads.added.bin";
    private static final int WHOLE = 0;
    private static final int ADDITIONS = 1;

    /** What reading one file gave: its model (null when it could not be read) and the problems found in it. */
    public record Read(Object value, List<Problem> problems) {}

    /** Each content file's hash as the run found it before reading, and whether it is still as it was then. */
    public interface Hashes {
        /** The content hash of {@code file}, or null when not known. */
        String hashOf(Path file);

        /** False when {@code file} changed since its hash was taken: what was read then is not kept under it. */
        boolean unchanged(Path file);
    }

    /** What a file's read is kept by: its path as given, its content hash and what else it depended on. */
    private record Key(String path, String hash, String dependsOn) {}

    /**
     * A read as kept: as read, in memory (serve's); encoded, made by this build for the cache folder; or where one
     * of the last build's files ({@link #WHOLE} or {@link #ADDITIONS}) holds it ({@code at}, {@code length}),
     * decoded when asked for.
     */
    private record Held(Read read, byte[] encoded, int file, long at, int length) {
        static Held of(Read read) {
            return new Held(read, null, -1, -1, 0);
        }

        static Held encoded(byte[] bytes) {
            return new Held(null, bytes, -1, -1, 0);
        }
    }

    /** The cache folder (null in memory). */
    private final Path dir;
    private final String identity;
    /** The last run's reads: read from the cache folder by a build, kept in memory by serve. */
    private volatile Map<Key, Held> last;
    private volatile Map<Key, Held> used = new ConcurrentHashMap<>();
    private volatile LongAdder made = new LongAdder();
    private final KeptModel.Shapes shapes = new KeptModel.Shapes();
    /**
     * The last build's two files as read (outside the heap), while content is loaded ({@link #loaded} lets them
     * go); what is kept from them is copied from the files again when saving.
     */
    private final java.nio.ByteBuffer[] lastFiles;
    /**
     * Their generations (a random number each file is written with): saving copies from a file only when the one
     * it opens has the generation read, so never from a file another run wrote meanwhile.
     */
    private final long[] generations;
    /** How many reads {@link #FILE} holds. */
    private final int wholeCount;

    private KeptReads(Path dir, String identity, Map<Key, Held> last, java.nio.ByteBuffer[] lastFiles,
                      long[] generations, int wholeCount) {
        this.dir = dir;
        this.identity = identity;
        this.last = last;
        this.lastFiles = lastFiles;
        this.generations = generations;
        this.wholeCount = wholeCount;
    }

    /** What the last build in {@code cacheDir} kept, if a build of the same identity ({@link BuildIdentity#key}) made it. */
    public static KeptReads open(Path cacheDir, String identity) {
        Map<Key, Held> last = new HashMap<>();
        long[] generations = new long[2];
        java.nio.ByteBuffer whole = KeptFile.whole(cacheDir.resolve(FILE), identity,
                in -> generations[WHOLE] = entries(in, WHOLE, last));
        if (whole == null) {
            last.clear(); // absent, another build's or damaged: every file is read again
        }
        int wholeCount = last.size();
        Map<Key, Held> added = new HashMap<>();
        java.nio.ByteBuffer additions = whole == null ? null
                : KeptFile.whole(cacheDir.resolve(ADDED), identity, in -> generations[ADDITIONS] = entries(in, ADDITIONS, added));
        if (additions != null) {
            last.putAll(added);
        }
        return new KeptReads(cacheDir, identity, last, new java.nio.ByteBuffer[] {whole, additions}, generations,
                wholeCount);
    }

    /** Takes the entries of one of the files (where each lies in it); returns its generation. */
    private static long entries(KeptFile.Reader in, int file, Map<Key, Held> into) throws IOException {
        long generation = in.readLong();
        for (int n = in.readInt(); n > 0; n--) {
            Key key = new Key(in.readUTF(), in.readUTF(), in.readUTF());
            int length = KeptFile.length(in);
            into.put(key, new Held(null, null, file, in.position(), length));
            in.pass(length);
        }
        return generation;
    }

    /** Loading is done: the last build's files as read are let go (what is kept is copied from them on saving). */
    public void loaded() {
        if (lastFiles != null) {
            java.util.Arrays.fill(lastFiles, null);
        }
    }

    /**
     * Reads kept in memory only, from one run to the next ({@link #nextRun}): serve's. A file kept gives the very
     * model it gave before, so what is kept by a model's identity ({@link ByIdentity}) stays kept too.
     */
    public static KeptReads inMemory() {
        return new KeptReads(null, "", new HashMap<>(), null, null, 0);
    }

    /** Between two runs kept in memory: what this run used is what the next may take; the rest is let go. */
    public synchronized void nextRun() {
        last = used;
        used = new ConcurrentHashMap<>(last.size());
        made = new LongAdder();
    }

    /**
     * The read of {@code path}, reading it with {@code read} unless the last run kept it by the hash
     * {@code hashes} gives (none known: always read). A file that changed while it was read is not kept under the
     * hash taken before. Safe on several threads.
     */
    public Read get(Path path, Hashes hashes, String dependsOn, Supplier<Read> read) {
        String hash = hashes.hashOf(path);
        if (hash == null) {
            return read.get();
        }
        Key key = new Key(path.toString(), hash, dependsOn);
        Held held = last.get(key);
        Read kept = held != null ? taken(held) : null;
        if (kept != null) {
            used.put(key, held);
            return kept;
        }
        Read fresh = read.get();
        made.increment();
        if (hashes.unchanged(path)) {
            Held keep = held(fresh);
            if (keep != null) {
                used.put(key, keep);
            }
        }
        return fresh;
    }

    /** The read {@code held} holds; null when it cannot be decoded by this code (it is read again). */
    private Read taken(Held held) {
        if (held.read() != null) {
            return held.read();
        }
        java.nio.ByteBuffer file = held.file() >= 0 && lastFiles != null ? lastFiles[held.file()] : null;
        if (held.encoded() == null && file == null) {
            return null; // after loading: read again
        }
        try {
            java.nio.ByteBuffer bytes = held.encoded() != null ? java.nio.ByteBuffer.wrap(held.encoded())
                    : file.slice((int) held.at(), held.length());
            return (Read) new KeptModel.Decoder(bytes, shapes).read();
        } catch (IOException | RuntimeException | ReflectiveOperationException e) {
            return null;
        }
    }

    /** {@code read} as this memo keeps it; null for a value it cannot keep in the cache folder (read again next time). */
    private Held held(Read read) {
        if (dir == null) {
            return Held.of(read);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new KeptModel.Encoder(new DataOutputStream(bytes), shapes).write(read);
            return Held.encoded(bytes.toByteArray());
        } catch (IOException | RuntimeException | ReflectiveOperationException e) {
            return null;
        }
    }

    /** How many files this run read, and how many it took as kept. */
    public String summary() {
        long m = made.sum();
        return "files: " + m + " read, " + (used.size() - Math.min(m, used.size())) + " kept from the last build";
    }

    /**
     * Keeps this build's reads, and only them, for the next build; each file written whole or not at all. What is
     * kept is copied from the last build's files, while they are as read; when another run rewrote one meanwhile,
     * what this run took from it is left out (read again next time).
     */
    public void save() throws IOException {
        if (made.sum() == 0 && used.size() == last.size()) {
            return; // the same as kept
        }
        // The last build's files as they are now, each taken only if it is the one read.
        java.nio.channels.FileChannel[] from = new java.nio.channels.FileChannel[2];
        try {
            for (int f : new int[] {WHOLE, ADDITIONS}) {
                from[f] = opened(dir.resolve(f == WHOLE ? FILE : ADDED), f);
            }
            Map<Key, Held> fromWhole = new HashMap<>();
            Map<Key, Held> others = new HashMap<>();
            used.forEach((k, h) -> {
                if (h.encoded() != null || h.file() == ADDITIONS && from[ADDITIONS] != null) {
                    others.put(k, h);
                } else if (h.file() == WHOLE && from[WHOLE] != null) {
                    fromWhole.put(k, h);
                }
            });
            int unused = wholeCount - fromWhole.size();
            if (from[WHOLE] != null && 8L * (unused + others.size()) <= wholeCount) {
                write(ADDED, others, from);
                return;
            }
            Map<Key, Held> all = new HashMap<>(fromWhole);
            all.putAll(others);
            write(FILE, all, from);
            Files.deleteIfExists(dir.resolve(ADDED));
        } finally {
            close(from);
        }
    }

    /** {@code file} opened, when it is the one this run read (its generation); else null. */
    private java.nio.channels.FileChannel opened(Path file, int which) {
        if (dir == null || generations[which] == 0) { // in memory, or not read (a written one is never 0)
            return null;
        }
        try {
            java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(file);
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(2);
            if (c.read(head, 0) == 2) {
                int idLength = head.flip().getShort() & 0xffff;
                java.nio.ByteBuffer generation = java.nio.ByteBuffer.allocate(8);
                if (c.read(generation, 2 + idLength) == 8 && generation.flip().getLong() == generations[which]) {
                    return c;
                }
            }
            c.close();
        } catch (IOException e) {
            // gone or unreadable: nothing is copied from it
        }
        return null;
    }

    private static void close(java.nio.channels.FileChannel[] channels) throws IOException {
        for (java.nio.channels.FileChannel c : channels) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** Writes {@code entries} as the file {@code name}, copying kept ones from {@code from}, a new generation. */
    private void write(String name, Map<Key, Held> entries, java.nio.channels.FileChannel[] from) throws IOException {
        byte[] buffer = new byte[1 << 16];
        KeptFile.write(dir.resolve(name), identity, out -> {
            out.writeLong(new java.security.SecureRandom().nextLong() | 1);
            out.writeInt(entries.size());
            for (Map.Entry<Key, Held> e : entries.entrySet()) {
                out.writeUTF(e.getKey().path());
                out.writeUTF(e.getKey().hash());
                out.writeUTF(e.getKey().dependsOn());
                Held h = e.getValue();
                if (h.encoded() != null) {
                    KeptFile.bytes(out, h.encoded());
                } else {
                    out.writeInt(h.length());
                    KeptFile.copy(from[h.file()], h.at(), h.length(), out, buffer);
                }
            }
            close(from); // before the new file takes the old one's place
        });
    }
}
