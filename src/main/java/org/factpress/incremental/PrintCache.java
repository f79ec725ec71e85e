package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Laid-out PDFs and rendered PNGs kept between builds, by the hash of everything they are made from (the XHTML,
 * the document properties) and the {@link BuildIdentity} (factpress's code, SOURCE_DATE_EPOCH, the print
 * settings): a document whose input did not change is not laid out again. Lives in the build cache folder, so it
 * is safe to delete.
 */
public final class PrintCache {
    private final Path dir;
    private final String identity;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** What this build put: taken back out if the build fails. */
    private final Set<String> put = ConcurrentHashMap.newKeySet();

    public PrintCache(Path dir, BuildIdentity identity) {
        this.dir = dir;
        this.identity = identity.key();
    }

    /** The key of a document made from {@code parts} by this build's code and settings. */
    public String key(String kind, String... parts) {
        StringBuilder s = new StringBuilder(kind).append('\u0000').append(identity);
        for (String p : parts) {
            s.append('\u0000').append(p);
        }
        return kind + "-" + BuildCache.hash(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes kept under {@code key}, or null. */
    public byte[] get(String key) {
        Path f = dir.resolve(key);
        try {
            if (Files.isRegularFile(f)) {
                used.add(key);
                return Files.readAllBytes(f);
            }
        } catch (IOException e) {
            // an unreadable entry is a miss
        }
        return null;
    }

    public void put(String key, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".put-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp); // a full disk: no half-written entry stays behind
            throw new IOException("could not keep a laid-out document in the build cache " + dir + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        }
        put.add(key);
        used.add(key);
    }

    /** Takes out what this build put, when it failed: the cache stays as the last published site had it. */
    public void discard() {
        for (String key : put) {
            try {
                Files.deleteIfExists(dir.resolve(key));
            } catch (IOException e) {
                // the next build's prune takes it
            }
        }
        put.clear();
    }

    /** Drops what this build did not use, so the cache holds one site's documents, not every version's. */
    public void prune() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!used.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
