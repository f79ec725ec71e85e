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
 * it, the verdict, every correction and update (both verdicts of a rating change), the answer: the summary and as
 * much of the analysis as the page holds (at least what fits 150 words), and the sources. The analysis past the
 * answer and sources past the first few are left to the page online, and the brief says so beside the QR code to
 * it, so that it stays one page. A withdrawn check is marked withdrawn.
 */
public final class ClaimBrief {
    public static final int MAX_SOURCES = 5;
    /** About what a page of A4 or letter holds beside the rest of a typical brief: the most the answer tries. */
    static final int PAGE_WORDS = 360;
    /** Layouts of the binary search for the longest answer that fits, after the whole one did not. */
    static final int MAX_TRIES = 4;

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
        m.put("sources", c.claim().sources().stream().limit(MAX_SOURCES).toList());
        m.put("moreSources", Math.max(0, c.claim().sources().size() - MAX_SOURCES));
        List<String> keywords = new ArrayList<>(List.of(theme.words().t("print.fact_brief.keyword"), c.rating().label()));
        keywords.addAll(c.claim().tags());
        DocumentInfo info = theme.info(theme.words().t("print.fact_brief.title", c.claim().headline()),
                c.rating().label() + ": " + c.claim().summary(), keywords, c.claim().lastChanged());
        // As much of the analysis as the page holds: the whole answer if it stays one page, else the most
        // paragraphs that do (a binary search of a few layouts); failing that, today's 150 words, set smaller.
        ShortAnswer.Answer longest = ShortAnswer.answer(c.claim().summary(), c.claim().analysis(), PAGE_WORDS);
        List<String> paragraphs = longest.paragraphs();
        m.put("compact", false);
        PdfLayout.Pdf pdf = layout(m, info, paragraphs, paragraphs.size(), longest.whole());
        if (pdf.pages() == 1) {
            return pdf;
        }
        PdfLayout.Pdf fits = null;
        int most = 0;
        int least = paragraphs.size() - 1;
        for (int tries = 0; most < least && tries < MAX_TRIES; tries++) {
            int n = (most + least + 1) / 2;
            pdf = layout(m, info, paragraphs, n, false);
            if (pdf.pages() == 1) {
                most = n;
                fits = pdf;
            } else {
                least = n - 1;
            }
        }
        if (fits != null) {
            return fits;
        }
        ShortAnswer.Answer answer = ShortAnswer.answer(c.claim().summary(), c.claim().analysis(), ShortAnswer.WORD_LIMIT);
        m.put("compact", true);
        return layout(m, info, answer.paragraphs(), answer.paragraphs().size(), answer.whole());
    }

    /** The brief with the first {@code n} of {@code paragraphs} as its answer. */
    private PdfLayout.Pdf layout(Map<String, Object> m, DocumentInfo info, List<String> paragraphs, int n,
                                 boolean whole) throws IOException, TemplateProblem {
        m.put("answer", paragraphs.subList(0, n));
        m.put("answerWhole", whole);
        return theme.pdf("pdf/claim-brief.ftlh", m, info);
    }
}
