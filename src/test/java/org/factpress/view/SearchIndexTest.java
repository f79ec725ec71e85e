package org.factpress.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The search index's files: how words become terms, where each term lives, and that editors' words stay data. */
class SearchIndexTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FOLDER = "uk/search/index/";

    static SearchIndex.Entry check(String quote, String headline, String claimant, String summary, String... tags) {
        return new SearchIndex.Entry(quote, headline, claimant, summary, List.of(tags), "False", "false",
                "/repo/claims/x/");
    }

    @Test
    void wordsFoldWhateverTheirCaseScriptOrForm() {
        assertEquals(List.of("метро", "київ"), SearchIndex.terms("Метро, КИЇВ!"));
        // Decomposed ї (і and a combining diaeresis) and é fold to the composed letters.
        assertEquals(SearchIndex.terms("Київ café"), SearchIndex.terms("Киі\u0308в cafe\u0301"));
        // Greek: capitals and a final sigma fold to the same term as the lower case word.
        assertEquals(List.of("οδόσ"), SearchIndex.terms("ΟΔΌΣ"));
        assertEquals(List.of("οδόσ"), SearchIndex.terms("οδός"));
        assertEquals(List.of("ação", "não"), SearchIndex.terms("AÇÃO — Não"));
        // Arabic has no case; full-width Latin and ligatures are compatibility forms.
        assertEquals(List.of("الميزانية"), SearchIndex.terms("«الميزانية»"));
        assertEquals(List.of("abc", "file"), SearchIndex.terms("ＡＢＣ ﬁle"));
    }

    /** A word is a longest run of Unicode letters, marks and digits, as the browser's search splits a query. */
    static List<String> byUnicodeClasses(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(text);
        while (m.find()) {
            String folded = SearchIndex.fold(m.group());
            java.util.regex.Matcher f = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(folded);
            while (f.find()) {
                out.add(f.group());
            }
        }
        return out;
    }

    @Test
    void wordsAreSplitByUnicodeClassesForEveryCharacter() {
        // Every code point alone between two words, then a long text of every code point in turn.
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            String text = "a" + Character.toString(cp) + "b c";
            String name = "U+" + Integer.toHexString(cp);
            assertEquals(byUnicodeClasses(text), SearchIndex.terms(text), name);
            all.appendCodePoint(cp);
        }
        assertEquals(byUnicodeClasses(all.toString()), SearchIndex.terms(all.toString()));
    }

    @Test
    void eachTermLeadsToItsChecksWithTheFieldsItIsIn() throws Exception {
        SortedMap<String, byte[]> files = SearchIndex.files(FOLDER, List.of(
                check("Нова лінія метро", "Чи коштуватиме метро?", "Іван Петренко", "Ні.", "Метро"),
                check("Школярі", "Чи всі школярі?", "Газета", "Частково, метро ні.", "освіта")));
        assertEquals(Map.of(0, SearchIndex.QUOTE | SearchIndex.HEADLINE | SearchIndex.TAGS, 1, SearchIndex.SUMMARY),
                postings(files, "метро"));
        assertEquals(Map.of(0, SearchIndex.CLAIMANT), postings(files, "петренко"));
        JsonNode meta = JSON.readTree(files.get(FOLDER + "meta.json"));
        assertEquals(2, meta.get("checks").asInt());
        assertEquals("Школярі", JSON.readTree(files.get(FOLDER + "checks/0.json")).get(1).get("quote").asText());
        assertEquals("/repo/claims/x/", JSON.readTree(files.get(FOLDER + "checks/0.json")).get(1).get("url").asText());
    }

    @Test
    void anEditorsMarkupAndQuotesStayText() throws Exception {
        String headline = "\"</script><b>Tom & Jerry\\";
        SortedMap<String, byte[]> files = SearchIndex.files(FOLDER, List.of(check("\"q\"", headline, "A", "B")));
        assertEquals(headline, JSON.readTree(files.get(FOLDER + "checks/0.json")).get(0).get("headline").asText());
        assertTrue(postings(files, "script").containsKey(0));
    }

    @Test
    void theSameChecksGiveTheSameBytes() {
        List<SearchIndex.Entry> checks = many(3000);
        SortedMap<String, byte[]> a = SearchIndex.files(FOLDER, checks);
        SortedMap<String, byte[]> b = SearchIndex.files(FOLDER, new ArrayList<>(checks));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void aHeavyLetterIsSplitByTheNextAndEachTermIsInTheFileOfItsLongestKey() throws Exception {
        SortedMap<String, byte[]> files = SearchIndex.files(FOLDER, many(3000));
        List<String> keys = new ArrayList<>();
        JSON.readTree(files.get(FOLDER + "meta.json")).get("keys").forEach(k -> keys.add(k.asText()));
        assertTrue(keys.stream().anyMatch(k -> k.codePointCount(0, k.length()) > 1), keys.toString());
        int terms = 0;
        for (String key : keys) {
            byte[] file = files.get(FOLDER + "terms/" + SearchIndex.fileName(key) + ".json");
            JsonNode shard = JSON.readTree(file);
            assertTrue(file.length <= SearchIndex.SHARD_BYTES || shard.size() == 1
                    || key.codePointCount(0, key.length()) == SearchIndex.KEY_LETTERS, key + ": " + file.length);
            for (var it = shard.fieldNames(); it.hasNext(); terms++) {
                String term = it.next();
                String longest = keys.stream().filter(term::startsWith).reduce((x, y) -> x.length() >= y.length() ? x : y)
                        .orElseThrow();
                assertEquals(key, longest, term);
            }
        }
        assertTrue(terms > 100);
        assertEquals("d0bcd0b5", SearchIndex.fileName("ме"));
    }

    /** Checks whose words are drawn from a few Ukrainian and Latin words, so that a few letters weigh a lot. */
    static List<SearchIndex.Entry> many(int n) {
        String[] words = "метро міст мільярди місто медицина бюджет budget bus busway business bridge école".split(" ");
        List<SearchIndex.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = words[i % words.length] + " " + words[(i * 7) % words.length] + " слово" + i % 97;
            out.add(check(w, "Чи " + w + "?", "Особа " + i % 13, "Підсумок " + i, "тег" + i % 5));
        }
        return out;
    }

    /** The checks (by number) a term is in, with the fields, as search.js decodes them. */
    static Map<Integer, Integer> postings(SortedMap<String, byte[]> files, String term) throws Exception {
        for (var f : files.entrySet()) {
            if (f.getKey().startsWith(FOLDER + "terms/")) {
                JsonNode p = JSON.readTree(new String(f.getValue(), StandardCharsets.UTF_8)).get(term);
                if (p != null) {
                    Map<Integer, Integer> out = new TreeMap<>();
                    int check = 0;
                    for (JsonNode n : p) {
                        check += n.asInt() / 32;
                        out.put(check, n.asInt() % 32);
                    }
                    return out;
                }
            }
        }
        return Map.of();
    }
}
