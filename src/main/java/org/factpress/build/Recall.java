package org.factpress.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factpress.check.ContentCheck;
import org.factpress.check.PrintableText;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Problems;
import org.factpress.incremental.ByIdentity;
import org.factpress.incremental.KeptAnalyses;
import org.factpress.incremental.KeptQuotes;
import org.factpress.incremental.KeptReads;
import org.factpress.incremental.Memo;
import org.factpress.load.ContentLoader;
import org.factpress.load.FolderAsSeen;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.SourceArticle;
import org.factpress.text.ArticleText;
import org.factpress.text.Markdown;
import org.factpress.view.Views;

/**
 * What serve keeps from one build to the next, so that a save costs what it changed: the files as read, the
 * articles' searchable texts and the analyses as HTML. Each is kept by what it is made from, so nothing kept can
 * be stale; what the last build did not use is let go.
 */
public final class Recall {
    private final FolderAsSeen folder = new FolderAsSeen();
    private final Memo<String, ArticleText> articleTexts = new Memo<>();
    /** The build's own memos, kept in memory: the same code and key rule as on disk. */
    private final KeptReads files = KeptReads.inMemory();
    private final KeptQuotes quotesFound = KeptQuotes.inMemory();
    private final KeptAnalyses analyses = KeptAnalyses.inMemory(Markdown::toHtml);

    /** By the claim or article as loaded: unchanged files give the very same object, so no field need be compared. */
    private final Memo<ByIdentity, List<Problem>> printChecks = new Memo<>();

    /** Anything under the content folder may have changed: the next check looks at every file again. */
    public void changedAll() {
        folder.changedAll();
    }

    /** Only {@code paths} changed, as the system reported: the next check looks at those again and trusts the rest. */
    public void changed(java.util.Collection<Path> paths) {
        folder.changed(paths);
    }

    /** The content folder loaded, each file read again only when its content changed; call once a check. */
    Library load(Path content, Problems problems) {
        files.nextRun();
        return ContentLoader.load(content, problems, files, folder);
    }

    /** Quotes found in articles, kept by the article's Markdown and the quote; call once a check. */
    ContentCheck.Quotes quotes() {
        articleTexts.nextRun();
        quotesFound.nextRun();
        return new ContentCheck.Quotes() {
            @Override
            public List<Integer> find(String article, String quote) {
                return quotesFound.find(article, quote, (a, q) -> text(a).find(q));
            }

            @Override
            public ArticleText text(String article) {
                return articleTexts.get(article, ArticleText::of);
            }
        };
    }

    /**
     * The PDF font-coverage check ({@link PrintableText#check}), run on each published claim and each article
     * with one apart, and kept for those unchanged: the same warnings as one run on the whole library.
     */
    void printable(Library library, Problems problems) {
        printChecks.nextRun();
        Map<String, Claim> firstOfArticle = new HashMap<>();
        for (Claim c : library.publishedClaims()) {
            firstOfArticle.putIfAbsent(c.articleSlug(), c);
            // Without its article: only the claim's own fields are looked at.
            problems.addAll(printChecks.get(new ByIdentity(c), k -> printable(library, List.of(), c, null)));
        }
        for (SourceArticle a : library.articles()) {
            Claim c = firstOfArticle.get(a.slug());
            if (c != null) {
                // The article's fields are looked at with its first published claim; that claim's are kept above.
                problems.addAll(printChecks.get(new ByIdentity(a), k -> printable(library, List.of(a), c, a.origin().file())));
            }
        }
        // Translations apart, each kept while it is the same: a published check's, and its article's.
        for (org.factpress.model.Language l : library.site().languages()) {
            for (Claim c : library.publishedClaims()) {
                library.translation(c, l.code()).ifPresent(t -> problems.addAll(
                        printChecks.get(new ByIdentity(t), k -> found(p -> PrintableText.check(t, p)))));
            }
            for (SourceArticle a : library.articles()) {
                if (firstOfArticle.containsKey(a.slug())) {
                    library.translation(a, l.code()).ifPresent(t -> problems.addAll(
                            printChecks.get(new ByIdentity(t), k -> found(p -> PrintableText.check(t, p)))));
                }
            }
        }
    }

    private static List<Problem> found(java.util.function.Consumer<Problems> check) {
        Problems found = new Problems();
        check.accept(found);
        return found.all();
    }

    private static List<Problem> printable(Library library, List<SourceArticle> articles, Claim claim, Path onlyIn) {
        Problems found = new Problems();
        PrintableText.check(new Library(library.site(), Map.of(), articles, List.of(claim)), found);
        return found.all().stream().filter(p -> onlyIn == null || p.position().file().equals(onlyIn)).toList();
    }

    /** Analyses as HTML, kept between builds; call once a build, before the views are made. */
    public Views.AnalysisHtml analyses() {
        analyses.nextRun();
        return analyses::html;
    }
}
