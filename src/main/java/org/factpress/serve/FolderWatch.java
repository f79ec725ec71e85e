package org.factpress.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Says when something under the watched folders changed, and under which. Where the system tells at once
 * (inotify on Linux, Windows), every folder is watched; where the JDK's WatchService only polls (macOS, every
 * few seconds), or a folder cannot be watched, the folders' {@link Fingerprint} is polled instead: a poll
 * reads every file's attributes, so at a large desk it is the fallback, not the rule.
 */
final class FolderWatch implements AutoCloseable {
    /** How often the folders are looked at, when they are polled. */
    static final long POLL_MILLIS = 250;
    /** An editor may save in steps (write, rename): the events of one save are taken together. */
    static final long SETTLE_MILLIS = 15;

    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> rootOf = new ConcurrentHashMap<>();
    private final Map<Path, String> seen = new ConcurrentHashMap<>();

    /**
     * What changed: under which watched folders, and which paths (each a file, or a folder standing for all in
     * it); {@code paths} is null when not known (polling, or more events than the system could keep).
     */
    record Changes(Set<Path> roots, Set<Path> paths) {}

    FolderWatch(Path... roots) {
        this.roots = List.of(roots);
        this.service = watchService();
        if (service == null) {
            for (Path root : roots) {
                seen.put(root, Fingerprint.of(root));
            }
        }
    }

    private WatchService watchService() {
        WatchService ws = null;
        try {
            ws = FileSystems.getDefault().newWatchService();
            if (ws.getClass().getName().contains("Polling")) {
                ws.close();
                return null;
            }
            for (Path root : roots) {
                if (!Files.isDirectory(root)) {
                    ws.close();
                    return null; // polled: its appearing is a change too
                }
                register(ws, root, root);
            }
            return ws;
        } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
            // e.g. the limit of inotify watches reached: polling still works
            try {
                if (ws != null) {
                    ws.close();
                }
            } catch (IOException ignored) {
                // nothing to release
            }
            return null;
        }
    }

    private void register(WatchService ws, Path root, Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                rootOf.put(d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), root);
            }
        }
    }

    /** Waits for a change and says what it was. Throws when interrupted or closed. */
    Changes next() throws InterruptedException {
        if (service == null) {
            return new Changes(nextByPolling(), null);
        }
        try {
            Set<Path> changed = new LinkedHashSet<>();
            Set<Path> paths = new LinkedHashSet<>();
            boolean overflow = take(service.take(), changed, paths);
            Thread.sleep(SETTLE_MILLIS);
            for (WatchKey k = service.poll(); k != null; k = service.poll()) {
                overflow |= take(k, changed, paths);
            }
            return new Changes(changed, overflow ? null : paths);
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("closed");
        }
    }

    /** Adds what {@code key} reports; returns whether events were lost. */
    private boolean take(WatchKey key, Set<Path> changed, Set<Path> paths) {
        Path root = rootOf.get(key);
        boolean overflow = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(roots);
                overflow = true;
            } else if (root != null) {
                changed.add(root);
                Path child = ((Path) key.watchable()).resolve((Path) e.context());
                paths.add(child);
                if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                    try {
                        register(service, root, child);
                    } catch (IOException | UncheckedIOException ignored) {
                        // gone again already; the rebuild reads what is there
                    }
                }
            }
        }
        if (!key.reset()) {
            rootOf.remove(key);
        }
        return overflow;
    }

    private Set<Path> nextByPolling() throws InterruptedException {
        while (true) {
            Thread.sleep(POLL_MILLIS);
            Set<Path> changed = new LinkedHashSet<>();
            for (Path root : roots) {
                String now = Fingerprint.of(root);
                if (!now.equals(seen.put(root, now))) {
                    changed.add(root);
                }
            }
            if (!changed.isEmpty()) {
                return changed;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
