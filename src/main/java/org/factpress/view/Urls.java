package org.factpress.view;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that builds the site's URLs from its base URL. Links inside the site are root-relative and carry
 * the base path, so they work at any depth (a GitHub Pages project site lives under /&lt;repo&gt;/).
 *
 * <p>A site in several languages has one edition per language: the default one at the site's root, every other
 * under {@code <code>/} with the same slugs. An instance builds the links of one edition ({@link #to},
 * {@link #absolute}); the files all editions share (styles, scripts, the sitemap) stay at the site's root
 * ({@link #asset}), and {@link #in} gives another edition's links.
 */
public final class Urls {
    private final String base;
    private final String path;
    /** The default language, whose edition stands at the root; null for a site in one language. */
    private final String defaultLanguage;
    /** This edition's folder: empty at the root, else e.g. {@code en/}. */
    private final String edition;

    public Urls(String baseUrl) {
        this(baseUrl, null, null);
    }

    private Urls(String baseUrl, String defaultLanguage, String language) {
        String b = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        URI u = URI.create(b);
        this.base = b;
        String p = u.getRawPath();
        this.path = p == null || p.isEmpty() ? "/" : p;
        this.defaultLanguage = defaultLanguage;
        this.edition = folder(defaultLanguage, language);
    }

    /** The links of {@code site}'s edition in its {@code language}: the root's for the default language. */
    public static Urls of(org.factpress.model.SiteConfig site) {
        return new Urls(site.baseUrl(), site.defaultLanguage(), site.language());
    }

    /** The links of the same site's edition in {@code language}. */
    public Urls in(String language) {
        return new Urls(base, defaultLanguage, language);
    }

    /** The folder of the edition in {@code language}, relative to the site's root: empty for the default one. */
    public static String folder(org.factpress.model.SiteConfig site, String language) {
        return folder(site.defaultLanguage(), language);
    }

    private static String folder(String defaultLanguage, String language) {
        return defaultLanguage == null || language == null || language.equals(defaultLanguage) ? ""
                : encode(language) + "/";
    }

    /** This edition's home, ending in '/': the base path, e.g. {@code /factpress/}, or {@code /factpress/en/}. */
    public String root() {
        return path + edition;
    }

    /** A link inside this edition to {@code relative} (no leading slash), e.g. {@code claims/x/}: percent-encoded. */
    public String to(String relative) {
        return path + edition + encode(relative);
    }

    /** The absolute URL of {@code relative} in this edition: canonical links, feeds, structured data. Percent-encoded. */
    public String absolute(String relative) {
        return base + edition + encode(relative);
    }

    /** A link to a file every edition shares, at the site's root (styles, scripts, icons). */
    public String asset(String relative) {
        return path + encode(relative);
    }

    /** The absolute URL of a file at the site's root, whatever the edition (the sitemap, robots.txt). */
    public String siteAbsolute(String relative) {
        return base + encode(relative);
    }

    public static String claim(String slug) {
        return "claims/" + segment(slug) + "/";
    }

    public static String article(String slug) {
        return "articles/" + segment(slug) + "/";
    }

    public static String person(String id) {
        return "people/" + segment(id) + "/";
    }

    public static String rating(String id) {
        return "ratings/" + segment(id) + "/";
    }

    /** A tag's page, at the tag as {@link org.factpress.model.PathSegment} folds it: {@code tags/київ/}. */
    public static String tag(String tag) {
        return "tags/" + org.factpress.model.PathSegment.of(tag) + "/";
    }

    /** The fact-check archive: page 1 is {@code claims/}, later pages {@code claims/page/<n>/}. */
    public static String archive(int page) {
        return paged("claims/", page);
    }

    /** Page {@code page} of a list of checks whose first page is at {@code first}: later ones at {@code first}page/<n>/. */
    public static String paged(String first, int page) {
        return page <= 1 ? first : first + "page/" + page + "/";
    }

    public static final String METHODOLOGY = "methodology/";
    /** Every source article, newest first. */
    public static final String ARTICLES = "articles/";
    /** Who we are: masthead, funding and ownership, how to send a claim. */
    public static final String ABOUT = "about/";
    /** The corrections policy and every correction, newest first. */
    public static final String CORRECTIONS = "corrections/";
    public static final String SEARCH = "search/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String CLAIMS_JSON = "claims.json";
    /** The folder of the search page's index (see {@link SearchIndex}), beside the page. */
    public static final String SEARCH_INDEX = "search/index/";

    /** A value for a query string, e.g. a share link's text. */
    public static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String brief(String slug) {
        return "briefs/" + segment(slug) + ".pdf";
    }

    /** The one-page fact brief of a claim. */
    public static String claimBrief(String slug) {
        return "briefs/claims/" + segment(slug) + ".pdf";
    }

    /** The share card of a claim: its Open Graph image. */
    public static String card(String slug) {
        return "cards/" + segment(slug) + ".png";
    }

    /** A digest report, e.g. {@code reports/2025-02.pdf}. */
    public static String digest(String period) {
        return "reports/" + segment(period) + ".pdf";
    }

    /** A URL as printed under a QR code: without the scheme, since people type it. */
    public static String printable(String absolute) {
        return absolute.replaceFirst("^https?://", "");
    }

    /** A slug or id as a path segment on disk; links encode it (see {@link #encode}). */
    static String segment(String s) {
        return s;
    }

    /**
     * The one place a path of the site (as written on disk, Unicode kept) becomes a URL path: UTF-8, percent-encoded
     * but for letters, digits, {@code - . _ ~} and '/'. Slugs are made of those only, and a site has tens of
     * thousands of links, so they pass as they are.
     */
    public static String encode(String relative) {
        for (int i = 0; i < relative.length(); i++) {
            if (!plain(relative.charAt(i))) {
                return encodeFrom(relative);
            }
        }
        return relative;
    }

    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~' || c == '/';
    }

    private static String encodeFrom(String relative) {
        StringBuilder out = new StringBuilder(relative.length() * 3);
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && plain(c)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
