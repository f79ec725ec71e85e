package org.factpress.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factpress.html.ArticleHighlighter;
import org.factpress.incremental.OutputSink;
import org.factpress.incremental.PrintCache;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimView;
import org.factpress.view.Correction;
import org.factpress.view.Printed;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/**
 * Render stage for print, from the theme's templates in {@code templates/pdf/} (laid out by
 * {@link org.factpress.print}): a brief per source article, a one-page fact brief and a share card per claim,
 * and a digest report per period of site.yaml's {@code digest}; briefs and cards only for the checks in its print
 * window ({@link Printed}).
 */
public final class BriefRenderer {
    private final Library library;
    private final Views views;
    private final PrintTheme theme;

    public BriefRenderer(Library library, Templates templates, Views views) {
        this(library, templates, views, null, null);
    }

    /**
     * With {@code cache} (may be null): documents whose input did not change since the last build are reused;
     * {@code sourceDateEpoch} (SOURCE_DATE_EPOCH as the entry point read it, may be null) dates every document.
     */
    public BriefRenderer(Library library, Templates templates, Views views, PrintCache cache, String sourceDateEpoch) {
        this.library = library;
        this.views = views;
        this.theme = new PrintTheme(views, templates, cache, sourceDateEpoch);
    }

    /**
     * Every document, on {@code workers}' threads: each depends only on the model, so the bytes do not change. All
     * kinds share one queue, so that no core waits for the last article brief while the other has nothing left.
     */
    public void renderAll(OutputSink out, Workers workers) throws IOException, TemplateProblem {
        List<Document> all = documents(out, library.site().print().window()).stream().map(Piece::document).toList();
        workers.forEach(all, Document::write);
    }

    /**
     * One document to lay out and write, and the day of the check it prints ({@code null} for a digest, which is
     * always printed): an article brief's is its newest check's, as in {@link Printed#articleBrief}.
     */
    public record Piece(java.time.LocalDate published, Document document) {}

    /** The documents of {@code window} and every digest, each writing to {@code out} when run. */
    public List<Piece> documents(OutputSink out, org.factpress.model.PrintWindow window) {
        ArticleBrief briefs = new ArticleBrief(theme);
        ClaimBrief factBriefs = new ClaimBrief(theme);
        ShareCard cards = new ShareCard(theme);
        List<Piece> documents = new ArrayList<>();
        Printed printed = new Printed(true, window, views);
        for (SourceArticle a : library.articles()) {
            if (!printed.articleBrief(a)) {
                continue;
            }
            java.time.LocalDate newest = printed.checksOf(a).stream().map(c -> c.claim().byline().published())
                    .max(java.time.LocalDate::compareTo).orElse(null);
            documents.add(new Piece(newest, () -> {
                List<ClaimView> claims = ArticleHighlighter.highlight(a, printed.checksOf(a)).claimsInTextOrder();
                if (!claims.isEmpty()) {
                    out.write(Urls.brief(a.slug()), briefs.render(a, claims, views.logs(claims)).bytes());
                }
            }));
        }
        for (ClaimView c : views.pages()) {
            java.time.LocalDate published = c.claim().byline().published();
            if (printed.factBrief(c)) {
                documents.add(new Piece(published,
                        () -> out.write(Urls.claimBrief(c.claim().slug()), factBriefs.render(c, views.log(c)).bytes())));
            }
            if (printed.card(c)) {
                documents.add(new Piece(published, () -> out.write(Urls.card(c.claim().slug()), cards.render(c))));
            }
        }
        List<DigestPeriod> periods = DigestPeriod.covering(library.site().print().digest(),
                views.claims().stream().map(c -> c.claim().byline().published()).toList());
        for (DigestPeriod p : periods) {
            documents.add(new Piece(null, () -> out.write(Urls.digest(p.name()), digest(p))));
        }
        return documents;
    }

    /** One document to lay out and write. */
    @FunctionalInterface
    public interface Document {
        void write() throws IOException, TemplateProblem;
    }

    /** The digest report over {@code period}: the checks published in it. */
    public byte[] digest(DigestPeriod period) throws IOException, TemplateProblem {
        return new DigestReport(theme).render(period, views.claims(), updates(views.claims())).bytes();
    }

    /** Each check's corrections and updates, newest first, by its slug. */
    private Map<String, List<Correction>> updates(List<ClaimView> claims) {
        Map<String, List<Correction>> out = new HashMap<>();
        claims.forEach(c -> out.put(c.claim().slug(), views.updates(c)));
        return out;
    }
}
