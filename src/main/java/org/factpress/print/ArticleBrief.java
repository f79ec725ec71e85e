package org.factpress.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factpress.model.SourceArticle;
import org.factpress.theme.TemplateProblem;
import org.factpress.view.ClaimView;
import org.factpress.view.UpdateLog;
import org.factpress.view.Urls;

/**
 * The brief on one source article: every checked claim in it, in the order the article makes them, each with its
 * corrections and updates; a withdrawn check stays in, marked withdrawn, so a reprint does not drop it unsaid.
 */
public final class ArticleBrief {
    private final PrintTheme theme;

    public ArticleBrief(PrintTheme theme) {
        this.theme = theme;
    }

    /** {@code logs}: each check's update log by its slug, as its page shows it. */
    public PdfLayout.Pdf render(SourceArticle a, List<ClaimView> claims, Map<String, UpdateLog> logs)
            throws IOException, TemplateProblem {
        Map<String, Object> m = theme.model();
        m.put("a", a);
        m.put("claims", claims);
        m.put("logOf", logs);
        m.put("staleOf", theme.staleNotes(claims));
        m.put("articleUrl", theme.urls().absolute(Urls.article(a.slug())));
        LocalDate date = claims.stream().map(c -> c.claim().lastChanged()).max(LocalDate::compareTo)
                .orElse(a.published());
        TreeSet<String> keywords = new TreeSet<>();
        claims.forEach(c -> keywords.addAll(c.claim().tags()));
        List<String> kw = new java.util.ArrayList<>(List.of(theme.words().t("print.brief.keyword")));
        kw.addAll(keywords);
        return theme.pdf("pdf/brief.ftlh", m, theme.info(theme.words().t("print.brief.title", a.title()),
                theme.words().t("print.brief.subject", a.title(), a.publisher()), kw, date));
    }
}
