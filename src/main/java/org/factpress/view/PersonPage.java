package org.factpress.view;

/**
 * A claimant's page: who they are, where else they are found, their record of verdicts and their checks.
 *
 * @param profiles the pages that identify them (people.yaml's {@code same_as}), each named by its site
 */
public record PersonPage(Views.ClaimantSummary p, java.util.List<ProfileLink> profiles, ListPage<ClaimView> claims) {

    /** A page that identifies someone, and its site as a reader knows it ({@code wikidata.org}). */
    public record ProfileLink(String url, String site) {

        /** The site of {@code url}: its host, without a leading {@code www.}; empty when it has none. */
        public static ProfileLink of(String url) {
            int scheme = url.indexOf("//");
            String host = scheme < 0 ? "" : url.substring(scheme + 2);
            int slash = host.indexOf('/');
            host = slash < 0 ? host : host.substring(0, slash);
            return new ProfileLink(url, host.startsWith("www.") ? host.substring(4) : host);
        }
    }
}
