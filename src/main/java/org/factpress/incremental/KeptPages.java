package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Statement;
import org.factpress.model.Verdict;

/**
 * Which model each page of the last build was made from, and which content files that model was read from
 * ({@code pages.bin} in the cache folder): a build with the cache renders only the pages whose model changed, and
 * takes the rest from the live site, so one edited claim renders the pages that show it and not 11,000.
 *
 * <p>Pages record what they read ({@link ModelDigest.Page#reads}). When the only files that changed since the
 * last build are checks whose edit moves nothing between pages (their words: headline, summary, analysis, quote,
 * sources; not their date, rating, tags, claimant, status or updates, see {@link #placing}), a page that read none
 * of them is kept without its model even being made; the pages that read one are digested and compared as
 * before. Any other change (a file added or deleted, site.yaml, people.yaml, an article, a translation, a check's
 * place in the listings) has every page digested. Safe by construction: a page is kept only when its whole model,
 * the theme and the factpress build are those it was made with, and its file is as that build left it (size and
 * time). The file is as safe to delete as the rest of the cache.
 */
public final class KeptPages implements UnchangedPages {
    static final String FILE = "pages.bin";

    private final Path file;
    private final String key;
    private final Path live;
    private final UnchangedFiles files;
    /** This build's content files, sorted: what pages' reads index. */
    private final List<Input> inputs;
    private final Map<String, Integer> index;
    /** {@link #index} by the paths pages' models hold, looked up once each. */
    private final Map<Path, Integer> byPath = new ConcurrentHashMap<>();
    /** Page files as the last build left them, their reads indexing {@link #inputs} (the same files then). */
    private final Map<String, Kept> last;
    /** Whether a page that read none of the changed files can be kept unread. */
    private final boolean onlyWords;
    /** Which of {@link #inputs} changed since the last build. */
    private final boolean[] changed;
    private final Map<String, Kept> now = new ConcurrentHashMap<>();
    private final LongAdder rendered = new LongAdder();
    private final LongAdder kept = new LongAdder();
    private final LongAdder unread = new LongAdder();

    /** A content file, its hash, and for a check its {@link #placing} digest ("" for other files). */
    private record Input(String path, String hash, String placing) {}

    /**
     * A page's digest, its file's size and modification time (ns; {@link #UNSEEN} for a page made by this build,
     * looked at once it is live), and the inputs it read (null: not known).
     */
    private record Kept(byte[] digest, long size, long modified, int[] reads) {}

    private static final long UNSEEN = Long.MIN_VALUE;

    private KeptPages(Path file, String key, Path live, UnchangedFiles files, List<Input> inputs,
                      Map<String, Kept> last, boolean onlyWords, boolean[] changed) {
        this.file = file;
        this.key = key;
        this.live = live.toAbsolutePath().normalize();
        this.files = files;
        this.inputs = inputs;
        this.index = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            index.put(inputs.get(i).path(), i);
        }
        this.last = last;
        this.onlyWords = onlyWords;
        this.changed = changed;
    }

    /**
     * The pages the last build of {@code live} recorded under {@code key} (what every page depends on besides its
     * model: the theme, the factpress build, the options); none when the key differs or the file is damaged.
     * {@code content}: every content file now, by absolute path, with its hash; {@code library}: the checks read
     * from them.
     */
    public static KeptPages open(Path cacheDir, String key, Path live, UnchangedFiles files,
                                 Map<String, String> content, Library library) {
        Path f = cacheDir.resolve(FILE);
        List<Input> was = new ArrayList<>();
        Map<String, Kept> last = new HashMap<>();
        boolean whole = KeptFile.read(f, key, in -> {
            for (int n = in.readInt(); n > 0; n--) {
                was.add(new Input(in.readUTF(), in.readUTF(), in.readUTF()));
            }
            List<int[]> sets = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                java.nio.IntBuffer ints = java.nio.ByteBuffer.wrap(KeptFile.bytes(in)).asIntBuffer();
                int[] set = new int[ints.remaining()];
                ints.get(set);
                for (int i : set) {
                    if (i < 0 || i >= was.size()) {
                        throw new IOException("damaged");
                    }
                }
                sets.add(set);
            }
            for (int n = in.readInt(); n > 0; n--) {
                String page = in.readUTF();
                byte[] digest = KeptFile.bytes(in);
                long size = in.readLong();
                long modified = in.readLong();
                int set = in.readInt();
                last.put(page, new Kept(digest, size, modified, set < 0 ? null : sets.get(set)));
            }
        });
        if (!whole) {
            was.clear();
            last.clear(); // absent, another build's or damaged: every page is rendered
        }
        Map<Path, Claim> checks = new HashMap<>();
        library.claims().stream().filter(c -> c.origin() != null)
                .forEach(c -> checks.put(c.origin().file().toAbsolutePath().normalize(), c));
        Map<String, Input> before = new HashMap<>();
        was.forEach(i -> before.put(i.path(), i));
        List<Input> inputs = new ArrayList<>();
        boolean onlyWords = whole && was.size() == content.size();
        boolean[] changed = new boolean[content.size()];
        for (Map.Entry<String, String> e : new TreeMap<>(content).entrySet()) {
            Input old = before.get(e.getKey());
            Claim check = checks.get(Path.of(e.getKey()));
            String placing = old != null && old.hash().equals(e.getValue()) ? old.placing()
                    : check != null ? placing(check) : "";
            if (old == null || !old.hash().equals(e.getValue())) {
                changed[inputs.size()] = true;
                onlyWords &= old != null && check != null && !placing.isEmpty() && placing.equals(old.placing());
            }
            inputs.add(new Input(e.getKey(), e.getValue(), placing));
        }
        return new KeptPages(f, key, live, files, inputs, last, onlyWords, changed);
    }

    /**
     * What decides where a check is listed and what other pages say of it: the check without its words
     * (headline, summary, analysis, quote and where it was said, sources, the rating explained, its file's
     * positions), which only the pages that show the check print. A field added to the model is counted here
     * until it is named a word.
     */
    static String placing(Claim c) {
        Statement s = c.statement();
        Verdict v = c.verdict();
        Claim placed = new Claim(c.slug(), c.articleSlug(),
                new Statement(null, s.occurrence(), s.claimantId(), s.saidOn(), null),
                new Verdict(v.ratingId(), v.conclusion(), null), null, null, c.byline(), c.tags(), List.of(),
                c.updates(), c.circulation(), c.status(), null, null);
        byte[] d = new ModelDigest().of("placing", Map.of("check", placed));
        return d == null ? "" : HexFormat.of().formatHex(d);
    }

    /**
     * What every page depends on besides its model: the build's identity ({@link BuildIdentity#key}: factpress,
     * the options, the environment) and every file of the theme. Null when a template reads the clock
     * ({@code .now}): its pages are not a function of their model, and are always rendered.
     */
    public static String key(String identity, Path templates) throws IOException {
        java.security.MessageDigest sha = sha256();
        Path root = templates.toAbsolutePath().normalize();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (p.getFileName().toString().contains(".ftl")
                        && new String(bytes, StandardCharsets.UTF_8).contains(".now")) {
                    return null;
                }
                sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(sha256().digest(bytes));
            }
        }
        return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean keepUnread(String page) throws IOException {
        Kept was = onlyWords ? last.get(page) : null;
        if (was == null || was.reads() == null) {
            return false;
        }
        for (int i : was.reads()) {
            if (changed[i]) {
                return false;
            }
        }
        if (!files.keep(page, was.size(), was.modified())) {
            return false;
        }
        now.put(page, was);
        unread.increment();
        return true;
    }

    @Override
    public boolean keep(String page, ModelDigest.Page digest) throws IOException {
        Kept was = last.get(page);
        if (was == null || !Arrays.equals(was.digest(), digest.digest()) || !files.keep(page, was.size(), was.modified())) {
            return false;
        }
        now.put(page, new Kept(digest.digest(), was.size(), was.modified(), reads(digest)));
        kept.increment();
        return true;
    }

    @Override
    public void made(String page, ModelDigest.Page digest) {
        rendered.increment();
        if (digest != null) {
            now.put(page, new Kept(digest.digest(), 0, UNSEEN, reads(digest)));
        }
    }

    /**
     * The checks {@code digest}'s model was read from, sorted; null when it read a file that is not content of
     * this build. Other content files are left out: a change to one has every page digested anyway.
     */
    private int[] reads(ModelDigest.Page digest) {
        int[] out = new int[digest.reads().size()];
        int n = 0;
        for (Path p : digest.reads()) {
            int i = byPath.computeIfAbsent(p, q -> index.getOrDefault(q.toAbsolutePath().normalize().toString(), -1));
            if (i < 0) {
                return null;
            }
            if (!inputs.get(i).placing().isEmpty()) {
                out[n++] = i;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    public String summary() {
        return "pages: " + rendered.sum() + " rendered, " + (kept.sum() + unread.sum()) + " kept from the last build ("
                + unread.sum() + " without reading their model)";
    }

    /**
     * Forgets the last build's pages kept in {@code cacheDir}, just before the live site is replaced (as
     * {@link BuildCache#forgetOutputs}); also when this build keeps none, so no old record outlives it.
     */
    public static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
    }

    /** An input set as a map key: pages of one listing read the same files. */
    private record Reads(int[] inputs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Reads r && Arrays.equals(inputs, r.inputs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(inputs);
        }
    }

    /**
     * Records this build's pages, once the new site is live: each with its digest, its file's size and time, and
     * what it read; each set of inputs written once.
     */
    public void save() throws IOException {
        Map<Reads, Integer> sets = new HashMap<>();
        Map<String, Integer> setOf = new TreeMap<>();
        Map<String, long[]> attributes = new HashMap<>();
        for (Map.Entry<String, Kept> e : now.entrySet()) {
            Kept k = e.getValue();
            if (k.modified() != UNSEEN) { // kept as it was: its file is the one seen when it was kept
                attributes.put(e.getKey(), new long[] {k.size(), k.modified()});
            } else {
                try {
                    BasicFileAttributes a = Files.readAttributes(live.resolve(e.getKey()), BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    attributes.put(e.getKey(), new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)});
                } catch (IOException gone) {
                    continue;
                }
            }
            int[] reads = e.getValue().reads();
            setOf.put(e.getKey(), reads == null ? -1 : sets.computeIfAbsent(new Reads(reads), r -> sets.size()));
        }
        List<int[]> bySet = new ArrayList<>(java.util.Collections.nCopies(sets.size(), (int[]) null));
        sets.forEach((r, i) -> bySet.set(i, r.inputs()));
        KeptFile.write(file, key, out -> {
            out.writeInt(inputs.size());
            for (Input i : inputs) {
                out.writeUTF(i.path());
                out.writeUTF(i.hash());
                out.writeUTF(i.placing());
            }
            out.writeInt(bySet.size());
            for (int[] set : bySet) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * set.length);
                b.asIntBuffer().put(set);
                KeptFile.bytes(out, b.array());
            }
            out.writeInt(setOf.size());
            for (Map.Entry<String, Integer> e : setOf.entrySet()) {
                long[] a = attributes.get(e.getKey());
                out.writeUTF(e.getKey());
                KeptFile.bytes(out, now.get(e.getKey()).digest());
                out.writeLong(a[0]);
                out.writeLong(a[1]);
                out.writeInt(e.getValue());
            }
        });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
