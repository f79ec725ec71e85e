package org.factpress.render;

import java.io.IOException;
import java.util.List;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.render.pdf.ArticleBrief;
import org.factpress.render.pdf.PrintTheme;

/**
 * Render stage for print: a PDF brief per source article, laid out from the theme's templates in
 * {@code templates/pdf/} (see {@link org.factpress.render.pdf}).
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

    /** Writes {@code briefs/<slug>.pdf} for every source article with published claims. */
    public void renderAll(OutputSink out) throws IOException, TemplateProblem {
        ArticleBrief briefs = new ArticleBrief(theme);
        for (SourceArticle a : library.articles()) {
            List<ClaimView> claims = ArticleHighlighter.highlight(a, views.claimsOf(a)).claimsInTextOrder();
            if (!claims.isEmpty()) {
                out.write(Urls.brief(a.slug()), briefs.render(a, claims).bytes());
            }
        }
    }
}
