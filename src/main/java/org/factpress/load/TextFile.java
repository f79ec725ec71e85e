package org.factpress.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factpress.diagnostics.Position;

/** Reads a content file as strict UTF-8, without a byte-order mark and with LF line ends. */
final class TextFile {
    /** Far beyond any real article or claim; stops a stray dump from eating the build's memory. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFile() {}

    static String read(Path file) throws ContentError {
        try {
            long size = Files.size(file);
            byte[] bytes;
            // Never more than the cap plus one byte is read, even when the size said otherwise (a file still growing).
            try (InputStream in = Files.newInputStream(file)) {
                bytes = size > MAX_BYTES ? null : in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes == null || bytes.length > MAX_BYTES) {
                throw new ContentError(Position.ofFile(file),
                        "file is " + Math.max(size, MAX_BYTES + 1) / (1024 * 1024) + " MB; content files may be at most "
                                + MAX_BYTES / (1024 * 1024) + " MB", "is this the right file?");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new ContentError(Position.ofFile(file), "file is not valid UTF-8 text",
                    "save it as UTF-8 in your editor");
        } catch (IOException e) {
            throw new ContentError(Position.ofFile(file), "cannot read file: " + e.getMessage(), null);
        }
    }
}
