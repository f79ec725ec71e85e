package org.factpress.view;

import java.util.Comparator;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Update;

/**
 * A translated check whose original changed after it was translated: the page shows the current verdict (it is
 * shared) and says which change the translation predates, linking the original, which has it.
 *
 * @param change the original's latest correction, rating change or withdrawal made after the translation
 * @param original the language of the original
 * @param originalUrl the original's page, at the change's entry of its update log
 */
public record StaleTranslation(Update change, Language original, String originalUrl) {

    /**
     * The change {@code claim}'s translation in this edition predates, or null (no translation, or up to date);
     * {@code log}: the check's update log as its page shows it ({@link Views#updates}), for the change's anchor.
     */
    static StaleTranslation of(Library edition, Claim claim, java.util.List<Correction> log, Urls urls) {
        String here = edition.site().language();
        if (here.equals(edition.site().defaultLanguage())) {
            return null;
        }
        ClaimTranslation t = edition.translation(claim, here).orElse(null);
        if (t == null || t.translated() == null) {
            return null;
        }
        Update change = predates(claim, t);
        if (change == null) {
            return null;
        }
        String original = edition.site().defaultLanguage();
        String anchor = log.stream().filter(u -> u.update().date().equals(change.date())
                && u.update().type() == change.type()).map(u -> "#" + u.anchor()).findFirst().orElse("");
        return new StaleTranslation(change, Views.language(edition, original),
                urls.in(original).to(Urls.claim(claim.slug())) + anchor);
    }

    /** The latest correction, rating change or withdrawal of {@code claim} dated after {@code t} was made, or null. */
    static Update predates(Claim claim, ClaimTranslation t) {
        return claim.updates().stream().filter(Update::isCorrection).filter(u -> u.date().isAfter(t.translated()))
                .max(Comparator.comparing(Update::date)).orElse(null);
    }
}
