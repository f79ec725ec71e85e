package org.factpress.view;

import java.util.regex.Pattern;

/**
 * The site-wide pages every page links to (navigation, footer), built once by {@link Urls}; {@code logo}: site.yaml's
 * {@code publisher.logo} when it is one of the site's own files (a path such as {@code static/logo.png}, or an
 * address under the base URL), for the header. Null when there is none, or it is on another site: pages load
 * nothing from elsewhere (their Content-Security-Policy would refuse it anyway).
 */
public record SiteLinks(String archive, String methodology, String search, String feed, String claimsJson,
                        String about, String corrections, String submitClaim, String logo) {

    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    public static SiteLinks of(Urls urls, String submitClaim) {
        return of(urls, submitClaim, null);
    }

    public static SiteLinks of(Urls urls, String submitClaim, String logo) {
        return new SiteLinks(urls.to(Urls.archive(1)), urls.to(Urls.METHODOLOGY), urls.to(Urls.SEARCH),
                urls.to(Urls.FEED), urls.to(Urls.CLAIMS_JSON), urls.to(Urls.ABOUT), urls.to(Urls.CORRECTIONS),
                submitClaim, logo(urls, logo));
    }

    private static String logo(Urls urls, String logo) {
        if (logo == null || logo.isBlank()) {
            return null;
        }
        String base = urls.siteAbsolute("");
        String path = logo.startsWith(base) ? logo.substring(base.length())
                : SCHEME.matcher(logo).matches() || logo.startsWith("//") ? null : logo.replaceFirst("^/+", "");
        return path == null || path.isEmpty() || path.contains("..") ? null : urls.asset(path);
    }
}
