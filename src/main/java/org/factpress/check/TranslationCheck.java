package org.factpress.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factpress.diagnostics.DidYouMean;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;
import org.factpress.model.ArticleTranslation;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Staleness;
import org.factpress.model.Update;

/**
 * What a translation must agree on with its site and its original: it is in one of the site's other languages,
 * its original exists, its translator is in people.yaml, its quote stands in the article's translation (when the
 * article has one), its update notes translate updates the original has; and a warning when the original changed
 * after the translation was brought up to date.
 */
final class TranslationCheck {
    private final Library library;
    private final Problems problems;
    private final ContentCheck.Quotes quotes;
    /** The checks shared with originals: people, quotes, dates, tag pages, positions as editors read them. */
    private final ContentCheck check;

    TranslationCheck(Library library, Problems problems, ContentCheck.Quotes quotes, ContentCheck check) {
        this.library = library;
        this.problems = problems;
        this.quotes = quotes;
        this.check = check;
    }

    void run() {
        for (ArticleTranslation t : library.articleTranslations()) {
            language(t.language(), t.origin().file(), "article.md");
        }
        // Those that loaded, then those read in part, each checked as far as it was read: one run, every problem.
        List<ClaimTranslation> translations = new ArrayList<>(library.claimTranslations());
        for (org.factpress.model.Unread.TranslationRefs t : library.unread().translations()) {
            if (t.partial() != null) {
                translations.add(t.partial());
            }
        }
        for (ClaimTranslation t : translations) {
            language(t.language(), t.origin().file(), t.claimSlug() + ".md");
            check.person(t.origin(), "translator", t.translatorId());
            check.notInFuture(t.origin(), "translated", t.translated());
            if (t.quote() != null) {
                check.quoteLength(t.origin(), t.quote());
            }
            FieldLengths.check(problems, t.origin(), "headline", t.headline());
            FieldLengths.check(problems, t.origin(), "summary", t.summary());
            FieldLengths.check(problems, t.origin(), "rating_explanation", t.ratingExplanation());
            FieldLengths.check(problems, t.origin(), "verdict", t.conclusion());
            original(t).ifPresent(original -> againstOriginal(original, t));
        }
        for (Language l : library.site().languages()) {
            if (!l.code().equals(library.site().defaultLanguage())) {
                tagPages(l.code());
            }
        }
    }

    /** A translation's language is one of the site's, and not the default one its original is written in. */
    private void language(String code, java.nio.file.Path file, String original) {
        List<String> codes = library.site().languages().stream().map(Language::code).toList();
        String base = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('.'));
        Position at = Position.ofFile(file);
        if (code.equals(library.site().defaultLanguage())) {
            problems.error(at, "a translation into " + code + ", the site's default language, which the original ("
                    + original + ") is written in", "remove this file, or name it for the language it is in: "
                    + base + ".<code>.md");
        } else if (!codes.contains(code) && !library.unread().siteUnread()) {
            // Two-letter codes are all near one another: only the same code in other capitals is a slip.
            String hint = codes.stream().filter(code::equalsIgnoreCase).findFirst()
                    .map(n -> "did you mean '" + n + "'? rename the file " + base + "." + n + ".md")
                    .orElse(codes.size() == 1
                            ? "to publish in " + code + ", list the site's languages in site.yaml, the default first:"
                                    + " languages: [{code: " + codes.get(0) + ", name: ...}, {code: " + code
                                    + ", name: ...}]"
                            : "add {code: " + code + ", name: ...} to 'languages' in site.yaml");
            problems.error(at, "translation into '" + code + "', which is not one of the site's languages ("
                    + String.join(", ", codes) + ")", hint);
        }
    }

    /**
     * The check a translation translates: {@code <slug>.md} in the same folder. Missing is an error naming the
     * nearest claim there; an original that did not load has its own errors.
     */
    private Optional<Claim> original(ClaimTranslation t) {
        Optional<Claim> original = library.claims().stream()
                .filter(c -> c.slug().equals(t.claimSlug()) && c.articleSlug().equals(t.articleSlug())).findFirst();
        if (original.isPresent()) {
            return original;
        }
        List<String> inFolder = new ArrayList<>();
        library.claims().stream().filter(c -> c.articleSlug().equals(t.articleSlug())).forEach(c -> inFolder.add(c.slug()));
        library.unread().claims().stream().filter(c -> c.articleSlug().equals(t.articleSlug()))
                .forEach(c -> inFolder.add(c.slug()));
        if (inFolder.contains(t.claimSlug())) {
            return Optional.empty(); // the original did not load: its file's errors say why
        }
        String file = t.origin().file().getFileName().toString();
        String suffix = file.substring(file.indexOf('.')); // ".en.md"
        Optional<String> nearest = DidYouMean.nearest(t.claimSlug(), inFolder);
        String hint = nearest.map(n -> {
            String taken = n + suffix;
            // Renaming onto a translation that is there would only trade this error for a clash.
            return java.nio.file.Files.exists(t.origin().file().resolveSibling(taken))
                    ? "a translation into " + t.language() + " already exists (" + taken + "); remove this file,"
                            + " or, if it translates another check, name it after that check: <claim-slug>" + suffix
                    : "did you mean '" + n + "'? rename the file " + taken;
        }).orElse("a translation is named after its original: <claim-slug>.<code>.md beside <claim-slug>.md");
        problems.error(new Position(t.origin().file(), 1, 1), "translation of '" + t.claimSlug()
                + "', but there is no " + t.claimSlug() + ".md beside it in articles/" + t.articleSlug() + "/", hint);
        return Optional.empty();
    }

    private void againstOriginal(Claim original, ClaimTranslation t) {
        // The quote as it stands in the article's translation; with none, there is nothing to find it in.
        library.article(original.articleSlug()).flatMap(a -> library.translation(a, t.language()))
                .filter(a -> t.quote() != null).ifPresent(a -> {
            Claim translated = original.in(t);
            check.quote(translated, t.origin(), a.body(), quotes.find(a.body(), translated.statement().quote()));
        });
        Set<java.time.LocalDate> updated = original.updates().stream().map(Update::date).collect(Collectors.toSet());
        for (int i = 0; i < t.notes().size(); i++) {
            ClaimTranslation.UpdateNote note = t.notes().get(i);
            if (!updated.contains(note.date())) {
                String dates = original.updates().isEmpty() ? "the original has no updates"
                        : "the original's updates are dated " + String.join(", ",
                                original.updates().stream().map(u -> u.date().toString()).distinct().toList());
                problems.error(t.origin().at("updates[" + i + "].date"), "the original has no update on "
                        + note.date() + " for this note to translate", dates + "; give the date of the update this"
                        + " note translates, or remove it");
            }
        }
        Optional.ofNullable(t.translated()).flatMap(d -> Staleness.of(original, t)).ifPresent(stale -> problems.warning(t.origin().at("translated"),
                library.site().defaultLanguage() + " original " + check.where(Position.ofFile(original.origin().file()))
                        + " " + stale.describe() + "; " + t.language() + " translation dated " + t.translated(),
                "bring the " + t.language() + " words up to date with the original, then set 'translated:' to the"
                        + " day you did"));
    }

    /**
     * In one edition, two tags written differently would share a page, as in the default language; between two
     * originals' tags the default language's check has said so already.
     */
    private void tagPages(String language) {
        List<ContentCheck.Tags> tags = new ArrayList<>();
        for (Claim c : library.claims()) {
            Optional<ClaimTranslation> t = library.translation(c, language).filter(x -> !x.tags().isEmpty());
            tags.add(t.map(x -> new ContentCheck.Tags(x.tags(), x.origin(), true))
                    .orElse(new ContentCheck.Tags(c.tags(), c.origin(), false)));
        }
        check.tagPages(tags, language);
    }
}
