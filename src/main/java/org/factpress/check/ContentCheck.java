package org.factpress.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factpress.diagnostics.DidYouMean;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Byline;
import org.factpress.model.Claim;
import org.factpress.model.Library;
import org.factpress.model.Origin;
import org.factpress.model.Person;
import org.factpress.model.Source;
import org.factpress.model.SourceArticle;
import org.factpress.model.Statement;
import org.factpress.model.Unread;
import org.factpress.model.Update;
import org.factpress.text.ArticleText;

/**
 * Check stage: what the content contract forbids across files. People and ratings must exist, slugs must be
 * unique, and every quote must stand in its article's text. Warnings flag what is allowed but probably a slip.
 */
public final class ContentCheck {
    /** Fact-check search tools cut ClaimReview's claimReviewed text beyond this many characters. */
    public static final int CLAIM_REVIEWED_MAX = 75;
    /** An unknown person's hint lists people.yaml's ids up to this many, else the closest this many. */
    private static final int KNOWN_PEOPLE_SHOWN = 6;

    private final Library library;
    private final Problems problems;
    private final LocalDate today;
    private final Quotes quotes;
    /** The theme's words in the site's language, for the ratings as the site shows them; null: the scale's own. */
    private final org.factpress.text.ThemeWords words;

    /**
     * Where a quote stands in an article's text (given as its Markdown). Parsing articles and searching them are
     * the check's costly parts: a build parses each article once; serve keeps what it found between checks.
     */
    public interface Quotes {
        /** Start of every occurrence of {@code quote} in the article's text, as {@link ArticleText#find}. */
        List<Integer> find(String article, String quote);

        /** The article's text as searched. */
        ArticleText text(String article);

        /** Each article parsed once, for one check; quotes are looked for on several threads at once. */
        static Quotes perCheck() {
            Map<String, ArticleText> texts = new java.util.concurrent.ConcurrentHashMap<>();
            return new Quotes() {
                @Override
                public List<Integer> find(String article, String quote) {
                    return text(article).find(quote);
                }

                @Override
                public ArticleText text(String article) {
                    return texts.computeIfAbsent(article, ArticleText::of);
                }
            };
        }
    }

    private ContentCheck(Library library, Problems problems, LocalDate today, Quotes quotes,
                         org.factpress.text.ThemeWords words) {
        this.library = library;
        this.problems = problems;
        this.today = today;
        this.quotes = quotes;
        this.words = words;
    }

    /**
     * Checks {@code library}, finding quotes with {@code quotes} (e.g. kept ones). {@code today} is only used to warn
     * about dates in the future: the build's output never depends on it.
     */
    public static void run(Library library, Problems problems, LocalDate today, Quotes quotes) {
        run(library, problems, today, quotes, null);
    }

    /**
     * As {@link #run(Library, Problems, LocalDate, Quotes)}, the ratings listed with the labels of {@code words},
     * the theme's words in the site's language (as {@code new} lists them); with the scale's own labels when null.
     */
    public static void run(Library library, Problems problems, LocalDate today, Quotes quotes,
                           org.factpress.text.ThemeWords words) {
        new ContentCheck(library, problems, today, quotes, words).run();
    }

    private void run() {
        Map<String, Claim> bySlug = new HashMap<>();
        // Where each quote stands, found on every core; reported below in claim order, so messages keep their order.
        List<Claim> claims = checked();
        List<List<Integer>> found = java.util.stream.IntStream.range(0, claims.size()).parallel().mapToObj(i -> {
            Claim c = claims.get(i);
            return c.statement().quote() == null ? null
                    : text(c.articleSlug()).map(a -> quotes.find(a, c.statement().quote())).orElse(null);
        }).toList();
        for (int index = 0; index < claims.size(); index++) {
            Claim claim = claims.get(index);
            Claim first = bySlug.putIfAbsent(claim.slug(), claim);
            if (first != null) {
                problems.error(new Position(claim.origin().file(), 1, 1), "duplicate claim slug '" + claim.slug() + "'",
                        "also used by " + first.origin().file() + "; claim pages live at claims/<slug>/, so rename one file");
            }
            Statement said = claim.statement();
            Byline byline = claim.byline();
            person(claim, "claimant", said.claimantId());
            person(claim, "author", byline.authorId());
            if (byline.editorId() != null) {
                person(claim, "editor", byline.editorId());
            }
            if (claim.verdict().ratingId() != null && !knownRating(claim.verdict().ratingId())) {
                // No "did you mean": the nearest spelling may be a kinder verdict. The whole scale, to choose from.
                problems.error(claim.origin().at("rating"), "unknown rating '" + claim.verdict().ratingId() + "'",
                        scaleHint());
            }
            if (byline.updated() != null && byline.published() != null
                    && byline.updated().isBefore(byline.published())) {
                problems.warning(claim.origin().at("updated"), "'updated' (" + byline.updated()
                        + ") is before 'published' (" + byline.published() + ")", "check both dates");
            }
            if (found.get(index) != null) {
                quote(claim, text(claim.articleSlug()).orElseThrow(), found.get(index));
            }
            sources(claim);
            if (said.quote() != null) {
                quoteLength(claim.origin(), said.quote());
            }
            FieldLengths.check(problems, claim.origin(), "headline", claim.headline());
            FieldLengths.check(problems, claim.origin(), "summary", claim.summary());
            FieldLengths.check(problems, claim.origin(), "rating_explanation", claim.verdict().explanation());
            FieldLengths.check(problems, claim.origin(), "verdict", claim.verdict().conclusion());
            notInFuture(claim.origin(), "said_on", said.saidOn());
            notInFuture(claim.origin(), "published", byline.published());
            notInFuture(claim.origin(), "updated", byline.updated());
            for (int i = 0; i < claim.updates().size(); i++) {
                Update u = claim.updates().get(i);
                notInFuture(claim.origin(), "updates[" + i + "].date", u.date());
                if (u.type() == Update.Type.RATING_CHANGE && library.site().scale().conclusionOnly()) {
                    problems.error(claim.origin().at("updates[" + i + "].type"),
                            "a conclusion-only site has no rating to change",
                            "use 'type: correction' and say in the note how the conclusion changed");
                } else if (u.previousRatingId() != null && u.previousRatingId().equals(claim.verdict().ratingId())) {
                    problems.warning(claim.origin().at("updates[" + i + "].previous_rating"), "'previous_rating' is '"
                            + u.previousRatingId() + "', the rating the check has now",
                            "give the rating it had before the change, and the new one in 'rating'");
                } else if (u.previousRatingId() != null && !knownRating(u.previousRatingId())) {
                    problems.error(claim.origin().at("updates[" + i + "].previous_rating"), "unknown rating '"
                            + u.previousRatingId() + "' in 'previous_rating'", scaleHint());
                }
            }
        }
        for (Claim claim : claims) {
            sameAs(claim, bySlug);
        }
        tagPages(claims);
        if (!library.unread().siteUnread()) {
            whoWeAre(); // not when site.yaml could not be read: its 'about' may well be there
        }
        Set<String> withUnloadedClaims = new HashSet<>();
        library.unread().claims().forEach(c -> withUnloadedClaims.add(c.articleSlug()));
        for (SourceArticle article : library.articles()) {
            if (library.claimsOf(article).isEmpty() && !withUnloadedClaims.contains(article.slug())) {
                problems.warning(article.origin().at("title"), "source article has no claims",
                        "add a claim file next to article.md");
            }
            notInFuture(article.origin(), "published", article.published());
        }
        unusedPeople();
        new TranslationCheck(library, problems, quotes, this).run();
    }

    /**
     * Every claim file to check: those that loaded, then those read only in part (a field missing or wrong), each
     * as far as it was read. A check that needs a field that did not load skips that claim, no other: the file's
     * own errors do not hide its other problems (one run reports every problem).
     */
    private List<Claim> checked() {
        List<Claim> all = new java.util.ArrayList<>(library.claims());
        for (Unread.ClaimRefs c : library.unread().claims()) {
            if (c.partial() != null) {
                all.add(c.partial());
            }
        }
        return all;
    }

    /** The text of the article {@code slug} as its claims quote it: also when the article did not load whole. */
    private java.util.Optional<String> text(String slug) {
        return library.article(slug).or(() -> library.unread().articleRead(slug)).map(SourceArticle::body);
    }

    /**
     * Two tags written differently ("Київ" and "київ", "war crimes" and "war-crimes") would share one page: an
     * error at the later, naming the earlier's file and line, so the desk picks one spelling.
     */
    private void tagPages(List<Claim> claims) {
        tagPages(claims.stream().map(c -> new Tags(c.tags(), c.origin(), false)).toList(), null);
    }

    /** The tags one file gives, for {@link #tagPages(List, String)}; {@code translation}: a translation's. */
    record Tags(List<String> tags, Origin origin, boolean translation) {}

    /**
     * As {@link #tagPages()}, for the tags of the checks of the {@code edition} language (null: the default one).
     * Between two originals' tags, only the default language's check reports: once.
     */
    void tagPages(List<Tags> files, String edition) {
        record First(String tag, Tags file) {}
        Map<String, First> bySegment = new HashMap<>();
        Map<String, String> segments = new HashMap<>(); // a few tags, on thousands of checks
        for (Tags file : files) {
            for (String tag : file.tags()) {
                String segment = segments.computeIfAbsent(tag, org.factpress.model.PathSegment::of);
                if (segment.isEmpty()) {
                    continue; // the loader said so
                }
                First first = bySegment.putIfAbsent(segment, new First(tag, file));
                boolean between = first != null && (first.file().translation() || file.translation()
                        || edition == null);
                if (first != null && !first.tag().equals(tag) && between) {
                    Position was = first.file().origin().at("tags");
                    problems.error(file.origin().at("tags"), "tag '" + tag + "' and tag '" + first.tag() + "' ("
                            + where(was) + ") would share one page, tags/" + segment + "/"
                            + (edition == null ? "" : " in the " + edition + " edition"),
                            "write the tag the same way in both files");
                }
            }
        }
    }

    /** A position as an editor finds it: the file within the content folder, and the line. */
    String where(Position p) {
        Path content = library.site().origin().file().getParent();
        Path file = content != null && p.file().startsWith(content) ? content.relativize(p.file()) : p.file();
        return file.toString().replace('\\', '/') + (p.line() > 0 ? ":" + p.line() : "");
    }

    /** A rating id the scale has; any id when site.yaml's scale could not be read (its error says why). */
    private boolean knownRating(String id) {
        return library.unread().scaleUnread() || library.site().scale().find(id).isPresent();
    }

    private String scaleHint() {
        org.factpress.model.RatingScale scale = library.site().scale();
        if (words == null) {
            return "this site's ratings: " + scale.describe();
        }
        String offScale = words.raw("new.off_scale");
        return "this site's ratings: " + words.scale(scale).describe(offScale != null ? offScale : "off the scale:");
    }

    /**
     * A repeat points at the earlier check itself: not at itself, not at another repeat (the earlier check lists
     * its repeats, so a chain would hide them), and not at a slug that does not exist.
     */
    private void sameAs(Claim claim, Map<String, Claim> bySlug) {
        String target = claim.circulation().sameAs();
        if (target == null) {
            return;
        }
        Position at = claim.origin().at("same_as");
        Claim earlier = bySlug.get(target);
        if (target.equals(claim.slug())) {
            problems.error(at, "'same_as' points at this check itself", "give the slug of the earlier check of this claim");
        } else if (earlier == null) {
            problems.error(at, "'same_as' names no check: '" + target + "'",
                    DidYouMean.nearest(target, List.copyOf(bySlug.keySet())).map(n -> "did you mean '" + n + "'?")
                            .orElse("give the slug (file name without .md) of the earlier check"));
        } else if (earlier.circulation().sameAs() != null) {
            problems.error(at, "'same_as' points at '" + target + "', which is itself a repeat of '"
                            + earlier.circulation().sameAs() + "'",
                    "point at the first check directly: same_as: " + earlier.circulation().sameAs());
        } else if (claim.isPublished() && !earlier.isPublished()) {
            problems.error(at, "'same_as' points at '" + target + "', which is a draft",
                    "publish the earlier check first, or remove 'same_as'");
        }
    }

    /** What a fact-checking network asks every signatory to publish; each one missing is a warning. */
    private void whoWeAre() {
        var about = library.site().about();
        Origin site = library.site().origin();
        Position at = site.fields().containsKey("about") ? site.at("about") : new Position(site.file(), 1, 1);
        missing(about.masthead().text(), at, "masthead", "who works on the desk and who is responsible for what");
        missing(about.fundingAndOwnership().text(), at, "funding_and_ownership", "who owns the desk and who pays for it");
        missing(about.correctionsPolicy().text(), at, "corrections_policy", "how readers ask for a correction, and how you correct");
        missing(about.methodology().text(), at, "methodology", "how you choose, research and rate claims");
        missing(about.submitClaim().text(), at, "submit_claim", "a mailto: address or form URL where readers send claims to check");
    }

    private void missing(String value, Position at, String field, String what) {
        // Given but wrong is an error of its own (at its line), not a missing item.
        if (value == null && !library.site().origin().fields().containsKey("about." + field)) {
            problems.warning(at, "site.yaml has no 'about." + field + "'",
                    "fact-checking networks ask desks to publish " + what);
        }
    }

    private void sources(Claim claim) {
        if (claim.sources().isEmpty()) {
            Position at = claim.origin().fields().containsKey("sources") ? claim.origin().at("sources")
                    : new Position(claim.origin().file(), 1, 1);
            problems.warning(at, "claim has no sources", "list the documents the verdict rests on under 'sources'");
        }
        for (int i = 0; i < claim.sources().size(); i++) {
            Source s = claim.sources().get(i);
            String key = "sources[" + i + "]";
            if (s.archivedUrl() == null) {
                problems.warning(claim.origin().at(key), "source '" + s.title() + "' has no archived copy",
                        "add 'archived_url', e.g. a Wayback Machine copy, so the evidence stays if the page changes");
            }
            notInFuture(claim.origin(), key + ".date", s.date());
        }
    }

    /** A quote (an original's or a translation's) longer than search tools show of claimReviewed. */
    void quoteLength(Origin origin, String quote) {
        if (quote.length() > CLAIM_REVIEWED_MAX) {
            problems.warning(origin.at("quote"), "quote is " + quote.length()
                    + " characters; fact-check search tools cut ClaimReview's claimReviewed after "
                    + CLAIM_REVIEWED_MAX, "quote the shortest passage that makes the claim");
        }
    }

    void notInFuture(Origin origin, String field, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            problems.warning(origin.at(field), "'" + field + "' (" + date + ") is in the future",
                    "today is " + today + "; check the year");
        }
    }

    /**
     * A person nobody claims, writes or edits is usually a typo'd id elsewhere or a leftover. Not before the first
     * check: on a desk's first day people.yaml lists the staff and the people it means to check, all unused yet.
     */
    private void unusedPeople() {
        if (library.unread().someClaimUnreadable() || library.unread().someTranslationUnreadable()) {
            return; // a claim or translation file that could not be read may name anyone
        }
        if (library.claims().isEmpty() && library.unread().claims().isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Claim c : library.claims()) {
            used.add(c.statement().claimantId());
            used.add(c.byline().authorId());
            used.add(c.byline().editorId());
        }
        for (org.factpress.model.ClaimTranslation t : library.claimTranslations()) {
            used.add(t.translatorId());
        }
        for (Unread.TranslationRefs t : library.unread().translations()) {
            used.add(t.translator());
        }
        for (Unread.ClaimRefs c : library.unread().claims()) {
            used.add(c.claimant());
            used.add(c.author());
            used.add(c.editor());
        }
        for (Person p : library.people().values()) {
            if (!used.contains(p.id())) {
                problems.warning(p.origin().at("name"), "person '" + p.id() + "' is never used",
                        "no claim names them as claimant, author, editor or translator; remove them or check the ids");
            }
        }
    }

    private void person(Claim claim, String field, String id) {
        person(claim.origin(), field, id);
    }

    /** An id people.yaml lacks; not when people.yaml could not be read, nor for an entry of it that did not load. */
    void person(Origin origin, String field, String id) {
        if (id == null || library.unread().peopleUnread() || library.unread().people().contains(id)) {
            return;
        }
        if (library.person(id).isEmpty()) {
            problems.error(origin.at(field), "unknown person '" + id + "' in '" + field + "'", hintForPerson(id));
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
                    .orElse(null);
        }
        if (hint == null) {
            hint = knownPeople(id, ids) + "; or add '" + id + "' to people.yaml";
        }
        return hint;
    }

    /** The ids people.yaml has: all of them when few, else the closest few to {@code id}. */
    private static String knownPeople(String id, List<String> ids) {
        if (ids.isEmpty()) {
            return "people.yaml has no one yet";
        }
        if (ids.size() <= KNOWN_PEOPLE_SHOWN) {
            return "people.yaml has: " + String.join(", ", ids.stream().sorted().toList());
        }
        String lower = id.toLowerCase(java.util.Locale.ROOT);
        return "closest in people.yaml: " + String.join(", ", ids.stream()
                .sorted(java.util.Comparator.comparingInt((String k) -> DidYouMean.distance(lower, k)).thenComparing(k -> k))
                .limit(KNOWN_PEOPLE_SHOWN).toList());
    }

    /** Whether the claim's quote stands in {@code article}'s text ({@code found}: where), as the desk is told. */
    void quote(Claim claim, String article, List<Integer> found) {
        quote(claim, claim.origin(), article, found);
    }

    /** As {@link #quote(Claim, String, List)}, reported in the file {@code origin} came from (a translation's). */
    void quote(Claim claim, Origin origin, String article, List<Integer> found) {
        if (found.isEmpty()) {
            String near = quotes.text(article).closestPassage(claim.statement().quote());
            String quoted = claim.statement().quote();
            String differs = near.isEmpty() || ArticleText.normalize(quoted).length() > ArticleText.PASSAGE ? ""
                    : org.factpress.text.WordDiff.of(near, quoted);
            problems.error(origin.at("quote"), "quote not found in the article text",
                    near.isEmpty() ? null : "closest passage: \"" + near + "\"" + (differs.isEmpty() ? ""
                            : "; " + differs));
        } else if (claim.statement().occurrence() != null && claim.statement().occurrence() > found.size()) {
            problems.error(origin.at("occurrence"), "occurrence " + claim.statement().occurrence()
                    + " asked for, but the quote occurs " + found.size() + " time(s) in the article", null);
        } else if (found.size() > 1 && claim.statement().occurrence() == null && claim.isPublished()) {
            problems.warning(origin.at("quote"), "quote occurs " + found.size()
                    + " times in the article; the first is highlighted", "add 'occurrence: N' to choose another");
        }
    }
}
