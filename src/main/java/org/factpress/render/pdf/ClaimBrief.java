package org.factpress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factpress.render.ClaimView;
import org.factpress.render.TemplateProblem;

/**
 * The one-page fact brief on a claim, in the manner of Gigafact's: the headline question, the verdict, an answer
 * in under 150 words and the sources. Sources past the first few are left to the page online, so it stays one page.
 */
public final class ClaimBrief {
    public static final int MAX_SOURCES = 5;

    private final PrintTheme theme;

    public ClaimBrief(PrintTheme theme) {
        this.theme = theme;
    }

    public PdfLayout.Pdf render(ClaimView c) throws IOException, TemplateProblem {
        Map<String, Object> m = theme.model();
        m.put("c", c);
        m.put("answer", ShortAnswer.paragraphs(c.claim().summary(), c.claim().analysis(), ShortAnswer.WORD_LIMIT));
        m.put("sources", c.claim().sources().stream().limit(MAX_SOURCES).toList());
        m.put("moreSources", Math.max(0, c.claim().sources().size() - MAX_SOURCES));
        List<String> keywords = new ArrayList<>(List.of("fact brief", c.rating().label()));
        keywords.addAll(c.claim().tags());
        return theme.pdf("pdf/claim-brief.ftlh", m, theme.info("Fact brief: " + c.claim().headline(),
                c.rating().label() + ": " + c.claim().summary(), keywords, c.claim().lastChanged()));
    }
}
