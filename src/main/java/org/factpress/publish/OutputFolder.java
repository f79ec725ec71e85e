package org.factpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.factpress.render.OutputSink;

/**
 * Publish stage: files are written into a new folder beside the output and swapped in only when the whole build
 * succeeded, so a failed build leaves the previous site as it was.
 */
public final class OutputFolder implements OutputSink, AutoCloseable {
    /** Marks a folder factpress made; a non-empty folder without it is never emptied. */
    public static final String MARKER = ".factpress-output";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a new output for {@code target}; refuses a folder that holds files factpress did not write. */
    public static OutputFolder begin(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(t + " exists and is not a folder; choose another --out");
            }
            if (!isEmpty(t) && !Files.exists(t.resolve(MARKER))) {
                throw new IOException(t + " holds files factpress did not write; it will not be replaced"
                        + " (choose another --out, or empty it yourself)");
            }
        }
        Path parent = t.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + t.getFileName() + ".new-");
        return new OutputFolder(t, staging);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (path.startsWith("/") || path.contains("\\") || !file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Puts {@code existing} (a file of the live site) at {@code path} of the new output as a hard link. */
    public void link(String path, Path existing) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (path.startsWith("/") || path.contains("\\") || !file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        Files.createDirectories(file.getParent());
        Files.createLink(file, existing);
    }

    /** Swaps the new output in place of the old. */
    public void commit() throws IOException {
        Files.writeString(staging.resolve(MARKER), "Written by factpress; the whole folder is replaced on each build.\n");
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /** Drops the new output unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
