package org.factpress.render;

import java.io.IOException;
import java.util.List;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.render.pdf.ArticleBrief;
import org.factpress.render.pdf.ClaimBrief;
import org.factpress.render.pdf.DigestPeriod;
import org.factpress.render.pdf.DigestReport;
import org.factpress.render.pdf.PrintTheme;
import org.factpress.render.pdf.ShareCard;

/**
 * Render stage for print, from the theme's templates in {@code templates/pdf/} (laid out by
 * {@link org.factpress.render.pdf}): a brief per source article, a one-page fact brief and a share card per claim,
 * and a digest report per period of site.yaml's {@code digest}.
 */
public final class BriefRenderer {
    private final Library library;
    private final Views views;
    private final PrintTheme theme;

    public BriefRenderer(Library library, Templates templates, Views views) {
        this.library = library;
        this.views = views;
        this.theme = new PrintTheme(library, templates);
    }

    public void renderAll(OutputSink out) throws IOException, TemplateProblem {
        ArticleBrief briefs = new ArticleBrief(theme);
        for (SourceArticle a : library.articles()) {
            List<ClaimView> claims = ArticleHighlighter.highlight(a, views.claimsOf(a)).claimsInTextOrder();
            if (!claims.isEmpty()) {
                out.write(Urls.brief(a.slug()), briefs.render(a, claims).bytes());
            }
        }
        ClaimBrief factBriefs = new ClaimBrief(theme);
        ShareCard cards = new ShareCard(theme);
        for (ClaimView c : views.claims()) {
            out.write(Urls.claimBrief(c.claim().slug()), factBriefs.render(c).bytes());
            out.write(Urls.card(c.claim().slug()), cards.render(c));
        }
        List<DigestPeriod> periods = DigestPeriod.covering(library.site().print().digest(),
                views.claims().stream().map(c -> c.claim().published()).toList());
        for (DigestPeriod p : periods) {
            out.write(Urls.digest(p.name()), digest(p));
        }
    }

    /** The digest report over {@code period}: the checks published in it. */
    public byte[] digest(DigestPeriod period) throws IOException, TemplateProblem {
        return new DigestReport(theme).render(period, views.claims()).bytes();
    }
}
