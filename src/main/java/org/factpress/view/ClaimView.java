package org.factpress.view;

import java.time.LocalDate;
import java.util.List;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Person;
import org.factpress.model.Rating;
import org.factpress.model.SourceArticle;

/**
 * A claim with everything its pages show resolved: people, rating, links and rendered analysis. {@code original}
 * is the language the check stands in when it is not the page's (an untranslated check listed in another
 * language's edition: its links go to the original's page); null when it is the page's. {@code articleOriginal}
 * likewise for its source article. {@code inOriginal}: a translated check's words its translation leaves out, shown
 * in the original's (null when it leaves out none, and on a check in its own words).
 */
public record ClaimView(Claim claim, SourceArticle article, Person claimant, Person author, Person editor,
                        Rating rating, String url, String absoluteUrl, String articleUrl, String analysisHtml,
                        String claimantUrl, String ratingUrl, List<TagLink> tags, Language original,
                        Language articleOriginal, InOriginal inOriginal) {

    public ClaimView {
        tags = List.copyOf(tags);
    }

    /** A check in the page's own language. */
    public ClaimView(Claim claim, SourceArticle article, Person claimant, Person author, Person editor, Rating rating,
                     String url, String absoluteUrl, String articleUrl, String analysisHtml, String claimantUrl,
                     String ratingUrl, List<TagLink> tags) {
        this(claim, article, claimant, author, editor, rating, url, absoluteUrl, articleUrl, analysisHtml,
                claimantUrl, ratingUrl, tags, null, null, null);
    }

    /**
     * A tag as a reader sees it, with its page. {@code original}: the language of the tag's words when they are not
     * the page's (an untranslated check's, or a translation's that gives no tags of its own): its page is then the
     * original edition's, since tags are words of one language, not translations of each other. Else null.
     */
    public record TagLink(String name, String url, Language original) {
        public TagLink(String name, String url) {
            this(name, url, null);
        }
    }

    /**
     * Which words of a translated check are its original's, in {@code language}, because the translation leaves
     * them out ({@link Claim#in} shows the original's): where it was said, the rating's explanation, the analysis,
     * the tags. Update notes are marked one by one ({@link Correction#noteOriginal}).
     */
    public record InOriginal(Language language, boolean saidWhere, boolean explanation, boolean analysis,
                             boolean tags) {

        /** What {@code translation} leaves out of {@code shown}, the check as it shows it; null when nothing. */
        static InOriginal of(Claim shown, ClaimTranslation translation, Language original) {
            InOriginal in = new InOriginal(original,
                    translation.saidWhere() == null && shown.statement().saidWhere() != null,
                    translation.ratingExplanation() == null && shown.verdict().explanation() != null,
                    translation.analysis() == null && shown.analysis() != null && !shown.analysis().isBlank(),
                    translation.tags().isEmpty() && !shown.tags().isEmpty());
            return in.saidWhere || in.explanation || in.analysis || in.tags ? in : null;
        }
    }

    public LocalDate lastChanged() {
        return claim.lastChanged();
    }
}
