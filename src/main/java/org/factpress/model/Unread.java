package org.factpress.model;

import java.util.List;
import java.util.Set;

/**
 * What the content holds but could not be loaded whole, so that the checks count it as present: a claim file with
 * a bad date still names its claimant (who is then "used", and must exist), and its article still "has claims".
 *
 * @param claims        claim files that did not load, with the references that could be read
 * @param people        ids people.yaml gives whose entries did not load: they exist, their entries are wrong
 * @param peopleUnread  people.yaml could not be read at all: no id can be said to be unknown
 * @param scaleUnread   site.yaml's rating scale could not be read: no rating can be said to be unknown
 * @param siteUnread    site.yaml did not load: what it lacks cannot be told
 * @param translations  translated checks that did not load, with the translator they name
 * @param articles      source articles that did not load but whose text was read ({@link SourceArticle#body()}),
 *                      as far as they were read (a field that did not load is null): their claims' quotes are
 *                      still looked for in that text
 */
public record Unread(List<ClaimRefs> claims, Set<String> people, boolean peopleUnread, boolean scaleUnread,
        boolean siteUnread, List<TranslationRefs> translations, List<SourceArticle> articles) {
    public static final Unread NONE = new Unread(List.of(), Set.of(), false, false, false);

    public Unread {
        claims = List.copyOf(claims);
        people = Set.copyOf(people);
        translations = List.copyOf(translations);
        articles = List.copyOf(articles);
    }

    /** With no translation or article that did not load. */
    public Unread(List<ClaimRefs> claims, Set<String> people, boolean peopleUnread, boolean scaleUnread,
            boolean siteUnread) {
        this(claims, people, peopleUnread, scaleUnread, siteUnread, List.of(), List.of());
    }

    /**
     * A translated check that did not load. {@code readable}: its front matter was read, and {@code translator} is
     * the id it gives (null when absent); false when even that failed, and it may name anyone. {@code partial}: for
     * a readable file, the translation as far as it was read (a field that did not load is null), checked as such.
     */
    public record TranslationRefs(Origin origin, boolean readable, String translator, ClaimTranslation partial) {
        public TranslationRefs(Origin origin, boolean readable, String translator) {
            this(origin, readable, translator, null);
        }
    }

    /**
     * A claim file that did not load. {@code readable}: its front matter was read (the ids below are those it gives,
     * each null when absent); false when even that failed, and it may name anyone. {@code partial}: for a readable
     * file, the claim as far as it was read (a field that did not load is null), so that every check that does not
     * need the missing field still runs on it: one run reports every problem of the file.
     */
    public record ClaimRefs(String slug, String articleSlug, Origin origin, boolean readable, String claimant,
            String author, String editor, String rating, Claim partial) {
        public ClaimRefs(String slug, String articleSlug, Origin origin, boolean readable, String claimant,
                String author, String editor, String rating) {
            this(slug, articleSlug, origin, readable, claimant, author, editor, rating, null);
        }
    }

    /** A source article's text by its slug: the loaded article's, else that of one that did not load whole. */
    public java.util.Optional<SourceArticle> articleRead(String slug) {
        return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** True when some claim file could not be read at all, so who it names is unknown. */
    public boolean someClaimUnreadable() {
        return claims.stream().anyMatch(c -> !c.readable());
    }

    /** True when some translated check could not be read at all, so who translated it is unknown. */
    public boolean someTranslationUnreadable() {
        return translations.stream().anyMatch(t -> !t.readable());
    }
}
