package org.factpress.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The search page's index of one language's checks, in files the search script fetches only as a query needs them:
 * <ul>
 * <li>{@code meta.json}: the number of checks, how many a check file holds, and the keys of the term files;</li>
 * <li>{@code terms/<key in UTF-8 hex>.json}: every term that starts with the key (and with no longer key), each with
 * the checks it is in and in which fields: a list of numbers {@code gap * 32 + fields}, the gap from the previous
 * check's number and the fields as bits ({@link #QUOTE} ...). A key is a term's first letter; where a letter's terms
 * weigh more than {@link #SHARD_BYTES}, its first two letters, and so on up to {@link #KEY_LETTERS};</li>
 * <li>{@code checks/<n>.json}: what a result shows (quote, headline, claimant, verdict, link, and the language of
 * a check not translated into the index's) for {@link #CHECKS_PER_FILE} checks in the order of the archive.</li>
 * </ul>
 * Terms are words folded as the script folds them ({@link #fold}): NFKC, lower case, final sigma as sigma. A second
 * language is a second call with its own folder and its own checks. Values are written by Jackson, so an editor's
 * words are always JSON strings; the script puts them into the page as text.
 */
public final class SearchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final int QUOTE = 1;
    public static final int HEADLINE = 2;
    public static final int CLAIMANT = 4;
    public static final int SUMMARY = 8;
    public static final int TAGS = 16;
    /** Checks a check file holds: a page of results touches few files, each small. */
    public static final int CHECKS_PER_FILE = 8;
    /** Above this, a key's terms are split by their next letter. */
    public static final int SHARD_BYTES = 16 * 1024;
    public static final int KEY_LETTERS = 3;

    private SearchIndex() {}

    /**
     * A published check as search sees it: the fields searched and what a result shows. {@code language}: the
     * language it stands in when it is not the index's (an untranslated check, {@link ClaimView#original}), else null.
     * {@code role}: the claimant's (null when people.yaml gives none); {@code published}: the check's date, with
     * {@code publishedText}, the same as the site's listings write it in the index's language. {@code draft}: a
     * draft the preview shows (the published index holds none), marked as listings mark it.
     */
    public record Entry(String quote, String headline, String claimant, String summary, List<String> tags,
                        String verdict, String verdictId, String url, String language, String role,
                        java.time.LocalDate published, String publishedText, boolean draft) {
        public Entry {
            tags = List.copyOf(tags);
        }

        /** A check in the index's language, without role or date. */
        public Entry(String quote, String headline, String claimant, String summary, List<String> tags,
                     String verdict, String verdictId, String url) {
            this(quote, headline, claimant, summary, tags, verdict, verdictId, url, null, null, null, null, false);
        }

        /** {@code dates}: the index's language's, as its listings write them. */
        public static Entry of(ClaimView v, Dates dates) {
            java.time.LocalDate published = v.claim().byline().published();
            return new Entry(v.claim().statement().quote(), v.claim().headline(), v.claimant().name(), v.claim().summary(),
                    v.claim().tags(), v.rating().label(), v.rating().id(), v.url(),
                    v.original() == null ? null : v.original().code(), v.claimant().role(), published,
                    dates.display(published), v.claim().isDraft());
        }
    }

    /**
     * The index files of {@code checks} (in the archive's order), by path: {@code folder} (e.g. {@code search/index/})
     * followed by the file's name. Same checks, same bytes.
     */
    public static SortedMap<String, byte[]> files(String folder, List<Entry> checks) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        TreeMap<String, Postings> terms = terms(checks);
        Map<String, List<String>> shards = new TreeMap<>();
        split("", new ArrayList<>(terms.keySet()), terms, shards);
        for (Map.Entry<String, List<String>> s : shards.entrySet()) {
            StringBuilder json = new StringBuilder("{");
            for (String term : s.getValue()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(string(term)).append(':').append(terms.get(term).json());
            }
            files.put(folder + "terms/" + fileName(s.getKey()) + ".json", bytes(json.append('}')));
        }
        for (int from = 0; from < checks.size(); from += CHECKS_PER_FILE) {
            List<Map<String, String>> shown = new ArrayList<>();
            for (Entry e : checks.subList(from, Math.min(checks.size(), from + CHECKS_PER_FILE))) {
                Map<String, String> d = new LinkedHashMap<>();
                d.put("quote", e.quote());
                d.put("headline", e.headline());
                d.put("claimant", e.claimant());
                if (e.role() != null) {
                    d.put("role", e.role());
                }
                if (e.published() != null) {
                    d.put("date", e.published().toString());
                    d.put("dateText", e.publishedText());
                }
                d.put("verdict", e.verdict());
                d.put("verdictId", e.verdictId());
                d.put("url", e.url());
                if (e.language() != null) {
                    d.put("language", e.language()); // only then: an index in one language stays as it was
                }
                if (e.draft()) {
                    d.put("draft", "true"); // only in the preview's index
                }
                shown.add(d);
            }
            files.put(folder + "checks/" + from / CHECKS_PER_FILE + ".json", write(shown));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("checks", checks.size());
        meta.put("perFile", CHECKS_PER_FILE);
        meta.put("keys", new ArrayList<>(shards.keySet()));
        files.put(folder + "meta.json", write(meta));
        return files;
    }

    /** A term file's name: its key's UTF-8 bytes in hex, so every host and file system takes it as it is. */
    public static String fileName(String key) {
        return HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A word as the index keeps it, so that Метро finds метро and a decomposed é finds a composed one. */
    public static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ς', 'σ');
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }


    /** The folded terms of a text, in order: its words, each folded (folding may split one, e.g. ¼). */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String word : words(text)) {
            String folded = fold(word);
            if (isAscii(word)) { // lower case only: still one word
                out.add(folded);
            } else { // folding may split one, or bring in a stop (U+1F100 is "0.")
                out.addAll(words(folded));
            }
        }
        return out;
    }

    /** The words of a text: its longest runs of letters, marks and digits (Unicode's L, M and N). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inWord = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    : wordPart(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean wordPart(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The checks (by number) a term is in, each with the fields it is in. */
    private static final class Postings {
        private int[] checks = new int[4];
        private int[] fields = new int[4];
        private int size;

        void add(int check, int field) {
            if (size > 0 && checks[size - 1] == check) {
                fields[size - 1] |= field;
                return;
            }
            if (size == checks.length) {
                checks = java.util.Arrays.copyOf(checks, size * 2);
                fields = java.util.Arrays.copyOf(fields, size * 2);
            }
            checks[size] = check;
            fields[size++] = field;
        }

        private String json;

        String json() {
            if (json == null) {
                StringBuilder s = new StringBuilder("[");
                int previous = 0;
                for (int i = 0; i < size; i++) {
                    if (i > 0) {
                        s.append(',');
                    }
                    s.append((long) (checks[i] - previous) * 32 + fields[i]);
                    previous = checks[i];
                }
                json = s.append(']').toString();
            }
            return json;
        }
    }

    private static TreeMap<String, Postings> terms(List<Entry> checks) {
        Map<String, Postings> terms = new java.util.HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            Entry e = checks.get(i);
            add(terms, i, QUOTE, e.quote());
            add(terms, i, HEADLINE, e.headline());
            add(terms, i, CLAIMANT, e.claimant());
            add(terms, i, SUMMARY, e.summary());
            for (String tag : e.tags()) {
                add(terms, i, TAGS, tag);
            }
        }
        return new TreeMap<>(terms);
    }

    private static void add(Map<String, Postings> terms, int check, int field, String text) {
        for (String t : terms(text)) {
            terms.computeIfAbsent(t, k -> new Postings()).add(check, field);
        }
    }

    /**
     * Puts {@code sorted}, the terms that start with {@code key}, in the file of {@code key}, or, where they weigh
     * too much, splits them by their next letter: a term no longer than the key stays with it.
     */
    private static void split(String key, List<String> sorted, Map<String, Postings> terms,
                              Map<String, List<String>> shards) {
        int letters = key.codePointCount(0, key.length());
        if (!key.isEmpty() && (letters >= KEY_LETTERS || weight(sorted, terms) <= SHARD_BYTES)) {
            shards.put(key, sorted);
            return;
        }
        List<String> here = new ArrayList<>();
        String childKey = null;
        List<String> child = new ArrayList<>();
        for (String term : sorted) {
            if (term.codePointCount(0, term.length()) <= letters) {
                here.add(term);
                continue;
            }
            String k = term.substring(0, term.offsetByCodePoints(0, letters + 1));
            if (!k.equals(childKey)) {
                if (childKey != null) {
                    split(childKey, child, terms, shards);
                }
                childKey = k;
                child = new ArrayList<>();
            }
            child.add(term);
        }
        if (childKey != null) {
            split(childKey, child, terms, shards);
        }
        if (!here.isEmpty()) {
            shards.put(key, here);
        }
    }

    private static long weight(List<String> sorted, Map<String, Postings> terms) {
        long bytes = 2;
        for (String t : sorted) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length + 4 + terms.get(t).json().length();
        }
        return bytes;
    }

    private static String string(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a search term", e);
        }
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
