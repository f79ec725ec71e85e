package org.factpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a build changes in a live site it mostly keeps: the files it wrote, waiting in its staging folder, and the
 * files the site no longer has. Applied file by file, each an atomic rename or a deletion, once its list is written
 * whole into the staging folder: a build killed while applying leaves the list, and the next build finishes it
 * before anything else ({@link OutputFolder#recover}), so the site ends as the new one.
 */
final class SitePatch {
    /** The list, in the staging folder; present only once it is whole. */
    static final String LIST = ".factpress-patch";
    private static final String HEADER = "factpress patch 1";
    private static final String END = "end";

    /**
     * Called before each file operation of a patch, named: a seam where tests stop a patch as a kill would, at
     * every step in turn.
     */
    @FunctionalInterface
    interface Step {
        Step NONE = what -> { };

        void next(String what) throws IOException;
    }

    private final List<String> written;
    private final List<String> gone;

    /** {@code written} and {@code gone}: paths relative to the site, '/'-separated. */
    SitePatch(List<String> written, List<String> gone) {
        this.written = List.copyOf(written);
        this.gone = List.copyOf(gone);
    }

    /** How many files it changes. */
    int size() {
        return written.size() + gone.size();
    }

    /**
     * Whether each written file can take its place in {@code live}: not where a folder is, and under folders only
     * (a file of the site in the way is fine when it is one of those gone); and whether every path can stand on a
     * line of the list.
     */
    boolean fits(Path live) {
        Set<String> leaving = Set.copyOf(gone);
        for (String p : gone) {
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                return false;
            }
        }
        for (String p : written) {
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                return false;
            }
            Path target = live.resolve(p);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            String above = p;
            for (int slash = above.lastIndexOf('/'); slash > 0; slash = above.lastIndexOf('/')) {
                above = above.substring(0, slash);
                Path folder = live.resolve(above);
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && !leaving.contains(above)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes the list into {@code staging}: to a temporary file, renamed, so it is there whole or not at all. */
    void record(Path staging) throws IOException {
        record(staging, Step.NONE);
    }

    /** As {@link #record(Path)}, calling {@code step} before each file operation. */
    void record(Path staging, Step step) throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        gone.forEach(p -> s.append("-\t").append(p).append('\n'));
        written.forEach(p -> s.append("+\t").append(p).append('\n'));
        s.append(END).append('\n');
        Path tmp = staging.resolve(LIST + ".tmp");
        step.next("write the list");
        Files.writeString(tmp, s, StandardCharsets.UTF_8);
        step.next("rename the list");
        Files.move(tmp, staging.resolve(LIST), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The list {@code staging} holds; null when it holds none, or not a whole one. */
    static SitePatch read(Path staging) {
        Path list = staging.resolve(LIST);
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
                return null;
            }
            List<String> written = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (String line : lines.subList(1, lines.size() - 1)) {
                String path = line.length() > 2 ? line.substring(2) : "";
                if (!safe(path) || !line.startsWith("+\t") && !line.startsWith("-\t")) {
                    return null;
                }
                (line.startsWith("+\t") ? written : gone).add(path);
            }
            return new SitePatch(written, gone);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A path inside the site: relative, without '..' or empty parts. */
    private static boolean safe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deletes the files gone (and the folders they leave empty), then moves each written file from
     * {@code staging} into {@code live}, replacing the old one in one rename. Applying it again finishes what a
     * killed run began: a file already moved is no longer in {@code staging}. A file gone that cannot be deleted
     * (another user's, held open) is left in place: no reason to stop the site's publication.
     */
    void apply(Path staging, Path live, Step step) throws IOException {
        for (String p : gone) {
            Path f = live.resolve(p);
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a folder where a file was: the site's own, left to the written files' check
            }
            step.next("delete " + p);
            try {
                Files.deleteIfExists(f);
                for (Path folder = f.getParent(); !folder.equals(live) && OutputFolder.isEmpty(folder);
                     folder = folder.getParent()) {
                    step.next("delete the folder " + live.relativize(folder));
                    Files.delete(folder);
                }
            } catch (IOException e) {
                // left in place: not the build's to fail over
            }
        }
        for (String p : written) {
            Path from = staging.resolve(p);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path to = live.resolve(p);
            step.next("make the folder of " + p);
            Files.createDirectories(to.getParent());
            step.next("move in " + p);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
