package org.factpress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.incremental.BuildCache;
import org.factpress.incremental.KeptReads;

/**
 * The content folder as the loader last saw it: each folder's listing, each file's attributes and content hash,
 * and the links leading outside. A load takes a new one; serve keeps one from load to load and passes on what the
 * file watcher reported ({@link #changed}, {@link #changedAll}), so that a load after a save looks again only at
 * what the save touched, and hashes only the files it changed. Safe on several threads.
 */
public final class FolderAsSeen implements KeptReads.Hashes {
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Path, BasicFileAttributes> attributes = new ConcurrentHashMap<>();
    private final Map<Path, Hashed> hashes = new ConcurrentHashMap<>();
    /** Null: to be looked for again. */
    private Links links;

    /** The links under the content folder, and the errors about those not followed. */
    record Links(ContentLinks.Found found, List<Problem> problems) {}

    /** A file's content hash, and its size and time when it was hashed. */
    private record Hashed(String hash, long size, FileTime modified) {}

    /** Anything may have changed: the next load looks at every file again (and hashes it again). */
    public synchronized void changedAll() {
        listings.clear();
        attributes.clear();
        hashes.clear();
        links = null;
    }

    /**
     * Only {@code paths} were created, changed or removed since the last load, as the system reported them
     * (a folder stands for everything in it): the next load looks at those again, and trusts the rest.
     */
    public synchronized void changed(Collection<Path> paths) {
        Links before = links;
        for (Path p : paths) {
            BasicFileAttributes was = attributes.get(p);
            listings.keySet().removeIf(k -> k.startsWith(p) || k.equals(p.getParent()));
            attributes.keySet().removeIf(k -> k.startsWith(p));
            hashes.keySet().removeIf(k -> k.startsWith(p));
            BasicFileAttributes now = attributesOf(p);
            // A file written again leaves the links as they were; anything created, removed or linked may not.
            if (was == null || now == null || !was.isRegularFile() || !now.isRegularFile()) {
                links = null;
            }
        }
        // A change where a link inside the content leads is a change under the link's own path too, which the
        // system does not report: seen through a link, anything may have changed.
        if (before != null && before.found().inside().values().stream()
                .anyMatch(target -> paths.stream().anyMatch(p -> p.startsWith(target) || target.startsWith(p)))) {
            changedAll();
        }
    }

    /** The content hash of a regular file, as last seen; null for a link or a file that cannot be read. */
    @Override
    public String hashOf(Path file) {
        Hashed h = hashes.get(file);
        if (h == null) {
            BasicFileAttributes a = attributesOf(file); // taken before the bytes: a change while reading shows
            if (a == null || !a.isRegularFile()) {
                return null;
            }
            try {
                h = new Hashed(BuildCache.hash(Files.readAllBytes(file)), a.size(), a.lastModifiedTime());
            } catch (IOException e) {
                return null; // the read reports it
            }
            hashes.put(file, h);
        }
        return h.hash();
    }

    /** Whether {@code file}'s size and time are still those it had when it was hashed. */
    @Override
    public boolean unchanged(Path file) {
        Hashed h = hashes.get(file);
        BasicFileAttributes a = attributesOf(file);
        return h != null && a != null && a.size() == h.size() && a.lastModifiedTime().equals(h.modified());
    }

    /** The file's attributes, links not followed; null when it cannot be read. */
    BasicFileAttributes attributes(Path p) {
        BasicFileAttributes a = attributes.get(p);
        if (a == null) {
            a = attributesOf(p);
            if (a != null) {
                attributes.put(p, a);
            }
        }
        return a;
    }

    /** What {@code dir} holds, sorted by name. */
    List<Path> listing(Path dir) throws IOException {
        List<Path> children = listings.get(dir);
        if (children == null) {
            try (Stream<Path> s = Files.list(dir)) {
                children = s.sorted().toList();
            }
            listings.put(dir, children);
        }
        return children;
    }

    /** The links under {@code content} ({@link ContentLinks}). */
    synchronized Links links(Path content) {
        if (links == null) {
            Problems found = new Problems();
            links = new Links(ContentLinks.under(content, found), found.all());
        }
        return links;
    }

    private static BasicFileAttributes attributesOf(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
