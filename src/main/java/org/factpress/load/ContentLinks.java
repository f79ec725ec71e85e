package org.factpress.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;

/**
 * Symbolic links in the content folder. One that stays inside it is read as what it leads to (a folder or file
 * kept elsewhere in the content). One that leads outside would publish a file the desk never put there (a key, a
 * password file) or read a device forever; one that leads nowhere or round in a loop cannot be read: each of
 * these is an error, and the loader does not follow it.
 */
final class ContentLinks {
    private ContentLinks() {}

    /**
     * The links found: those not to be followed, and those inside the content with where they lead (named under
     * the content folder as given, as a file watcher names what changed there).
     */
    record Found(Set<Path> refused, Map<Path, Path> inside) {}

    /** Every link under {@code content}; each that leads outside it, nowhere or in a loop reported to {@code problems}. */
    static Found under(Path content, Problems problems) {
        Set<Path> refused = new HashSet<>();
        Map<Path, Path> inside = new HashMap<>();
        Path root;
        try {
            root = content.toRealPath();
        } catch (IOException e) {
            return new Found(refused, inside); // reported when the folder is read
        }
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        String message;
                        String hint;
                        try {
                            Path real = file.toRealPath();
                            if (real.startsWith(root)) {
                                inside.put(file, content.resolve(root.relativize(real)));
                                return FileVisitResult.CONTINUE;
                            }
                            message = "symbolic link to " + real + " leads outside the content folder; it is not read";
                            hint = "copy the file into the content folder instead of linking to it";
                        } catch (IOException e) {
                            if (loops(file, e)) {
                                message = "symbolic link " + file.getFileName() + " -> " + target(file)
                                        + " is a loop of symbolic links (it leads back to itself); it is not read";
                                hint = "point the link at the file or folder itself, or replace it with a copy";
                            } else {
                                message = "symbolic link to " + target(file) + ", which does not exist; it is not read";
                                hint = "point the link at an existing file inside the content folder, or delete it";
                            }
                        }
                        refused.add(file);
                        problems.error(Position.ofFile(file), message, hint);
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
        return new Found(refused, inside);
    }

    /** What the link says, as written. */
    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /**
     * Whether following {@code link} comes back to a link already passed (a → b → a), or the system said so
     * (ELOOP, "Too many levels of symbolic links", for a loop through folders).
     */
    private static boolean loops(Path link, IOException failure) {
        if (failure instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
            return true;
        }
        Set<Path> passed = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!passed.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }
}
