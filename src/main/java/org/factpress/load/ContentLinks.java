package org.factpress.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;

/**
 * Symbolic links in the content folder. One that leads outside it would publish a file the desk never put there
 * (a key, a password file) or read a device forever: each is an error, and the loader does not follow it.
 */
final class ContentLinks {
    private ContentLinks() {}

    /** Every link under {@code content} whose target is outside it or missing, each reported to {@code problems}. */
    static Set<Path> leadingOutside(Path content, Problems problems) {
        Set<Path> outside = new HashSet<>();
        Path root;
        try {
            root = content.toRealPath();
        } catch (IOException e) {
            return outside; // reported when the folder is read
        }
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        String target;
                        try {
                            Path real = file.toRealPath();
                            if (real.startsWith(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            target = real.toString();
                        } catch (IOException e) {
                            target = "a missing file";
                        }
                        outside.add(file);
                        problems.error(Position.ofFile(file), "symbolic link to " + target
                                + " leads outside the content folder; it is not read",
                                "copy the file into the content folder instead of linking to it");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // reported when the file is read
                }
            });
        } catch (IOException e) {
            problems.error(Position.ofFile(content), "cannot read the content folder: " + e.getMessage(), null);
        }
        return outside;
    }
}
