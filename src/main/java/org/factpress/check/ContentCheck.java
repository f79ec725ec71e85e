package org.factpress.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Person;
import org.factpress.model.SourceArticle;
import org.factpress.text.ArticleText;

/**
 * Check stage: what the content contract forbids across files. People and ratings must exist, slugs must be
 * unique, and every quote must stand in its article's text.
 */
public final class ContentCheck {
    private final Library library;
    private final Problems problems;

    private ContentCheck(Library library, Problems problems) {
        this.library = library;
        this.problems = problems;
    }

    public static void run(Library library, Problems problems) {
        new ContentCheck(library, problems).run();
    }

    private void run() {
        Map<String, Claim> bySlug = new HashMap<>();
        Map<String, ArticleText> texts = new HashMap<>();
        for (Claim claim : library.claims()) {
            Claim first = bySlug.putIfAbsent(claim.slug(), claim);
            if (first != null) {
                problems.error(new org.factpress.model.Position(claim.origin().file(), 1, 1), "duplicate claim slug '" + claim.slug() + "'",
                        "also used by " + first.origin().file() + "; claim pages live at claims/<slug>/, so rename one file");
            }
            person(claim, "claimant", claim.claimantId());
            person(claim, "author", claim.authorId());
            if (claim.editorId() != null) {
                person(claim, "editor", claim.editorId());
            }
            if (library.site().scale().find(claim.ratingId()).isEmpty()) {
                problems.error(claim.origin().at("rating"), "unknown rating '" + claim.ratingId() + "'",
                        DidYouMean.hint(claim.ratingId(), library.site().scale().ids()));
            }
            if (claim.updated() != null && claim.updated().isBefore(claim.published())) {
                problems.warning(claim.origin().at("updated"), "'updated' (" + claim.updated()
                        + ") is before 'published' (" + claim.published() + ")", "check both dates");
            }
            library.article(claim.articleSlug()).ifPresent(article ->
                    quote(claim, texts.computeIfAbsent(article.slug(), s -> ArticleText.of(article.body()))));
        }
        for (SourceArticle article : library.articles()) {
            if (library.claimsOf(article).isEmpty()) {
                problems.warning(article.origin().at("title"), "source article has no claims",
                        "add a claim file next to article.md");
            }
        }
    }

    private void person(Claim claim, String field, String id) {
        if (library.person(id).isEmpty()) {
            problems.error(claim.origin().at(field), "unknown person '" + id + "' in '" + field + "'",
                    hintForPerson(id));
        }
    }

    private String hintForPerson(String id) {
        List<String> ids = List.copyOf(library.people().keySet());
        String hint = DidYouMean.nearest(id, ids).map(n -> "did you mean '" + n + "'?").orElse(null);
        if (hint == null) {
            // Editors often type the name, not the id.
            hint = library.people().values().stream()
                    .filter(p -> p.name().equalsIgnoreCase(id))
                    .map(Person::id).findFirst().map(n -> "did you mean '" + n + "'?")
                    .orElse("add '" + id + "' to people.yaml, or use one of its ids");
        }
        return hint;
    }

    private void quote(Claim claim, ArticleText text) {
        List<Integer> found = text.find(claim.quote());
        if (found.isEmpty()) {
            String near = text.closestPassage(claim.quote());
            problems.error(claim.origin().at("quote"), "quote not found in the article text",
                    near.isEmpty() ? null : "closest passage: \"" + near + "\"");
        } else if (claim.occurrence() != null && claim.occurrence() > found.size()) {
            problems.error(claim.origin().at("occurrence"), "occurrence " + claim.occurrence()
                    + " asked for, but the quote occurs " + found.size() + " time(s) in the article", null);
        } else if (found.size() > 1 && claim.occurrence() == null && claim.isPublished()) {
            problems.warning(claim.origin().at("quote"), "quote occurs " + found.size()
                    + " times in the article; the first is highlighted", "add 'occurrence: N' to choose another");
        }
    }
}
