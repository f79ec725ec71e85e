package org.factpress.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page's index: one document per published check with the fields readers search (quote, headline,
 * claimant, summary, tags) and what a result shows (verdict, link). The browser indexes it with MiniSearch.
 */
public final class SearchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {}

    public static byte[] of(List<ClaimView> claims) {
        List<Map<String, Object>> docs = claims.stream().map(SearchIndex::document).toList();
        try {
            return JSON.writeValueAsString(docs).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    private static Map<String, Object> document(ClaimView v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", v.claim().slug());
        d.put("quote", v.claim().statement().quote());
        d.put("headline", v.claim().headline());
        d.put("claimant", v.claimant().name());
        d.put("summary", v.claim().summary());
        d.put("tags", String.join(" ", v.claim().tags()));
        d.put("verdict", v.rating().label());
        d.put("verdictId", v.rating().id());
        d.put("published", v.claim().byline().published().toString());
        d.put("url", v.url());
        return d;
    }
}
