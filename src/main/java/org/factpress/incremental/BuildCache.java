package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last build read and wrote, kept between builds in a folder beside the output ({@code .site.cache/}),
 * so the next build can tell what changed. Safe to delete: without it a build is simply a full build.
 *
 * <p>Inputs are known by content hash; a file's hash is reused while its size and modification time are the same,
 * so an unchanged tree costs a directory walk, not a read of every file. Outputs are known by checksum, then
 * compared, so a page whose bytes did not change is linked from the previous site instead of written again.
 */
public final class BuildCache implements KeptReads.Hashes {
    private static final String INPUTS = "inputs.tsv";
    private static final String OUTPUTS = "outputs.tsv";
    private static final String FINGERPRINT = "fingerprint";

    private final Path dir;
    /** Input path to {size, mtime, hash} as last seen. */
    private final Map<String, String[]> inputs;
    private final Map<String, String> outputs;
    private final String fingerprint;

    private BuildCache(Path dir, Map<String, String[]> inputs, Map<String, String> outputs, String fingerprint) {
        this.dir = dir;
        this.inputs = inputs;
        this.outputs = outputs;
        this.fingerprint = fingerprint;
    }

    /** The cache folder for an output folder: {@code .site.cache} beside {@code site}. */
    public static Path folderFor(Path out) {
        Path t = out.toAbsolutePath().normalize();
        return t.getParent().resolve("." + t.getFileName() + ".cache");
    }

    /** Reads the cache for {@code out}; an absent or unreadable cache is an empty one. */
    public static BuildCache open(Path out) {
        Path dir = folderFor(out);
        Map<String, String[]> inputs = new HashMap<>();
        Map<String, String> outputs = new HashMap<>();
        String fingerprint = "";
        try {
            for (String line : readLines(dir.resolve(INPUTS))) {
                String[] f = line.split("\t");
                if (f.length == 4) {
                    inputs.put(f[0], new String[] {f[1], f[2], f[3]});
                }
            }
            for (String line : readLines(dir.resolve(OUTPUTS))) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    outputs.put(f[0], f[1]);
                }
            }
            Path fp = dir.resolve(FINGERPRINT);
            fingerprint = Files.isRegularFile(fp) ? Files.readString(fp).strip() : "";
        } catch (IOException | RuntimeException e) {
            return new BuildCache(dir, new HashMap<>(), new HashMap<>(), "");
        }
        return new BuildCache(dir, inputs, outputs, fingerprint);
    }

    private static List<String> readLines(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /** The fingerprint the last successful build recorded ("" when none). */
    public String lastFingerprint() {
        return fingerprint;
    }

    /** Every file the last build wrote, by its path in the output. */
    public java.util.Set<String> lastOutputs() {
        return java.util.Collections.unmodifiableSet(outputs.keySet());
    }

    /** The checksum ({@link #checksum}) of what the last build wrote at {@code path} of the output, or null. */
    public String lastOutput(String path) {
        return outputs.get(path);
    }

    /**
     * One hash over every file under {@code roots} (by path and content) and {@code settings} (options, version):
     * equal fingerprints mean the build would write the same site. Updates the per-file hashes it keeps.
     */
    public String fingerprint(List<Path> roots, String settings) throws IOException {
        MessageDigest all = sha256();
        all.update(settings.getBytes(StandardCharsets.UTF_8));
        Map<String, String[]> seen = new TreeMap<>();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(r)) {
                continue;
            }
            // The walk gives each file's attributes as it lists it: one look at each file, not two. A folder
            // given as a link is walked where it leads, its files named under the path given.
            Path real = r.toRealPath();
            Map<Path, BasicFileAttributes> found = new TreeMap<>();
            // A link inside the roots counts by where it leads (what it leads to is walked as itself): a link
            // turned to another file changes the site though no file did.
            Map<Path, String> links = new TreeMap<>();
            Files.walkFileTree(real, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) {
                        found.put(r.resolve(real.relativize(f)), a);
                    } else if (a.isSymbolicLink()) {
                        try {
                            links.put(r.resolve(real.relativize(f)), Files.readSymbolicLink(f).toString());
                        } catch (IOException e) {
                            links.put(r.resolve(real.relativize(f)), "?");
                        }
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            for (Map.Entry<Path, String> e : links.entrySet()) {
                all.update(e.getKey().toString().getBytes(StandardCharsets.UTF_8));
                all.update((byte) 1);
                all.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<Path, BasicFileAttributes> e : found.entrySet()) {
                Path f = e.getKey();
                BasicFileAttributes a = e.getValue();
                String key = f.toString();
                String size = Long.toString(a.size());
                String mtime = Long.toString(a.lastModifiedTime().toMillis());
                String[] known = inputs.get(key);
                String hash = known != null && known[0].equals(size) && known[1].equals(mtime)
                        ? known[2] : hash(Files.readAllBytes(f));
                seen.put(key, new String[] {size, mtime, hash});
                all.update(key.getBytes(StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(hash.getBytes(StandardCharsets.US_ASCII));
            }
        }
        inputs.clear();
        inputs.putAll(seen);
        return HexFormat.of().formatHex(all.digest());
    }

    /**
     * The content hash of {@code file} as the last {@link #fingerprint} found it, or null when it did not see it
     * (outside the roots, a link, or not fingerprinted yet).
     */
    @Override
    public String hashOf(Path file) {
        String[] known = inputs.get(file.toAbsolutePath().normalize().toString());
        return known != null ? known[2] : null;
    }

    /** Every file under {@code root} the last {@link #fingerprint} saw, by absolute path, with its content hash. */
    public Map<String, String> hashesUnder(Path root) {
        String r = root.toAbsolutePath().normalize().toString() + java.io.File.separator;
        Map<String, String> out = new HashMap<>();
        inputs.forEach((path, known) -> {
            if (path.startsWith(r)) {
                out.put(path, known[2]);
            }
        });
        return out;
    }

    /** Whether {@code file}'s size and time are still those the last {@link #fingerprint} saw. */
    @Override
    public boolean unchanged(Path file) {
        String[] known = inputs.get(file.toAbsolutePath().normalize().toString());
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return known != null && known[0].equals(Long.toString(a.size()))
                    && known[1].equals(Long.toString(a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records a successful build: its fingerprint, its inputs' hashes and its outputs' hashes. */
    public void save(String newFingerprint, Map<String, String> newOutputs) throws IOException {
        Files.createDirectories(dir);
        StringBuilder in = new StringBuilder();
        new TreeMap<>(inputs).forEach((k, v) -> in.append(k).append('\t').append(v[0]).append('\t').append(v[1])
                .append('\t').append(v[2]).append('\n'));
        StringBuilder out = new StringBuilder();
        new TreeMap<>(newOutputs).forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        // Written to temporary files and moved, so a killed build leaves the old cache or the new, never half.
        write(dir.resolve(INPUTS), in.toString());
        write(dir.resolve(OUTPUTS), out.toString());
        write(dir.resolve(FINGERPRINT), newFingerprint + "\n");
    }

    /**
     * Forgets what the last build wrote, just before the live site is replaced: a build killed between the swap
     * and {@link #save} then leaves no record that could pair the new site with the old hashes.
     */
    public void forgetOutputs() throws IOException {
        Files.deleteIfExists(dir.resolve(FINGERPRINT));
        Files.deleteIfExists(dir.resolve(OUTPUTS));
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A quick checksum of an output file (two CRCs and the length), to find the files that may not have changed:
     * they are then compared byte for byte, so it need not resist collisions. A build checksums every page it
     * makes: CRCs are fast under every JIT tier, SHA-256 only once the optimising compiler has taken it up.
     */
    public static String checksum(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return Long.toHexString(c.getValue()) + "-" + Long.toHexString(d.getValue()) + "-" + bytes.length;
    }

    /** A content hash, where equal hashes must mean equal content: inputs, and what a PDF is made from. */
    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
