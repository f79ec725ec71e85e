package org.factpress.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factpress.model.About;
import org.factpress.model.Appearance;
import org.factpress.model.Claim;
import org.factpress.model.Person;
import org.factpress.model.Publisher;
import org.factpress.model.RatingScale;
import org.factpress.model.SiteConfig;
import org.factpress.model.SourceArticle;
import org.factpress.model.Update;

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
        review.put("claimReviewed", c.statement().quote());
        review.put("datePublished", c.byline().published().toString());
        if (!c.lastChanged().equals(c.byline().published())) {
            review.put("dateModified", c.lastChanged().toString());
        }
        review.put("inLanguage", v.original() != null ? v.original().code() : site.language());
        review.put("author", desk(site, urls));
        review.put("reviewRating", rating(v, site.scale()));
        List<Map<String, Object>> corrections = c.updates().stream()
                .filter(u -> u.type() == Update.Type.CORRECTION || u.type() == Update.Type.RATING_CHANGE)
                .sorted(java.util.Comparator.comparing(Update::date))
                .map(u -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("@type", "CorrectionComment");
                    m.put("text", u.note());
                    m.put("datePublished", u.date().toString());
                    return m;
                }).toList();
        if (!corrections.isEmpty()) {
            review.put("correction", corrections);
        }

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("author", claimant(v.claimant()));
        claim.put("datePublished", c.statement().saidOn().toString());
        Map<String, Object> source = article(v.article());
        List<Map<String, Object>> appearances = new java.util.ArrayList<>();
        appearances.add(source);
        Map<String, Object> first = source;
        for (Appearance a : c.circulation().appearances()) {
            Map<String, Object> m = appearance(a);
            appearances.add(m);
            if (a.first()) {
                first = m;
            }
        }
        claim.put("appearance", appearances);
        claim.put("firstAppearance", first);
        review.put("itemReviewed", claim);
        return review;
    }

    /**
     * Links {@code review}, a page's ClaimReview, to the same review in the site's other languages: the original
     * (default language) names each translation in {@code workTranslation}, a translation names the original in
     * {@code translationOfWork}. {@code alternates}: the page's translations ({@link Editions#alternates}). Each
     * other edition is a plain CreativeWork by its address: a ClaimReview node holding only a URL would read as a
     * second review without rating, author or claim, so each page holds exactly one ClaimReview.
     */
    public static void linkTranslations(Map<String, Object> review, List<Editions.Alternate> alternates,
                                        SiteConfig site) {
        String original = site.defaultLanguage();
        if (site.language().equals(original)) {
            List<Map<String, Object>> translations = alternates.stream()
                    .filter(a -> !a.hreflang().equals(original) && !a.hreflang().equals("x-default"))
                    .map(a -> work(a.href(), a.hreflang())).toList();
            if (!translations.isEmpty()) {
                review.put("workTranslation", translations);
            }
        } else {
            Editions.Alternate a = Editions.in(alternates, original);
            if (a != null) {
                review.put("translationOfWork", work(a.href(), original));
            }
        }
    }

    private static Map<String, Object> work(String url, String language) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "CreativeWork");
        o.put("url", url);
        o.put("inLanguage", language);
        return o;
    }

    /**
     * The desk as ClaimReview's author, with the pages a fact-checking network looks for: who works there, who
     * pays, how it corrects and how it checks. Each only when site.yaml's {@code about} gives it. schema.org
     * defines {@code masthead} and {@code verificationFactCheckingPolicy} on NewsMediaOrganization only, so the
     * desk is one (an Organization still, for readers that know no more).
     */
    static Map<String, Object> desk(SiteConfig site, Urls urls) {
        Map<String, Object> o = organization(site.publisher(), urls);
        o.put("@type", "NewsMediaOrganization");
        About about = site.about();
        if (about.masthead().text() != null) {
            o.put("masthead", urls.absolute(Urls.ABOUT) + "#masthead");
        }
        if (about.fundingAndOwnership().text() != null) {
            o.put("ownershipFundingInfo", urls.absolute(Urls.ABOUT) + "#funding");
        }
        if (about.correctionsPolicy().text() != null) {
            o.put("correctionsPolicy", urls.absolute(Urls.CORRECTIONS) + "#policy");
        }
        if (about.methodology().text() != null) {
            o.put("verificationFactCheckingPolicy", urls.absolute(Urls.METHODOLOGY));
        }
        if (about.masthead().text() != null || about.fundingAndOwnership().text() != null) {
            o.put("publishingPrinciples", urls.absolute(Urls.ABOUT));
        }
        return o;
    }

    private static Map<String, Object> appearance(Appearance a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "CreativeWork");
        o.put("url", a.url());
        if (a.title() != null) {
            o.put("headline", a.title());
        }
        o.put("datePublished", a.date().toString());
        return o;
    }

    /**
     * Every published check as one schema.org DataFeed of ClaimReview objects (the shape Google's fact-check
     * markup tool and Data Commons read), for aggregators and data journalists. {@code name}: the feed's, in the
     * site's language.
     */
    public static Map<String, Object> dataFeed(List<ClaimView> claims, SiteConfig site, Urls urls, String name) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("name", name);
        feed.put("url", urls.absolute(Urls.CLAIMS_JSON));
        java.time.LocalDate modified = Views.lastChanged(claims);
        if (modified != null) {
            feed.put("dateModified", modified.toString());
        }
        feed.put("publisher", desk(site, urls));
        feed.put("dataFeedElement", claims.stream().map(c -> claimReview(c, site, urls)).toList());
        return feed;
    }

    /** Plain JSON for a file of its own (not inside a script element). */
    public static byte[] toBytes(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
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
        // not the original's words, where a translation leaves them out: the review says it is in the page's language
        if (v.claim().verdict().explanation() != null && (v.inOriginal() == null || !v.inOriginal().explanation())) {
            r.put("ratingExplanation", v.claim().verdict().explanation());
        }
        return r;
    }

    static Map<String, Object> organization(Publisher p, Urls urls) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "Organization");
        o.put("name", p.name());
        o.put("url", p.url());
        if (p.logo() != null) {
            // a file of the site has one address, whatever the edition
            o.put("logo", p.logo().startsWith("http") ? p.logo() : urls.siteAbsolute(p.logo().replaceFirst("^/+", "")));
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
        if (!p.sameAs().isEmpty()) {
            o.put("sameAs", p.sameAs());
        }
        return o;
    }

    private static Map<String, Object> article(SourceArticle a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@type", "CreativeWork");
        o.put("url", a.url());
        o.put("headline", a.title());
        o.put("datePublished", a.published().toString());
        // Ordered: Map.of's order changes from one JVM run to the next, and builds must repeat byte for byte.
        Map<String, Object> publisher = new LinkedHashMap<>();
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
