package org.factpress.view;


import org.factpress.model.Language;
import org.factpress.model.Rating;
import org.factpress.model.Update;


/**
 * One entry of a check's correction log as readers see it: the update, its anchor on the check's page and, for a
 * rating change, the verdict before and after (the next change's previous rating, or the check's current one).
 * {@code noteOriginal}: the language of the note when it is not the page's (not translated), else null.
 */
public record Correction(ClaimView check, Update update, Rating from, Rating to, String anchor, String url,
                         String absoluteUrl, Language noteOriginal) {
}
