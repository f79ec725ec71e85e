package org.factpress.model;

/**
 * Who the desk is, from site.yaml's {@code about}: what a fact-checking network asks signatories to publish.
 * The texts are Markdown; {@code submitClaim} is a mailto: or form URL. Any may be null (check warns).
 */
public record About(String masthead, String fundingAndOwnership, String correctionsPolicy, String methodology,
                    String submitClaim) {
    public static About none() {
        return new About(null, null, null, null, null);
    }
}
