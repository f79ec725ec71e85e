package org.factpress.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factpress.theme.TemplateProblem;
import org.factpress.view.ClaimView;
import org.factpress.view.UpdateLog;

/**
 * The one-page fact brief on a claim, in the manner of Gigafact's: the headline question, the quote and who said
 * it, the verdict, every correction and update (both verdicts of a rating change), an answer in under 150 words and
 * the sources. The analysis past the answer and sources past the first few are left to the page online, and the
 * brief says so beside the QR code to it, so that it stays one page. A withdrawn check is marked withdrawn.
 */
public final class ClaimBrief {
    public static final int MAX_SOURCES = 5;

    private final PrintTheme theme;

    public ClaimBrief(PrintTheme theme) {
        this.theme = theme;
    }

    /** {@code log}: the check's corrections and updates as its page shows them. */
    public PdfLayout.Pdf render(ClaimView c, UpdateLog log) throws IOException, TemplateProblem {
        Map<String, Object> m = theme.model();
        m.put("c", c);
        m.put("updates", log.entries());
        String stale = theme.staleNote(c);
        if (stale != null) {
            m.put("stale", stale);
        }
        if (log.withdrawal() != null) {
            m.put("withdrawal", log.withdrawal());
        }
        ShortAnswer.Answer answer = ShortAnswer.answer(c.claim().summary(), c.claim().analysis(), ShortAnswer.WORD_LIMIT);
        m.put("answer", answer.paragraphs());
        m.put("answerWhole", answer.whole());
        m.put("sources", c.claim().sources().stream().limit(MAX_SOURCES).toList());
        m.put("moreSources", Math.max(0, c.claim().sources().size() - MAX_SOURCES));
        List<String> keywords = new ArrayList<>(List.of(theme.words().t("print.fact_brief.keyword"), c.rating().label()));
        keywords.addAll(c.claim().tags());
        return theme.pdf("pdf/claim-brief.ftlh", m, theme.info(theme.words().t("print.fact_brief.title", c.claim().headline()),
                c.rating().label() + ": " + c.claim().summary(), keywords, c.claim().lastChanged()));
    }
}
