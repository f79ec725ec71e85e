package org.factpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.Factpress;

/** A new claim's comment lists what the site's scale accepts: every id with its label, off-scale ones too. */
class NewClaimRatingsTest {
    @TempDir
    Path dir;

    private String newClaim(ContentTree t) throws Exception {
        Factpress.Run r = Factpress.run("new", "claim", "bridge-report", "new-check", "--content", t.root().toString());
        assertEquals(Main.OK, r.status(), r.err());
        return Files.readString(t.path("articles/bridge-report/new-check.md"));
    }

    @Test
    void theDefaultScaleWithItsLabelsOffTheScale() throws Exception {
        String claim = newClaim(ContentTree.valid(dir.resolve("content")));
        String comment = String.join(" ", claim.lines().dropWhile(l -> !l.startsWith("# Ratings"))
                .takeWhile(l -> l.startsWith("# Ratings") || l.startsWith("#  ") && !l.startsWith("#   "))
                .map(l -> l.replaceFirst("^#  ?", "").strip()).toList());
        assertEquals("Ratings this site accepts: true (True), mostly-true (Mostly true), half-true (Half true),"
                + " mostly-false (Mostly false), false (False), pants-on-fire (Pants on fire); off the scale:"
                + " misleading (Misleading), missing-context (Missing context), unproven (Unproven), satire (Satire)",
                comment);
        assertTrue(claim.lines().allMatch(l -> l.length() <= 112), claim);
    }

    @Test
    void aPresetScale() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content")).edit("site.yaml", "language: en",
                "language: en\nrating_scale: afp");
        String claim = newClaim(t);
        assertTrue(claim.contains("# Ratings this site accepts: true (True), partly-false (Partly false), false (False);"
                + " off the scale:"), claim);
        assertTrue(claim.contains("altered (Altered)"), claim);
    }
}
