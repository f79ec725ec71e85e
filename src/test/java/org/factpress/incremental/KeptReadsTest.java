package org.factpress.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reads.bin from one build to the next: what is kept is copied from the last file, never mixed with another's. */
class KeptReadsTest {
    @TempDir
    Path dir;

    /** Content hashes as a build's look found them. */
    final Map<Path, String> hashes = new HashMap<>();
    final KeptReads.Hashes known = new KeptReads.Hashes() {
        @Override
        public String hashOf(Path file) {
            return hashes.get(file);
        }

        @Override
        public boolean unchanged(Path file) {
            return true;
        }
    };
    final AtomicInteger reads = new AtomicInteger();

    /** Reads {@code name} as one build would: its model is its hash's text, read only when not kept. */
    String read(KeptReads kept, String name) {
        Path file = dir.resolve(name);
        return (String) kept.get(file, known, "", () -> {
            reads.incrementAndGet();
            return new KeptReads.Read("model of " + hashes.get(file), List.of());
        }).value();
    }

    /** One build: opens what the last one kept, reads the files, lets go of the file, saves. */
    List<String> build(String... names) throws Exception {
        KeptReads kept = KeptReads.open(dir, "identity");
        List<String> models = java.util.Arrays.stream(names).map(n -> read(kept, n)).toList();
        kept.loaded();
        kept.save();
        return models;
    }

    @Test
    void whatIsKeptSurvivesEditsBuildAfterBuild() throws Exception {
        hashes.put(dir.resolve("a.md"), "a1");
        hashes.put(dir.resolve("b.md"), "b1");
        build("a.md", "b.md");
        assertEquals(2, reads.getAndSet(0));

        hashes.put(dir.resolve("b.md"), "b2"); // one edit: b read again, a copied from the last file
        assertEquals(List.of("model of a1", "model of b2"), build("a.md", "b.md"));
        assertEquals(1, reads.getAndSet(0));

        assertEquals(List.of("model of a1", "model of b2"), build("a.md", "b.md"));
        assertEquals(0, reads.get(), "both kept, the copied one too");
    }

    @Test
    void aFileAnotherRunRewroteMeanwhileIsNotCopiedFrom() throws Exception {
        hashes.put(dir.resolve("a.md"), "a1");
        hashes.put(dir.resolve("b.md"), "b1");
        build("a.md", "b.md");

        KeptReads kept = KeptReads.open(dir, "identity");
        hashes.put(dir.resolve("b.md"), "b2");
        read(kept, "a.md");
        read(kept, "b.md");
        kept.loaded();
        // Another run saves its own reads.bin in between: its entries lie elsewhere in the file.
        Map<Path, String> mine = new HashMap<>(hashes);
        hashes.clear();
        hashes.put(dir.resolve("z.md"), "a much longer hash, so that every entry after it moves");
        build("z.md");
        kept.save();

        hashes.clear();
        hashes.putAll(mine);
        reads.set(0);
        assertEquals(List.of("model of a1", "model of b2"), build("a.md", "b.md"));
        assertEquals(1, reads.get(), "only what the run read itself was saved: a is read again, b is kept");
    }

    /** Twenty files, as a build sees them. */
    String[] twenty() {
        String[] names = new String[20];
        for (int i = 0; i < names.length; i++) {
            names[i] = "f" + i + ".md";
            hashes.putIfAbsent(dir.resolve(names[i]), "h" + i);
        }
        return names;
    }

    @Test
    void anEditAddsToTheKeptReadsUntilAnEighthIsNewAndThenTheyAreWrittenWholeAgain() throws Exception {
        String[] names = twenty();
        build(names);
        Path whole = dir.resolve(KeptReads.FILE);
        Path added = dir.resolve(KeptReads.ADDED);
        byte[] first = Files.readAllBytes(whole);
        Object firstFile = Files.readAttributes(whole, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        reads.set(0);

        hashes.put(dir.resolve("f3.md"), "h3, edited"); // 2 of 20 (one new, one no longer used): an addition
        build(names);
        assertEquals(1, reads.getAndSet(0));
        assertArrayEquals(first, Files.readAllBytes(whole), "reads.bin is left as it was");
        assertEquals(firstFile, Files.readAttributes(whole, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertTrue(Files.exists(added));
        build(names);
        assertEquals(0, reads.getAndSet(0), "the added read is kept");

        hashes.put(dir.resolve("f4.md"), "h4, edited"); // 4 of 20: more than an eighth, written whole again
        assertEquals("model of h4, edited", build(names).get(4));
        assertEquals(1, reads.getAndSet(0));
        assertFalse(Files.exists(added));
        List<String> models = build(names);
        assertEquals(0, reads.get(), "all kept from the one file");
        assertEquals("model of h3, edited", models.get(3));
        assertEquals("model of h0", models.get(0));
    }
}
