package org.factpress.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes only what changed: a file whose bytes are those the last build wrote at the same path is linked from the
 * live site into the new one instead of written again, so an edit rewrites just the pages that show it. The new
 * site is still whole before it is swapped in.
 */
public final class UnchangedFiles implements OutputSink {
    private final OutputSink out;
    private final BuildCache cache;
    private final Path live;
    private final Map<String, String> written = new ConcurrentHashMap<>();

    public UnchangedFiles(OutputSink out, BuildCache cache, Path live) {
        this.out = out;
        this.cache = cache;
        this.live = live.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        String sum = BuildCache.checksum(bytes);
        written.put(path, sum);
        Path old = live.resolve(path).normalize();
        // The checksum says which files may be unchanged; their bytes are compared before one is reused.
        if (sum.equals(cache.lastOutput(path)) && old.startsWith(live) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                && Files.size(old) == bytes.length && Arrays.equals(Files.readAllBytes(old), bytes)) {
            try {
                out.link(path, old);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // no hard links here (another file system): write it
            }
        }
        out.write(path, bytes);
    }

    /**
     * Links the live site's {@code path} into the new output, unmade, when it is as the last build left it: written
     * by it (its checksum recorded) and with the size and modification time ({@code modifiedNanos}) seen then.
     * False when not, or when it cannot be linked: the caller makes it.
     */
    public boolean keep(String path, long size, long modifiedNanos) {
        String sum = cache.lastOutput(path);
        Path old = live.resolve(path).normalize();
        if (sum == null || !old.startsWith(live)) {
            return false;
        }
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(old,
                    java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != size
                    || a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) != modifiedNanos) {
                return false;
            }
            out.link(path, old);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        written.put(path, sum);
        return true;
    }

    /** Every file written or linked, by path, with its checksum: the next build's "last output". */
    public Map<String, String> written() {
        return Map.copyOf(written);
    }
}
