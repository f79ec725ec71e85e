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

/**
 * One memo's file in the cache folder: the {@link BuildIdentity} key that made it, then the memo's entries. Read only
 * when the identity is this build's and the file is whole; written to a temporary file and moved, so a killed build
 * leaves the old file or the new one, never half.
 */
final class KeptFile {
    /** Longer than any text or value a memo keeps: a length beyond it means the file is damaged. */
    private static final int MAX_LENGTH = 64 << 20;

    @FunctionalInterface
    interface Entries {
        void read(DataInputStream in) throws IOException;
    }

    @FunctionalInterface
    interface Writing {
        void write(DataOutputStream out) throws IOException;
    }

    private KeptFile() {}

    /**
     * Reads {@code file}'s entries with {@code entries} when a build of {@code identity} wrote it; false when it is
     * absent, another build's, or damaged (the caller then drops whatever {@code entries} took in).
     */
    static boolean read(Path file, String identity, Entries entries) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(identity)) {
                return false;
            }
            entries.read(in);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes {@code file} whole: the identity, then what {@code writing} writes. */
    static void write(Path file, String identity, Writing writing) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(identity);
            writing.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("damaged");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("cut short");
        }
        return bytes;
    }

    static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Text of any length (writeUTF stops at 64 KB). */
    static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    static void text(DataOutputStream out, String s) throws IOException {
        bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }
}
