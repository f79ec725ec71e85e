package org.factpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.factpress.incremental.OutputSink;

/**
 * Publish stage: files are written into a new folder beside the output and swapped in only when the whole build
 * succeeded, so a failed or killed build leaves the previous site as it was.
 *
 * <p>Beside an output {@code site/} live, for the length of a build: {@code .site.new-*} (the site being written)
 * and, for a moment during the swap, {@code .site.old-*} (the previous site); the lock is {@code lock} in the
 * build cache folder {@code .site.cache/}, which stays. A build killed at any point leaves at worst these behind;
 * the next command that reads or writes the site ({@link #finishInterrupted}), once it holds the lock, puts a
 * whole previous site back if the swap was cut in half, finishes a patch cut short, and deletes the rest.
 *
 * <p>The previous site is not walked before the swap: once the new site is live, it loses its marker (so it is
 * never put back) and is deleted on a background thread while the build saves its cache; {@link #close} waits
 * for it, so a build that returns leaves nothing beside the site.
 *
 * <p>A build that keeps most of the live site ({@link #begin(Path, boolean)}) writes only the files that changed
 * into the new folder and changes the live site file by file ({@link SitePatch}): each file is replaced in one
 * rename, and the list of changes is written whole before the first, so a build killed while applying it leaves
 * the list, which the next build finishes first. A site of thousands of pages is then neither linked nor deleted
 * whole for one edited check.
 */
public final class OutputFolder implements OutputSink, AutoCloseable {
    /** Files a build changes in the live site one by one at most, unless that is under a tenth of the site. */
    static final int PATCH_FILES = 1000;

    /** Marks a folder factpress made, and a whole one: it is written last into the new site. */
    public static final String MARKER = ".factpress-output";

    /** Held for reading by each write, for writing by {@link #close}: no write reaches the disk after it. */
    private final java.util.concurrent.locks.ReadWriteLock writing = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean closed;
    /** Folders being deleted in the background: previous sites after a swap, what killed builds left. */
    private static final java.util.Set<Thread> SWEEPS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** How a file's bytes reach the disk: a seam, so tests can fill the disk without a small file system. */
    @FunctionalInterface
    interface Disk {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** The file system as it is. */
    static final Disk FILES = (file, bytes) -> Files.write(file, bytes);

    /** The disk every output writes to; tests only replace it. */
    static volatile Disk disk = FILES;

    /** Each step of a patch ({@link SitePatch.Step}); tests only replace it, to stop a patch as a kill would. */
    static volatile SitePatch.Step patchSteps = SitePatch.Step.NONE;

    private final Path target;
    private final Path staging;
    private final BuildLock lock;
    /** Whether the live site is kept and changed file by file ({@link SitePatch}) rather than replaced whole. */
    private final boolean patch;
    /** In a patch: the live site's files this build keeps as they are. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    /** The files this build wrote, with their sizes. */
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    /** In a patch: the live site's files with their sizes, walked once, beside the build's work. */
    private final java.util.concurrent.CompletableFuture<Map<String, Long>> live;
    private boolean committed;

    private OutputFolder(Path target, Path staging, BuildLock lock, boolean patch) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.patch = patch;
        this.live = patch ? java.util.concurrent.CompletableFuture.supplyAsync(this::walkLive) : null;
    }

    /**
     * Starts a new output for {@code target}: takes the build lock (failing at once when another build holds it),
     * recovers from an interrupted build, and refuses a folder that holds files factpress did not write.
     */
    public static OutputFolder begin(Path target) throws IOException {
        return begin(target, false);
    }

    /**
     * As {@link #begin(Path)}; with {@code patch}, when the live site is a whole one, the files linked from it are
     * kept in place and the others written or deleted in it at {@link #commit} ({@link SitePatch}).
     */
    public static OutputFolder begin(Path target, boolean patch) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        if (parent == null) {
            throw new IOException("the output folder cannot be the root of the file system; choose another --out");
        }
        Files.createDirectories(parent);
        BuildLock lock = lock(t);
        try {
            boolean finished = recover(t);
            if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(t + " exists and is not a folder; choose another --out");
                }
                if (!isEmpty(t) && !Files.exists(t.resolve(MARKER))) {
                    throw new IOException(t + " holds files factpress did not write; it will not be replaced"
                            + " (choose another --out, or empty it yourself)");
                }
            }
            boolean whole = Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(t.resolve(MARKER));
            return new OutputFolder(t, newFolder(parent, prefix(t, "new")), lock, patch && whole && finished);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes the lock of {@code target}'s builds: {@code lock} in its cache folder ({@code .site.cache/}), which
     * stays between builds, so no lock file is left beside the site.
     */
    private static BuildLock lock(Path target) throws IOException {
        Path cache = target.getParent().resolve("." + target.getFileName() + ".cache");
        Files.createDirectories(cache);
        return BuildLock.acquire(cache.resolve("lock"), target);
    }

    /**
     * What a killed build left beside {@code target}, made right before a command reads the site: a patch cut
     * short is finished, a swap cut in half undone, staging folders deleted. Does nothing when nothing was left
     * (and creates nothing then), or when a build holds the lock (it does the same first). `check` and `build`
     * call it before they look at the site.
     */
    public static void finishInterrupted(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        if (parent == null || !Files.isDirectory(parent) || !leftBehind(t)) {
            return;
        }
        BuildLock lock;
        try {
            lock = lock(t);
        } catch (IOException e) {
            return; // a build is running: it recovers first, under the lock
        }
        try (lock) {
            recover(t);
            awaitSweeps();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a build left folders beside {@code target}: staging, a previous site, or the lock of old versions. */
    private static boolean leftBehind(Path target) throws IOException {
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith(prefix(target, "new"))
                    || n.startsWith(prefix(target, "old")) || n.equals("." + target.getFileName() + ".lock"));
        }
    }

    /**
     * A new folder with a unique name. Not {@code Files.createTempDirectory}: that makes it readable by its owner
     * only, and a web server serving the published site as another user would be refused.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36)));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-";
    }

    /**
     * Cleans up after a build that was killed. Only ever called with the lock held, so no running build's folders
     * are touched. A {@code .old-*} folder still holding its marker is a whole previous site: when the output is
     * missing, the kill fell between the two renames of {@link #commit()}, and that site is put back. A patch cut
     * short is finished first; false when one could not be (the live site is then to be replaced whole).
     */
    static boolean recover(Path target) throws IOException {
        boolean finished = finishPatches(target);
        List<Path> olds = new ArrayList<>();
        List<Path> news = new ArrayList<>();
        try (Stream<Path> s = Files.list(target.getParent())) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix(target, "old"))) {
                    olds.add(p);
                } else if (name.startsWith(prefix(target, "new"))) {
                    news.add(p);
                }
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path whole = null;
            for (Path old : olds) {
                if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(old.resolve(MARKER))
                        && (whole == null || newer(old, whole))) {
                    whole = old;
                }
            }
            if (whole != null) {
                move(whole, target);
                olds.remove(whole);
            }
        }
        for (Path p : olds) {
            Files.deleteIfExists(p.resolve(MARKER)); // no longer a whole site, should this build be killed
            sweep(p);
        }
        for (Path p : news) {
            sweep(p);
        }
        // Where factpress up to 0.1 kept its lock; nothing locks it any more.
        Files.deleteIfExists(target.getParent().resolve("." + target.getFileName() + ".lock"));
        return finished;
    }

    /**
     * Finishes applying the changes a killed build began to make to the live site ({@link SitePatch}). False when
     * one could not be finished: its list is dropped (or every build after would stop on it), and the build that
     * follows replaces the whole site.
     */
    private static boolean finishPatches(Path target) throws IOException {
        if (!Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        boolean finished = true;
        try (Stream<Path> s = Files.list(target.getParent())) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().startsWith(prefix(target, "new"))) {
                    SitePatch patch = SitePatch.read(p);
                    if (patch != null) {
                        try {
                            patch.apply(p, target, SitePatch.Step.NONE);
                        } catch (IOException e) {
                            finished = false;
                        }
                        Files.delete(p.resolve(SitePatch.LIST));
                    }
                }
            }
        }
        return finished;
    }

    /**
     * Deletes {@code folder} (a previous site or a killed build's, never the live one) on a background thread.
     * Two runs may sweep the same folder at once: each takes what is still there.
     */
    static void sweep(Path folder) {
        Thread t = new Thread(() -> {
            try {
                deleteWhatIsThere(folder);
            } finally {
                SWEEPS.remove(Thread.currentThread());
            }
        }, "factpress-sweep");
        t.setDaemon(true); // a run may end before the sweep: the next build sweeps what is left
        SWEEPS.add(t);
        t.start();
    }

    /**
     * Waits for this JVM's background deletions to end: {@link #close} does, so a build leaves nothing beside the
     * site when it returns. A run killed before its sweep ends leaves the rest to the next ({@link #recover}).
     */
    static void awaitSweeps() throws InterruptedException {
        for (Thread t : List.copyOf(SWEEPS)) {
            t.join();
        }
    }

    /** Deletes what is left of a folder and everything in it, links removed, not followed; never fails. */
    private static void deleteWhatIsThere(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> children;
                try (Stream<Path> s = Files.list(p)) {
                    children = s.toList();
                }
                for (Path c : children) {
                    deleteWhatIsThere(c);
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException | java.io.UncheckedIOException e) {
            // gone already, or taken by another sweep: the next build sweeps what is left
        }
    }

    private static boolean newer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    static boolean isEmpty(Path dir) throws IOException {
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
        writing.readLock().lock();
        try {
            refuseClosed(path);
            writeOpen(path, file, bytes);
        } finally {
            writing.readLock().unlock();
        }
    }

    /** A write or link after {@link #close} (a page still rendering when the build stopped) would re-make the staging folder. */
    private void refuseClosed(String path) throws IOException {
        if (closed) {
            throw new IOException("the build stopped: " + path + " is not written");
        }
    }

    private void writeOpen(String path, Path file, byte[] bytes) throws IOException {
        try {
            Files.createDirectories(file.getParent());
            disk.write(file, bytes);
        } catch (IOException e) {
            throw new IOException("could not write " + target.getFileName() + "/" + path + " (into "
                    + staging + "): " + reason(e), e);
        }
        written.put(path, (long) bytes.length);
    }

    /** Puts {@code existing} (a file of the live site) at {@code path} of the new output as a hard link. */
    @Override
    public void link(String path, Path existing) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (path.startsWith("/") || path.contains("\\") || !file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        writing.readLock().lock();
        try {
            refuseClosed(path);
            linkOpen(path, file, existing);
        } finally {
            writing.readLock().unlock();
        }
    }

    private void linkOpen(String path, Path file, Path existing) throws IOException {
        if (patch && existing.toAbsolutePath().normalize().equals(target.resolve(path).normalize())) {
            kept.add(path);
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.createLink(file, existing);
        } catch (IOException e) {
            throw new IOException("could not link " + target.getFileName() + "/" + path + " (into " + staging
                    + ") to " + existing + ": " + reason(e), e);
        }
        written.put(path, Files.size(file));
    }

    /**
     * Why a file operation failed, in words, without repeating its file: the JDK gives "No space left on device"
     * alone when a write fails, and only the path for some other failures.
     */
    public static String reason(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            return e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : "cannot be read or written";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Whether the new site went live (or, in a patch, began to: the next command finishes it). */
    public boolean committed() {
        return committed;
    }

    /** What the new site weighs, without the build's own files; in a patch, its kept files as the live site has them. */
    public SiteSize size() throws IOException {
        if (!patch) {
            return SiteSize.of(staging);
        }
        Map<String, Long> files = new java.util.HashMap<>(written);
        liveFiles().forEach((path, bytes) -> {
            if (kept.contains(path)) {
                files.putIfAbsent(path, bytes);
            }
        });
        return SiteSize.of(files);
    }

    /** The live site's files by path, with their sizes, in a patch. */
    private Map<String, Long> liveFiles() throws IOException {
        try {
            return live.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause()
                    : new IOException("could not list " + target, e.getCause());
        }
    }

    private Map<String, Long> walkLive() {
        Map<String, Long> files = new java.util.HashMap<>();
        try {
            Files.walkFileTree(target, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    files.put(target.relativize(file).toString().replace('\\', '/'), a.size());
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Swaps the new output in place of the old: two renames in the same folder. The marker is written last into
     * the new site, so a folder with it is whole; the old site loses its marker first when it is deleted, so a
     * half-deleted one is never put back.
     */
    public void commit() throws IOException {
        if (patch) {
            List<String> gone = new ArrayList<>();
            liveFiles().keySet().forEach(p -> {
                if (!kept.contains(p) && !written.containsKey(p) && !p.equals(MARKER)) {
                    gone.add(p);
                }
            });
            gone.sort(null);
            List<String> made = new ArrayList<>(written.keySet());
            made.sort(null);
            SitePatch changes = new SitePatch(made, gone);
            // A small change goes in file by file; a large one (a new theme, a new factpress) as a whole new
            // site, so readers never see thousands of old and new pages side by side.
            if (changes.size() <= Math.max(PATCH_FILES, liveFiles().size() / 10) && changes.fits(target)) {
                SitePatch.Step steps = patchSteps;
                changes.record(staging, steps);
                committed = true; // from here the changes are the next command's to finish, should this one stop
                changes.apply(staging, target, steps);
                steps.next("delete the list");
                Files.delete(staging.resolve(SitePatch.LIST));
                sweep(staging);
                return;
            }
            for (String p : kept) { // the new site is made whole and swapped
                Path file = staging.resolve(p);
                Files.createDirectories(file.getParent());
                try {
                    Files.createLink(file, target.resolve(p));
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(target.resolve(p), file); // no hard links here (FAT, some network shares)
                }
            }
        }
        Files.writeString(staging.resolve(MARKER), "Written by factpress; the whole folder is replaced on each build.\n");
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), prefix(target, "old"));
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            Files.deleteIfExists(old.resolve(MARKER));
            sweep(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /**
     * Drops the new output unless it was committed, waits for the previous site's deletion, and lets the next
     * build in. Writes still under way end first; any after are refused, so nothing re-makes the staging folder.
     */
    @Override
    public void close() throws IOException {
        writing.writeLock().lock(); // writes under way end first; later ones are refused
        try {
            closed = true;
        } finally {
            writing.writeLock().unlock();
        }
        try {
            if (!committed) {
                deleteWhatIsThere(staging);
            }
            awaitSweeps();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
        }
    }

    /** As a kill leaves the folder: the staging folder as it is, the lock released (the system does that). For tests. */
    void abandon() throws IOException {
        lock.close();
    }

    /** Deletes a folder and everything in it; links are removed, not followed. */
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
