package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;
import org.factpress.TestSite;
import org.factpress.build.SiteBuild;
import org.factpress.view.Views;

/** A fact-check page lists the latest few related checks and links the full list, not every one of them. */
class RelatedChecksTest {
    @TempDir
    Path dir;

    @Test
    void aBusyClaimantsChecksAreListedFiveAtATimeWithALinkToAll() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        for (int i = 0; i < 7; i++) {
            t.write("articles/bridge-report/again-" + i + ".md", ContentTree.claim("four billion euros", "jane-minister",
                    "false", "Again " + i + "?", "2025-04-0" + (i + 1)).replace("published: 2025", "occurrence: 1\npublished: 2025"));
        }
        Path out = dir.resolve("site");
        var r = SiteBuild.build(new SiteBuild.Options(t.root(), Path.of("templates"), out, null, false));
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        Document page = TestSite.html(out.resolve("claims/bridge-cost/index.html"));
        var list = page.select("#same-claimant ~ ul li");
        assertEquals(Views.RELATED, list.size());
        // Newest first: the latest five of Jane Minister's seven other checks.
        assertEquals("Again 6?", list.get(0).selectFirst("a").text());
        assertEquals("All 8 checks of Jane Minister", page.selectFirst("#same-claimant ~ p a").text());
        assertEquals("/factpress/people/jane-minister/", page.selectFirst("#same-claimant ~ p a").attr("href"));
        // The article's other checks leave out the five already listed under the claimant: the two older
        // "Again" checks and the Daily News's.
        var others = page.select("#same-article ~ ul li a").eachText();
        assertEquals(java.util.List.of("Again 1?", "Again 0?", "Did the figure count the roads?"), others);
        for (String shown : list.select("a").eachText()) {
            assertFalse(others.contains(shown), shown);
        }
        assertEquals("All 9 checks of this article", page.selectFirst("#same-article ~ p a").text());
    }
}
