package org.factpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.factpress.TestSites;
import org.factpress.build.SiteBuild;
import org.factpress.model.Library;
import org.junit.jupiter.api.Test;

/** The preview shows drafts as published, and keeps every translation with its check. */
class PreviewTranslationsTest {
    @Test
    void thePreviewKeepsTheTranslations() {
        Library library = SiteBuild.check(TestSites.content("multilingual"), LocalDate.of(2025, 6, 1)).library();
        Library shown = Preview.withDrafts(library, "http://127.0.0.1:8000/");
        assertEquals(4, shown.claimTranslations().size());
        assertEquals(library.claimTranslations(), shown.claimTranslations());
        assertEquals(library.articleTranslations(), shown.articleTranslations());
        assertEquals("Has Zelenodar's school spending doubled?", shown.edition("en").claims().stream()
                .filter(c -> c.slug().equals("schools-budget-doubled")).findFirst().orElseThrow().headline());
    }
}
