package org.factpress.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.factpress.view.Dates;
import org.factpress.view.Urls;

/** Equal models give equal digests, made apart; any difference a template could print gives another. */
class ModelDigestTest {
    record Person(String name, LocalDate born) {}

    record Check(String headline, Person claimant, List<String> tags, Map<String, Integer> counts, Path file) {}

    private static Map<String, Object> model(Supplier<Check> check, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("c", check.get());
        m.put("title", title);
        m.put("n", 3);
        m.put("urls", new Urls("https://example.org/desk/"));
        m.put("dates", new Dates());
        return m;
    }

    private static Check check(String headline, String name, List<String> tags, Map<String, Integer> counts) {
        return new Check(headline, new Person(name, LocalDate.of(1970, 1, 2)), tags, counts, Path.of("a/b.md"));
    }

    private static byte[] digest(Map<String, Object> model) {
        return new ModelDigest().of("site/claim.ftlh", model);
    }

    @Test
    void equalModelsMadeApartGiveEqualDigests() {
        Supplier<Check> c = () -> check("Is it true?", "Jane", List.of("a", "b"), Map.of("x", 1, "y", 2, "z", 3));
        byte[] one = digest(model(c, "T"));
        assertNotNull(one);
        assertArrayEquals(one, digest(model(c, "T")));
        // The same digest from one ModelDigest that has kept the record's digest by identity.
        ModelDigest kept = new ModelDigest();
        Map<String, Object> m = model(c, "T");
        assertArrayEquals(kept.of("site/claim.ftlh", m), kept.of("site/claim.ftlh", m));
        assertArrayEquals(one, kept.of("site/claim.ftlh", m));
    }

    /** A model object that came from a file, as a check or an article does. */
    record Read(String words, org.factpress.model.Origin origin) {}

    /**
     * A page's reads are the files of every model object in it, nested at any depth, in a set's entries too, and
     * also when the object's digest was kept from an earlier page: the next build keeps a page by them.
     */
    @Test
    void aPageReadsTheFilesItsModelCameFrom() {
        Read a = new Read("a", org.factpress.model.Origin.of(Path.of("articles/x/a.md")));
        Read b = new Read("b", org.factpress.model.Origin.of(Path.of("articles/x/b.md")));
        ModelDigest digests = new ModelDigest();
        Map<String, Object> first = new HashMap<>();
        first.put("c", List.of(a, new Check("h", new Person("p", null), List.of(), Map.of(), Path.of("c.md"))));
        first.put("set", java.util.Set.of(List.of(b)));
        assertEquals(java.util.Set.of(Path.of("articles/x/a.md"), Path.of("articles/x/b.md")),
                digests.page("site/claim.ftlh", first).reads());
        // b's digest is kept by identity now; a second page holding it still reads its file.
        assertEquals(java.util.Set.of(Path.of("articles/x/b.md")),
                digests.page("site/tag.ftlh", Map.of("list", List.of(List.of(b)))).reads());
        assertEquals(java.util.Set.of(), digests.page("site/about.ftlh", Map.of("title", "About")).reads());
    }

    @Test
    void anyDifferenceGivesAnotherDigest() {
        byte[] base = digest(model(() -> check("Is it true?", "Jane", List.of("a", "b"), Map.of("x", 1)), "T"));
        List<byte[]> others = List.of(
                digest(model(() -> check("Is it true!", "Jane", List.of("a", "b"), Map.of("x", 1)), "T")),
                digest(model(() -> check("Is it true?", "Jane\u0100", List.of("a", "b"), Map.of("x", 1)), "T")),
                digest(model(() -> check("Is it true?", "Jane", List.of("b", "a"), Map.of("x", 1)), "T")),
                digest(model(() -> check("Is it true?", "Jane", List.of("ab"), Map.of("x", 1)), "T")),
                digest(model(() -> check("Is it true?", "Jane", List.of("a", "b"), Map.of("x", 2)), "T")),
                digest(model(() -> check("Is it true?", "Jane", List.of("a", "b"), Map.of("x", 1)), "T2")),
                digest(model(() -> check("Is it true?", null, List.of("a", "b"), Map.of("x", 1)), "T")),
                new ModelDigest().of("site/other.ftlh", model(() -> check("Is it true?", "Jane", List.of("a", "b"),
                        Map.of("x", 1)), "T")));
        for (byte[] other : others) {
            assertNotNull(other);
            assertFalse(Arrays.equals(base, other));
        }
        // A helper's state counts: another base URL gives other links.
        Map<String, Object> m = model(() -> check("Is it true?", "Jane", List.of("a", "b"), Map.of("x", 1)), "T");
        m.put("urls", new Urls("https://example.org/other/"));
        assertFalse(Arrays.equals(base, digest(m)));
        // One char past Latin-1 in a long text (past the first chunk) is not taken for another.
        String a = "x".repeat(5000) + "\u0101";
        String b = "x".repeat(5000) + "\u0001";
        assertFalse(Arrays.equals(digest(Map.of("t", a)), digest(Map.of("t", b))));
    }

    @Test
    void orderedMapsCountTheirOrderAndMapOfDoesNot() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        // A template listing these prints them in another order.
        assertFalse(Arrays.equals(digest(Map.of("m", ab)), digest(Map.of("m", ba))));
        // Map.of iterates in an order that changes with each run of the JVM: its order is not its content.
        assertArrayEquals(digest(Map.of("m", Map.of("a", 1, "b", 2, "c", 3))),
                digest(Map.of("m", Map.copyOf(new java.util.TreeMap<>(Map.of("c", 3, "b", 2, "a", 1))))));
    }

    @Test
    void aValueItCannotSeeWholeGivesNoDigest() {
        Supplier<String> lambda = () -> "x";
        assertNull(digest(Map.of("f", lambda)));
        assertNull(digest(Map.of("l", List.of(new Object()))));
        assertNull(digest(Map.of("r", new Person("a", null), "t", new Thread())));
    }
}
