package org.factpress.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        Files.setLastModifiedTime(dir.resolve(KeptReads.FILE), java.nio.file.attribute.FileTime.fromMillis(1));
        kept.save();

        hashes.clear();
        hashes.putAll(mine);
        reads.set(0);
        assertEquals(List.of("model of a1", "model of b2"), build("a.md", "b.md"));
        assertEquals(1, reads.get(), "only what the run read itself was saved: a is read again, b is kept");
    }
}
