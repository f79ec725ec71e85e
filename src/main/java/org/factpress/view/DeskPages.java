package org.factpress.view;

import java.util.List;

/** The desk's own pages: how it rates, who it is, what it corrected, the search, and the page for a wrong link. */
public final class DeskPages {
    private DeskPages() {}

    /*
     * Each of the desk's texts comes with its language where it is not the page's (null where it is): an edition
     * without its own text shows the default language's.
     */

    /** The rating scale explained: ratings on the scale, those off it, and the desk's methodology (HTML or null). */
    public record MethodologyPage(List<Views.RatingSummary> ratings, List<Views.RatingSummary> offScale,
                                  String methodologyHtml, TextLanguage methodologyLanguage) {}

    /** Who we are: the masthead, and who owns and pays for the desk (HTML, null when site.yaml gives none). */
    public record AboutPage(String mastheadHtml, String fundingHtml, TextLanguage mastheadLanguage,
                            TextLanguage fundingLanguage) {}

    /** The corrections policy (HTML or null), then every correction, newest first. */
    public record CorrectionsPage(String policyHtml, List<Correction> corrections, TextLanguage policyLanguage) {}

    /**
     * The search page: the script's words, the index it loads, the archive for readers without script, and the
     * languages results not translated into the page's may stand in (the default one, in another edition; else none),
     * and the theme's mark for a draft when the index holds drafts (the preview's; else null).
     */
    public record SearchPage(java.util.Map<String, String> searchWords, String indexUrl, String archiveUrl,
                             List<org.factpress.model.Language> originals, String draftWord) {}

    /** The page for a link that leads nowhere: the latest checks. */
    public record NotFoundPage(List<ClaimView> claims) {}
}
