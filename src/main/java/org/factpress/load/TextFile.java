package org.factpress.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factpress.model.Position;

/** Reads a content file as strict UTF-8, without a byte-order mark and with LF line ends. */
final class TextFile {
    /** Far beyond any real article or claim; stops a stray dump from eating the build's memory. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFile() {}

    static String read(Path file) throws ContentError {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ContentError(Position.ofFile(file),
                        "file is " + size / (1024 * 1024) + " MB; content files may be at most "
                                + MAX_BYTES / (1024 * 1024) + " MB", "is this the right file?");
            }
            byte[] bytes = Files.readAllBytes(file);
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
