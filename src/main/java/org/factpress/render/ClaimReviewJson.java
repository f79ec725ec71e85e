package org.factpress.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factpress.model.Claim;
import org.factpress.model.Person;
import org.factpress.model.Publisher;
import org.factpress.model.RatingScale;
import org.factpress.model.SiteConfig;
import org.factpress.model.SourceArticle;

/** schema.org ClaimReview for a fact-check, as Google's fact-check rich results and aggregators read it. */
public final class ClaimReviewJson {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ClaimReviewJson() {}

    public static Map<String, Object> claimReview(ClaimView v, SiteConfig site, Urls urls) {
        Claim c = v.claim();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", v.absoluteUrl());
        review.put("name", c.headline());
        review.put("claimReviewed", c.quote());
        review.put("datePublished", c.published().toString());
        if (c.updated() != null) {
            review.put("dateModified", c.lastChanged().toString());
        }
        review.put("inLanguage", site.language());
        review.put("author", organization(site.publisher(), urls));
        review.put("reviewRating", rating(v, site.scale()));

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("author", claimant(v.claimant()));
        claim.put("datePublished", c.saidOn().toString());
        Map<String, Object> appearance = article(v.article());
        claim.put("appearance", List.of(appearance));
        claim.put("firstAppearance", appearance);
        review.put("itemReviewed", claim);
        return review;
    }

    private static Map<String, Object> rating(ClaimView v, RatingScale scale) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@type", "Rating");
        if (v.rating().value() != null) {
            r.put("ratingValue", v.rating().value());
            r.put("bestRating", scale.best());
            r.put("worstRating", scale.worst());
        }
        r.put("alternateName", v.rating().label());
        return r;
    }

    static Map<String, Object> organization(Publisher p, Urls urls) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "Organization");
        o.put("name", p.name());
        o.put("url", p.url());
        if (p.logo() != null) {
            o.put("logo", p.logo().startsWith("http") ? p.logo() : urls.absolute(p.logo()));
        }
        return o;
    }

    private static Map<String, Object> claimant(Person p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", p.organization() ? "Organization" : "Person");
        o.put("name", p.name());
        if (p.role() != null && !p.organization()) {
            o.put("jobTitle", p.role());
        }
        if (p.url() != null) {
            o.put("url", p.url());
        }
        return o;
    }

    private static Map<String, Object> article(SourceArticle a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "CreativeWork");
        o.put("url", a.url());
        o.put("headline", a.title());
        o.put("datePublished", a.published().toString());
        Map<String, Object> publisher = new LinkedHashMap<>(); // not Map.of: its order changes from run to run
        publisher.put("@type", "Organization");
        publisher.put("name", a.publisher());
        o.put("publisher", publisher);
        return o;
    }

    /**
     * JSON safe to place inside a {@code <script>} element: '<', '>' and '&' only occur inside JSON strings, where
     * their \\u escapes mean the same, so a quote containing "&lt;/script&gt;" cannot end the block.
     */
    public static String forScript(Object value) {
        try {
            String s = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
            return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
