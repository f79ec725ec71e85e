package org.factpress.incremental;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
     * A read as kept: as read, in memory (serve's); encoded, made by this build for the cache folder; or where the
     * last build's file holds it ({@code at}, {@code length}), decoded when asked for.
     */
    private record Held(Read read, byte[] encoded, long at, int length) {
        static Held of(Read read) {
            return new Held(read, null, -1, 0);
        }

        static Held encoded(byte[] bytes) {
            return new Held(null, bytes, -1, 0);
        }
    }

    private final Path file;
    private final String identity;
    /** The last run's reads: read from the cache folder by a build, kept in memory by serve. */
    private volatile Map<Key, Held> last;
    private volatile Map<Key, Held> used = new ConcurrentHashMap<>();
    private volatile LongAdder made = new LongAdder();
    private final KeptModel.Shapes shapes = new KeptModel.Shapes();
    /**
     * The last build's file as read (outside the heap), while content is loaded ({@link #loaded} lets it go);
     * what is kept from it is copied from the file again when saving.
     */
    private volatile java.nio.ByteBuffer lastFile;
    /** That file's size and time as read: saving copies from it only while it is still the same. */
    private final String lastStamp;

    private KeptReads(Path file, String identity, Map<Key, Held> last, java.nio.ByteBuffer lastFile,
                      String lastStamp) {
        this.file = file;
        this.identity = identity;
        this.last = last;
        this.lastFile = lastFile;
        this.lastStamp = lastStamp;
    }

    /** What the last build in {@code cacheDir} kept, if a build of the same identity ({@link BuildIdentity#key}) made it. */
    public static KeptReads open(Path cacheDir, String identity) {
        Path file = cacheDir.resolve(FILE);
        Map<Key, Held> last = new HashMap<>();
        java.nio.ByteBuffer bytes = KeptFile.whole(file, identity, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                Key key = new Key(in.readUTF(), in.readUTF(), in.readUTF());
                int length = KeptFile.length(in);
                last.put(key, new Held(null, null, in.position(), length));
                in.pass(length);
            }
        });
        if (bytes == null) {
            last.clear(); // absent, another build's or damaged: every file is read again
        }
        return new KeptReads(file, identity, last, bytes, bytes == null ? null : KeptFile.stamp(file));
    }

    /** Loading is done: the last build's file as read is let go (what is kept is copied from the file on saving). */
    public void loaded() {
        lastFile = null;
    }

    /**
     * Reads kept in memory only, from one run to the next ({@link #nextRun}): serve's. A file kept gives the very
     * model it gave before, so what is kept by a model's identity ({@link ByIdentity}) stays kept too.
     */
    public static KeptReads inMemory() {
        return new KeptReads(null, "", new HashMap<>(), null, null);
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
        java.nio.ByteBuffer file = lastFile;
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
        if (file == null) {
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

    /** Keeps this build's reads, and only them, for the next build; written whole or not at all. */
    public void save() throws IOException {
        if (made.sum() == 0 && used.size() == last.size()) {
            return; // the same as kept
        }
        // What was kept is copied from the last build's file, which is replaced only once this one is whole; when
        // another run rewrote it meanwhile, only what this one read is written.
        boolean same = lastStamp != null && lastStamp.equals(KeptFile.stamp(file));
        Map<Key, Held> saved = new HashMap<>();
        used.forEach((k, h) -> {
            if (h.encoded() != null || same) {
                saved.put(k, h);
            }
        });
        byte[] buffer = new byte[1 << 16];
        KeptFile.write(file, identity, out -> {
            // Closed before the new file takes the old one's place.
            try (java.nio.channels.FileChannel old = same ? java.nio.channels.FileChannel.open(file) : null) {
                out.writeInt(saved.size());
                for (Map.Entry<Key, Held> e : saved.entrySet()) {
                    out.writeUTF(e.getKey().path());
                    out.writeUTF(e.getKey().hash());
                    out.writeUTF(e.getKey().dependsOn());
                    Held h = e.getValue();
                    if (h.encoded() != null) {
                        KeptFile.bytes(out, h.encoded());
                    } else {
                        out.writeInt(h.length());
                        KeptFile.copy(old, h.at(), h.length(), out, buffer);
                    }
                }
            }
        });
    }
}
