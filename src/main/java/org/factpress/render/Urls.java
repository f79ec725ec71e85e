package org.factpress.render;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that builds the site's URLs from its base URL. Links inside the site are root-relative and carry
 * the base path, so they work at any depth (a GitHub Pages project site lives under /&lt;repo&gt;/).
 */
public final class Urls {
    private final String base;
    private final String path;

    public Urls(String baseUrl) {
        String b = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        URI u = URI.create(b);
        this.base = b;
        String p = u.getRawPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
    }

    /** The base path, ending in '/', e.g. {@code /factpress/}. */
    public String root() {
        return path;
    }

    /** A link inside the site to {@code relative} (no leading slash), e.g. {@code claims/x/}. */
    public String to(String relative) {
        return path + relative;
    }

    /** The absolute URL of {@code relative}: canonical links, feeds, structured data. */
    public String absolute(String relative) {
        return base + relative;
    }

    public static String claim(String slug) {
        return "claims/" + segment(slug) + "/";
    }

    public static String article(String slug) {
        return "articles/" + segment(slug) + "/";
    }

    public static String brief(String slug) {
        return "briefs/" + segment(slug) + ".pdf";
    }

    /** A path segment, percent-encoded: slugs are checked, but nothing reaches a URL unencoded. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
