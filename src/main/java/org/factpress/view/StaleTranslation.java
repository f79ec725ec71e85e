package org.factpress.view;

import java.time.LocalDate;
import java.util.List;
import org.factpress.model.Claim;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Staleness;
import org.factpress.model.Update;

/**
 * A translated check whose original changed after it was translated ({@link Staleness}): the page shows the current
 * verdict (it is shared) and says which change the translation predates, linking the original, which has it.
 *
 * @param changed the day the original changed
 * @param kind what the change was, as an update's type id ({@code rating-change}, {@code correction}, ...): a
 *             change of the original's {@code updated} date alone is an {@code update}
 * @param original the language of the original
 * @param originalUrl the original's page, at the change's entry of its update log when it has one
 * @param originalAbsoluteUrl the same as an absolute URL, for print
 */
public record StaleTranslation(LocalDate changed, String kind, Language original, String originalUrl,
                               String originalAbsoluteUrl) {

    /**
     * The change {@code claim}'s translation in this edition predates, or null (no translation, or up to date);
     * {@code log}: the check's update log as its page shows it ({@link Views#updates}), for the change's anchor.
     */
    static StaleTranslation of(Library edition, Claim claim, List<Correction> log, Urls urls) {
        String here = edition.site().language();
        if (here.equals(edition.site().defaultLanguage())) {
            return null;
        }
        Staleness stale = edition.staleness(claim, here).orElse(null);
        if (stale == null) {
            return null;
        }
        Update change = stale.change();
        String anchor = change == null ? "" : log.stream().filter(u -> u.update().date().equals(change.date())
                && u.update().type() == change.type()).map(u -> "#" + u.anchor()).findFirst().orElse("");
        String original = edition.site().defaultLanguage();
        Urls there = urls.in(original);
        return new StaleTranslation(stale.changed(), change == null ? Update.Type.UPDATE.id() : change.type().id(),
                Views.language(edition, original), there.to(Urls.claim(claim.slug())) + anchor,
                there.absolute(Urls.claim(claim.slug())) + anchor);
    }
}
