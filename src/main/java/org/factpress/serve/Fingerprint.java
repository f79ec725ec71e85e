package org.factpress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * What the watched folders hold, as one string: every file's path, size and modification time. Polled where the
 * system does not tell of changes at once ({@link FolderWatch}); a poll reads every file's attributes, so at a
 * large desk it is the fallback, not the rule.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(Path... folders) {
        StringBuilder s = new StringBuilder();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                s.append(folder).append(" missing\n");
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted().toList()) {
                    try {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        s.append(f).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime()).append('\n');
                    } catch (IOException e) {
                        s.append(f).append(" gone\n"); // removed while we looked: the next poll sees it settled
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                s.append(folder).append(" unreadable\n");
            }
        }
        return s.toString();
    }
}
