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
 * {@link BuildIdentity}, so nothing made by other code is taken; as safe to delete as the rest of the cache.
 */
public final class KeptReads {
    static final String FILE = "reads.bin";

    /** What reading one file gave: its model (null when it could not be read) and the problems found in it. */
    public record Read(Object value, List<Problem> problems) {}

    /** Each content file's hash as the build found it before reading, and whether it is still as it was then. */
    public interface Hashes {
        /** The content hash of {@code file}, or null when not known. */
        String hashOf(Path file);

        /** False when {@code file} changed since its hash was taken: what was read then is not kept under it. */
        boolean unchanged(Path file);
    }

    /** What a file's read is kept by: its path as given, its content hash and what else it depended on. */
    private record Key(String path, String hash, String dependsOn) {}

    private final Path file;
    private final String identity;
    /** The last build's reads, still encoded: each is decoded only when asked for, on the thread that asks. */
    private final Map<Key, byte[]> last;
    private final Map<Key, byte[]> used = new ConcurrentHashMap<>();
    private final LongAdder made = new LongAdder();
    private final KeptModel.Shapes shapes = new KeptModel.Shapes();

    private KeptReads(Path file, String identity, Map<Key, byte[]> last) {
        this.file = file;
        this.identity = identity;
        this.last = last;
    }

    /** What the last build in {@code cacheDir} kept, if a build of the same identity ({@link BuildIdentity#key}) made it. */
    public static KeptReads open(Path cacheDir, String identity) {
        Path file = cacheDir.resolve(FILE);
        Map<Key, byte[]> last = new HashMap<>();
        boolean whole = KeptFile.read(file, identity, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                last.put(new Key(in.readUTF(), in.readUTF(), in.readUTF()), KeptFile.bytes(in));
            }
        });
        if (!whole) {
            last.clear(); // absent, another build's or damaged: every file is read again
        }
        return new KeptReads(file, identity, last);
    }

    /**
     * The read of {@code path}, reading it with {@code read} unless the last build kept it by the hash
     * {@code hashes} gives (none known: always read). A file that changed while it was read is not kept under the
     * hash taken before. Safe on several threads.
     */
    public Read get(Path path, Hashes hashes, String dependsOn, Supplier<Read> read) {
        String hash = hashes.hashOf(path);
        if (hash == null) {
            return read.get();
        }
        Key key = new Key(path.toString(), hash, dependsOn);
        byte[] kept = last.get(key);
        if (kept != null) {
            try {
                Read r = (Read) new KeptModel.Decoder(kept, shapes).read();
                used.put(key, kept);
                return r;
            } catch (IOException | RuntimeException | ReflectiveOperationException e) {
                // not decodable by this code: read again
            }
        }
        Read fresh = read.get();
        made.increment();
        if (!hashes.unchanged(path)) {
            return fresh;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new KeptModel.Encoder(new DataOutputStream(bytes), shapes).write(fresh);
            used.put(key, bytes.toByteArray());
        } catch (IOException | RuntimeException | ReflectiveOperationException e) {
            // a value this memo cannot keep: read again next time
        }
        return fresh;
    }

    /** How many files this build read, and how many it took as kept. */
    public String summary() {
        long m = made.sum();
        return "files: " + m + " read, " + (used.size() - Math.min(m, used.size())) + " kept from the last build";
    }

    /** Keeps this build's reads, and only them, for the next build; written whole or not at all. */
    public void save() throws IOException {
        if (made.sum() == 0 && used.size() == last.size()) {
            return; // the same as kept
        }
        KeptFile.write(file, identity, out -> {
            out.writeInt(used.size());
            for (Map.Entry<Key, byte[]> e : used.entrySet()) {
                out.writeUTF(e.getKey().path());
                out.writeUTF(e.getKey().hash());
                out.writeUTF(e.getKey().dependsOn());
                KeptFile.bytes(out, e.getValue());
            }
        });
    }
}
