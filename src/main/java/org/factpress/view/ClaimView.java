package org.factpress.view;

import java.time.LocalDate;
import java.util.List;
import org.factpress.model.Claim;
import org.factpress.model.Language;
import org.factpress.model.Person;
import org.factpress.model.Rating;
import org.factpress.model.SourceArticle;
import org.factpress.text.QuoteMarks;

/**
 * A claim with everything its pages show resolved: people, rating, links and rendered analysis. {@code original}
 * is the language the check stands in when it is not the page's (an untranslated check listed in another
 * language's edition: its links go to the original's page); null when it is the page's. {@code articleOriginal}
 * likewise for its source article.
 */
public record ClaimView(Claim claim, SourceArticle article, Person claimant, Person author, Person editor,
                        Rating rating, String url, String absoluteUrl, String articleUrl, String analysisHtml,
                        String claimantUrl, String ratingUrl, List<TagLink> tags, Language original,
                        Language articleOriginal) {

    public ClaimView {
        tags = List.copyOf(tags);
    }

    /** A check in the page's own language. */
    public ClaimView(Claim claim, SourceArticle article, Person claimant, Person author, Person editor, Rating rating,
                     String url, String absoluteUrl, String articleUrl, String analysisHtml, String claimantUrl,
                     String ratingUrl, List<TagLink> tags) {
        this(claim, article, claimant, author, editor, rating, url, absoluteUrl, articleUrl, analysisHtml,
                claimantUrl, ratingUrl, tags, null, null);
    }

    /** A tag as a reader sees it, with its page. */
    public record TagLink(String name, String url) {}

    /** The quote as HTML, passages it quotes in nested {@code <q>} (see {@link QuoteMarks}). */
    public String quoteHtml() {
        return QuoteMarks.html(claim.statement().quote());
    }

    public LocalDate lastChanged() {
        return claim.lastChanged();
    }
}
