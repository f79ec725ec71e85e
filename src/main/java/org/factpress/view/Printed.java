package org.factpress.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factpress.model.PrintWindow;
import org.factpress.model.SourceArticle;

/**
 * Which print files a build makes, by site.yaml's print window: the renderer of print files writes exactly these,
 * and pages link to exactly these, so no page links to a file that is not there.
 *
 * <p>In a language's edition, a document is printed in that language only: a fact brief and a share card for each
 * check translated into it, an article brief for each article translated into it, with its checks that are. A
 * reader handed an English brief expects English; the check's own brief, in its original language, is the
 * default edition's. The digest reports every check of its period, an untranslated one in its original words,
 * marked (see {@link #translated}).
 */
public final class Printed {
    private final boolean pdf;
    private final PrintWindow window;
    private final Views views;
    private final org.factpress.model.Library library;
    private final LocalDate newest;
    private final Map<String, List<ClaimView>> byArticle;

    /** {@code pdf}: whether the build makes print files at all (off with --no-pdf). */
    public Printed(boolean pdf, PrintWindow window, Views views) {
        this.pdf = pdf;
        this.window = window;
        this.views = views;
        this.library = views.library();
        List<ClaimView> claims = views.claims();
        this.newest = claims.stream().map(c -> c.claim().byline().published()).max(LocalDate::compareTo).orElse(null);
        this.byArticle = views.pages().stream().filter(this::translated)
                .collect(Collectors.groupingBy(c -> c.article().slug()));
    }

    /** A check's one-page fact brief. */
    public boolean factBrief(ClaimView c) {
        return pdf && translated(c) && window.factBriefs().covers(c.claim().byline().published(), newest);
    }

    /** A check's share card, its og:image. */
    public boolean card(ClaimView c) {
        return pdf && translated(c) && window.cards().covers(c.claim().byline().published(), newest);
    }

    /**
     * The checks an article's brief prints, those in this edition's language: withdrawn ones too, marked, since a
     * brief reprinted without them would drop a check unsaid.
     */
    public List<ClaimView> checksOf(SourceArticle a) {
        return byArticle.getOrDefault(a.slug(), List.of());
    }

    /**
     * Whether the check stands in this edition's language: always in the default edition, in another when it is
     * translated into it.
     */
    public boolean translated(ClaimView c) {
        return library.standsHere(c.claim());
    }

    /**
     * An article's brief: when it stands in this edition's language and has checks that do, and its newest check
     * is in the window.
     */
    public boolean articleBrief(SourceArticle a) {
        List<ClaimView> checks = checksOf(a);
        if (!pdf || checks.isEmpty() || !library.standsHere(a)) {
            return false;
        }
        LocalDate latest = checks.stream().map(c -> c.claim().byline().published()).max(LocalDate::compareTo)
                .orElseThrow();
        return window.articleBriefs().covers(latest, newest);
    }
}
