package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.model.Library;
import org.factpress.text.ThemeWords;
import org.factpress.theme.Templates;
import org.factpress.view.ClaimView;
import org.factpress.view.StaleTranslation;
import org.factpress.view.Urls;
import org.factpress.view.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note a translation made before its original changed carries, on its page and on paper, is one note
 * ({@link Views#stale}): the most serious change it predates, not the latest, the original's language by name and
 * its address at that change's entry of the update log.
 */
class StaleNoteTest {
    @TempDir
    Path dir;

    /** English at the root, bridge-cost translated into Ukrainian on 4 March, then re-rated and updated. */
    Library library() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content")).inEnglishAnd("uk", "Українська").withTranslator()
                .withCostUpdates("""
                        updates:
                          - date: 2025-03-06
                            type: rating-change
                            previous_rating: mostly-true
                            note: Re-rated.
                          - date: 2025-03-07
                            note: Added a source.""")
                .write(ContentTree.COST_UK, ContentTree.costInUkrainian("чотири мільярди євро", ""));
        SiteBuild.Checked checked = SiteBuild.check(t.root(), LocalDate.of(2025, 4, 1));
        assertTrue(!checked.problems().hasErrors(), checked.problems().all().toString());
        return checked.library();
    }

    @Test
    void thePageAndThePrintSayTheVerdictChangedThoughAPlainUpdateCameLater() throws Exception {
        Library uk = library().edition("uk");
        Views views = new Views(uk, Urls.of(uk.site()));
        ClaimView cost = views.claimPage("bridge-cost");
        StaleTranslation page = views.stale(cost);
        assertEquals("rating-change", page.kind());
        assertEquals(LocalDate.of(2025, 3, 6), page.changed());
        assertEquals("English", page.original().name());
        assertEquals("/factpress/claims/bridge-cost/#update-1", page.originalUrl(), "the re-rating's entry");

        Templates templates = new Templates(Path.of("templates"));
        String note = new PrintTheme(views, templates).staleNote(cost);
        ThemeWords words = templates.words("uk");
        assertEquals(words.t("print.stale", org.factpress.view.Dates.of(words).display(LocalDate.of(2025, 3, 6)),
                words.t("update.rating-change"), "English", "example.org/factpress/claims/bridge-cost/#update-1"), note);
    }

    @Test
    void theDefaultEditionAndAnUntranslatedCheckCarryNoNote() throws Exception {
        Library library = library();
        Views root = new Views(library, Urls.of(library.site()));
        assertNull(root.stale(root.claimPage("bridge-cost")));
        Library uk = library.edition("uk");
        Views views = new Views(uk, Urls.of(uk.site()));
        assertNull(views.stale(views.claimPage("roads-counted")));
        assertNull(new PrintTheme(views, new Templates(Path.of("templates"))).staleNote(views.claimPage("roads-counted")));
    }
}
