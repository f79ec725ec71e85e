package org.factpress.view;

/** The site-wide pages every page links to (navigation, footer), built once by {@link Urls}. */
public record SiteLinks(String archive, String methodology, String search, String feed, String claimsJson,
                        String about, String corrections, String submitClaim) {

    public static SiteLinks of(Urls urls, String submitClaim) {
        return new SiteLinks(urls.to(Urls.archive(1)), urls.to(Urls.METHODOLOGY), urls.to(Urls.SEARCH),
                urls.to(Urls.FEED), urls.to(Urls.CLAIMS_JSON), urls.to(Urls.ABOUT), urls.to(Urls.CORRECTIONS),
                submitClaim);
    }
}
