package org.factpress.view;

/**
 * The site-wide pages every page links to (navigation, footer), built once by {@link Urls}; {@code logo}: the link to
 * the {@link org.factpress.load.PublisherLogo} for the header, null when the site holds none.
 */
public record SiteLinks(String archive, String methodology, String search, String feed, String claimsJson,
                        String about, String corrections, String submitClaim, String logo) {

    public static SiteLinks of(Urls urls, String submitClaim) {
        return of(urls, submitClaim, null);
    }

    public static SiteLinks of(Urls urls, String submitClaim, org.factpress.load.PublisherLogo logo) {
        return new SiteLinks(urls.to(Urls.archive(1)), urls.to(Urls.METHODOLOGY), urls.to(Urls.SEARCH),
                urls.to(Urls.FEED), urls.to(Urls.CLAIMS_JSON), urls.to(Urls.ABOUT), urls.to(Urls.CORRECTIONS),
                submitClaim, logo == null ? null : urls.asset(logo.path()));
    }
}
