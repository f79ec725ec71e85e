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

    /** A file read whole, for entries taken where they lie ({@link #whole}): a data stream that knows its place. */
    static final class Reader extends DataInputStream {
        private final java.nio.ByteBuffer bytes;

        private Reader(java.nio.ByteBuffer bytes) {
            super(new java.io.InputStream() {
                @Override
                public int read() {
                    return bytes.hasRemaining() ? bytes.get() & 0xff : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (!bytes.hasRemaining()) {
                        return len == 0 ? 0 : -1;
                    }
                    int n = Math.min(len, bytes.remaining());
                    bytes.get(b, off, n);
                    return n;
                }
            });
            this.bytes = bytes;
        }

        /** Where the next byte is, from the file's start. */
        int position() {
            return bytes.position();
        }

        /** Passes over {@code n} bytes, which must be there. */
        void pass(int n) throws IOException {
            if (n > bytes.remaining()) {
                throw new IOException("cut short");
            }
            bytes.position(bytes.position() + n);
        }
    }

    @FunctionalInterface
    interface Slices {
        void read(Reader in) throws IOException;
    }

    /**
     * {@code file}'s bytes when a build of {@code identity} wrote it and {@code entries} read it to its end; null
     * when it is absent, another build's, or damaged. Outside the Java heap: a memo's file can be tens of
     * megabytes, which the collector would otherwise copy while the build runs.
     */
    static java.nio.ByteBuffer whole(Path file, String identity, Slices entries) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(file)) {
            long size = f.size();
            if (size > Integer.MAX_VALUE) {
                return null;
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocateDirect((int) size);
            while (bytes.hasRemaining() && f.read(bytes) > 0) {
                // until the whole file is in
            }
            if (bytes.hasRemaining()) {
                return null;
            }
            bytes.flip();
            Reader in = new Reader(bytes);
            if (!in.readUTF().equals(identity)) {
                return null;
            }
            entries.read(in);
            return in.position() == size ? bytes.rewind() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The length written before an entry's bytes ({@link #bytes(DataOutputStream, byte[])}), checked. */
    static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("damaged");
        }
        return length;
    }

    /** Copies {@code length} bytes at {@code at} of {@code from} to {@code out}, through {@code buffer}. */
    static void copy(java.nio.channels.FileChannel from, long at, int length, DataOutputStream out, byte[] buffer)
            throws IOException {
        for (int done = 0; done < length; ) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buffer, 0, Math.min(buffer.length, length - done));
            int n = from.read(b, at + done);
            if (n <= 0) {
                throw new IOException("cut short");
            }
            out.write(buffer, 0, n);
            done += n;
        }
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        int length = length(in);
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
