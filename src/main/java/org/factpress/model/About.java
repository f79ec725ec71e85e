package org.factpress.model;

/**
 * Who the desk is, from site.yaml's {@code about}: what a fact-checking network asks signatories to publish.
 * The texts are Markdown; {@code submitClaim} is a mailto: or form URL. Each is one text for every language or one
 * per language ({@link Localized}); any may be without text (check warns).
 */
public record About(Localized masthead, Localized fundingAndOwnership, Localized correctionsPolicy,
                    Localized methodology, Localized submitClaim) {
    public static About none() {
        return new About(Localized.none(), Localized.none(), Localized.none(), Localized.none(), Localized.none());
    }

    /** The texts an edition in {@code code} shows: its own, else the default language's. */
    public About in(String code, String defaultCode) {
        return new About(masthead.in(code, defaultCode), fundingAndOwnership.in(code, defaultCode),
                correctionsPolicy.in(code, defaultCode), methodology.in(code, defaultCode),
                submitClaim.in(code, defaultCode));
    }
}
