package org.factpress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;
import org.factpress.incremental.KeptReads;
import org.factpress.model.ArticleTranslation;
import org.factpress.model.Byline;
import org.factpress.model.Circulation;
import org.factpress.model.Claim;
import org.factpress.model.ClaimTranslation;
import org.factpress.model.Language;
import org.factpress.model.Library;
import org.factpress.model.Person;
import org.factpress.model.Publisher;
import org.factpress.model.RatingScale;
import org.factpress.model.SiteConfig;
import org.factpress.model.Source;
import org.factpress.model.SourceArticle;
import org.factpress.model.Statement;
import org.factpress.model.Status;
import org.factpress.model.Unread;
import org.factpress.model.Update;
import org.factpress.model.Verdict;
import org.factpress.text.MarkdownLinks;

/**
 * Load stage: reads a content folder into the model. Every file is read even after a bad one, and what cannot be
 * read is reported as a problem with its file and line; the model holds what could be read.
 */
public final class ContentLoader {

    /** Lower-case words joined by hyphens ({@link FileNames#SLUG}). */
    public static final Pattern SLUG = FileNames.SLUG;
    static final Set<String> RESERVED = FileNames.RESERVED;

    private final Path content;
    private final Problems problems;
    /** The folder as seen: by this load only, or (in serve) since the last load, told what changed. */
    private final FolderAsSeen folder;
    /** Null but in a build with the cache and in serve: files kept by content hash ({@code hashes}) between runs. */
    private final KeptReads kept;
    private final KeptReads.Hashes hashes;
    /** The site's scale, once site.yaml is read: a conclusion-only site asks claims for a verdict, not a rating. */
    private RatingScale scale = RatingScale.defaultScale();
    /** Symbolic links that lead out of the content folder: reported once, never read. */
    private Set<Path> outsideLinks = new java.util.HashSet<>();
    /** The content folder's real path, once it is known to exist: where links may lead. */
    private Path realContent;

    private ContentLoader(Path content, Problems problems) {
        this(content, problems, new FolderAsSeen(), null, null);
    }

    private ContentLoader(Path content, Problems problems, FolderAsSeen folder, KeptReads kept, KeptReads.Hashes hashes) {
        this.content = content;
        this.problems = problems;
        this.folder = folder;
        this.kept = kept;
        this.hashes = hashes;
    }

    /** Loads {@code content}; problems found on the way are added to {@code problems}. */
    public static Library load(Path content, Problems problems) {
        return new ContentLoader(content, problems.forLoading()).load();
    }

    /**
     * As {@link #load(Path, Problems)}, but a file whose content hash (as {@code hashes} gives it) is that of a
     * file {@code kept} holds is not read again: its model and problems are the kept ones. For a build with the
     * cache; the result is the same as a fresh load's.
     */
    public static Library load(Path content, Problems problems, KeptReads kept, KeptReads.Hashes hashes) {
        return new ContentLoader(content, problems.forLoading(), new FolderAsSeen(), kept, hashes).load();
    }

    /**
     * As {@link #load(Path, Problems, KeptReads, KeptReads.Hashes)}, with the folder as {@code seen} last saw it
     * giving the hashes: for serve, which loads again after every save and tells {@code seen} what changed.
     */
    public static Library load(Path content, Problems problems, KeptReads kept, FolderAsSeen seen) {
        return new ContentLoader(content, problems.forLoading(), seen, kept, seen).load();
    }

    /**
     * The rating scale site.yaml in {@code content} gives, for a new claim's comment: the default scale when the
     * file is missing or cannot be read (check says why).
     */
    public static RatingScale scale(Path content) {
        SiteFile site = new ContentLoader(content, new Problems().forLoading()).loadSite(content.resolve("site.yaml"));
        return site.scale() != null ? site.scale() : RatingScale.defaultScale();
    }

    /**
     * The language of the site in {@code content} (its default language), for a new file's comments: English when
     * site.yaml is missing or cannot be read (check says why).
     */
    public static String language(Path content) {
        SiteFile site = new ContentLoader(content, new Problems().forLoading()).loadSite(content.resolve("site.yaml"));
        return site.site() != null ? site.site().language() : "en";
    }

    /**
     * The languages site.yaml in {@code content} lists, the default first, for a new translation: empty when the
     * file is missing or cannot be read (check says why).
     */
    public static List<Language> languages(Path content) {
        SiteFile site = new ContentLoader(content, new Problems().forLoading()).loadSite(content.resolve("site.yaml"));
        return site.site() != null ? site.site().languages() : List.of();
    }

    /** A folder, or a link that leads to one inside the content folder. */
    private boolean isDirectory(Path p) {
        BasicFileAttributes a = folder.attributes(p);
        return a != null && (a.isDirectory() || a.isSymbolicLink() && leadsInside(p) && Files.isDirectory(p));
    }

    /** A regular file, or a link that leads to one inside the content folder. */
    private boolean isRegularFile(Path p) {
        BasicFileAttributes a = folder.attributes(p);
        return a != null && (a.isRegularFile() || a.isSymbolicLink() && leadsInside(p) && Files.isRegularFile(p));
    }

    /**
     * Whether the link {@code p} leads inside the content folder. A link reached through a linked folder is not
     * among those {@link ContentLinks} found by its own path, so where it leads is looked at here too.
     */
    private boolean leadsInside(Path p) {
        if (outsideLinks.contains(p)) {
            return false;
        }
        try {
            return realContent != null && p.toRealPath().startsWith(realContent);
        } catch (IOException e) {
            return false; // a loop or a missing target: reported where the link is
        }
    }

    /**
     * {@code read}'s result for {@code file}, kept by the file's content hash when it has not changed since it was
     * last read: in a build with the cache, and in serve.
     */
    @SuppressWarnings("unchecked")
    private <T> T remembered(Path file, java.util.function.Function<ContentLoader, T> read) {
        if (kept == null || outsideLinks.contains(file)) {
            return read.apply(this);
        }
        KeptReads.Read r = kept.get(file, hashes, String.valueOf(scale.conclusionOnly()), () -> readApart(read));
        problems.addAll(r.problems());
        return (T) r.value();
    }

    /** Reads one file with its problems recorded apart, to be kept and replayed; safe on several threads. */
    private KeptReads.Read readApart(java.util.function.Function<ContentLoader, ?> read) {
        Problems mine = new Problems();
        ContentLoader apart = new ContentLoader(content, mine.forLoading(), folder, kept, hashes);
        apart.scale = scale;
        apart.outsideLinks = outsideLinks;
        apart.realContent = realContent;
        Object value = read.apply(apart);
        return new KeptReads.Read(value, mine.all());
    }

    private Library load() {
        if (!Files.isDirectory(content)) {
            problems.error(Position.ofFile(content), "content folder not found", "pass --content DIR");
            return new Library(fallbackSite(), Map.of(), List.of(), List.of());
        }
        FolderAsSeen.Links links = folder.links(content);
        problems.addAll(links.problems());
        outsideLinks.addAll(links.found().refused());
        try {
            realContent = content.toRealPath();
        } catch (IOException e) {
            realContent = null; // no link is followed
        }
        Path siteFile = content.resolve("site.yaml");
        SiteFile siteRead = remembered(siteFile, l -> l.loadSite(siteFile));
        SiteConfig site = siteRead.site();
        if (siteRead.scale() != null) {
            scale = siteRead.scale();
        }
        Path peopleFile = content.resolve("people.yaml");
        PeopleFile peopleRead = remembered(peopleFile, l -> l.loadPeople(peopleFile));
        Map<String, Person> people = peopleRead.people();
        List<SourceArticle> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Unread.ClaimRefs> unreadClaims = new ArrayList<>();
        List<ClaimTranslation> claimTranslations = new ArrayList<>();
        List<ArticleTranslation> articleTranslations = new ArrayList<>();
        List<Unread.TranslationRefs> unreadTranslations = new ArrayList<>();
        List<SourceArticle> unreadArticles = new ArrayList<>();
        Path articlesDir = content.resolve("articles");
        // No articles folder is a desk's first day: nothing checked yet, an empty site, not an error.
        if (isDirectory(articlesDir)) {
            // Folders are independent: read on every core, gathered in folder order (problems sort by place).
            List<Path> folders = sortedChildren(articlesDir).stream().filter(this::isDirectory).toList();
            for (ArticleFolder f : folders.parallelStream().map(this::loadArticleFolder).toList()) {
                if (f.article() != null) {
                    articles.add(f.article());
                } else if (f.partialArticle() != null) {
                    unreadArticles.add(f.partialArticle());
                }
                claims.addAll(f.claims());
                unreadClaims.addAll(f.unread());
                claimTranslations.addAll(f.claimTranslations());
                unreadTranslations.addAll(f.unreadTranslations());
                articleTranslations.addAll(f.articleTranslations());
            }
        }
        Unread unread = new Unread(unreadClaims, peopleRead.unread(), peopleRead.unreadable(), siteRead.scale() == null,
                site == null, unreadTranslations, unreadArticles);
        return new Library(site != null ? site : fallbackSite(), people, articles, claims, claimTranslations,
                articleTranslations, unread);
    }

    /** What site.yaml gave: the site (null when a required field is missing) and its scale (null when unread). */
    record SiteFile(SiteConfig site, RatingScale scale) {}

    /** What people.yaml gave: the people, the ids whose entries did not load, and whether it could be read at all. */
    private record PeopleFile(Map<String, Person> people, Set<String> unread, boolean unreadable) {}

    /** A claim file read: the claim, or (when it did not load) what it names. */
    private record ClaimFile(Claim claim, Unread.ClaimRefs unread) {}

    /** Lets the later checks run on claims even when site.yaml is broken. */
    private SiteConfig fallbackSite() {
        return new SiteConfig("factpress", null, "http://localhost/", "en",
                List.of(new org.factpress.model.Language("en", "English")), new Publisher("factpress", null, null),
                scale, org.factpress.model.Origin.of(content.resolve("site.yaml")),
                org.factpress.model.PrintSettings.defaults(), org.factpress.model.About.none(), false);
    }

    private List<Path> sortedChildren(Path dir) {
        try {
            return folder.listing(dir);
        } catch (IOException e) {
            problems.error(Position.ofFile(dir), "cannot list folder: " + e.getMessage(), null);
            return List.of();
        }
    }

    private Fields readYamlFile(Path file, ContentSchema schema) {
        if (outsideLinks.contains(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.error(Position.ofFile(file), "file not found", null);
            return null;
        }
        try {
            String text = TextFile.read(file);
            YamlTree tree = YamlTree.parse(file, text, 1);
            schema.check(tree, file, 1, problems);
            return Fields.root(tree, file, problems, 1);
        } catch (ContentError e) {
            problems.error(e.position(), e.getMessage(), e.hint());
            return null;
        }
    }

    private SiteFile loadSite(Path file) {
        Fields f = readYamlFile(file, ContentSchema.SITE);
        return f == null ? new SiteFile(null, null) : new SiteFileReader(problems).read(f);
    }

    private PeopleFile loadPeople(Path file) {
        Map<String, Person> people = new LinkedHashMap<>();
        Set<String> unread = new java.util.HashSet<>();
        Fields f = readYamlFile(file, ContentSchema.PEOPLE);
        if (f == null) {
            return new PeopleFile(people, unread, true);
        }
        f.names().forEachRemaining(unread::add);
        f.entries().forEach((id, p) -> {
            String name = p.text("name");
            String role = p.text("role");
            String url = p.url("url");
            String type = p.text("type"); // the schema lists the types
            if (!SLUG.matcher(id).matches() || RESERVED.contains(id)) {
                problems.error(f.at(id), "person id '" + id + "' must be lower-case words joined by hyphens"
                                + (RESERVED.contains(id) ? ", and not a reserved name" : ""),
                        "e.g. donald-trump");
            } else if (name != null) {
                people.put(id, new Person(id, name, role, url, "organization".equals(type), p.origin(),
                        urls(p, "same_as")));
            }
        });
        unread.removeAll(people.keySet());
        return new PeopleFile(people, unread, false);
    }

    /** A list of absolute http(s) URLs, each checked. */
    private List<String> urls(Fields f, String name) {
        List<String> out = new ArrayList<>();
        for (String u : f.texts(name)) {
            if (u.matches("(?i)https?://[^\\s/?#]+\\S*")) {
                out.add(u);
            } else {
                problems.error(f.at(name), "every item of '" + f.label(name) + "' must be an absolute http(s) URL, found '"
                        + u + "'", "write the full address, starting with https://");
            }
        }
        return out;
    }

    /** What one folder under articles/ held that could be read: its article (or null), its claims, the translations. */
    private record ArticleFolder(SourceArticle article, SourceArticle partialArticle, List<Claim> claims,
                                 List<Unread.ClaimRefs> unread, List<ClaimTranslation> claimTranslations,
                                 List<ArticleTranslation> articleTranslations,
                                 List<Unread.TranslationRefs> unreadTranslations) {}

    /** A translated check's file read: the translation, or (when it did not load) the translator it names. */
    private record TranslationFile(ClaimTranslation translation, Unread.TranslationRefs unread) {}

    /**
     * A file named {@code <name>.<code>.md}: a translation, in the language {@code code}, of {@code <name>.md}
     * beside it (the article when {@code name} is "article"). Null for a file whose name has no code.
     */
    private record TranslationName(String original, String language) {
        static TranslationName of(String fileName) {
            String base = fileName.substring(0, fileName.length() - 3);
            int dot = base.indexOf('.');
            return dot < 0 ? null : new TranslationName(base.substring(0, dot), base.substring(dot + 1));
        }
    }

    private ArticleFolder loadArticleFolder(Path dir) {
        String slug = dir.getFileName().toString();
        List<Claim> claims = new ArrayList<>();
        List<Unread.ClaimRefs> unread = new ArrayList<>();
        List<ClaimTranslation> claimTranslations = new ArrayList<>();
        List<ArticleTranslation> articleTranslations = new ArrayList<>();
        List<Unread.TranslationRefs> unreadTranslations = new ArrayList<>();
        if (!validSlug(slug, Position.ofFile(dir), "article folder")) {
            return new ArticleFolder(null, null, claims, unread, claimTranslations, articleTranslations,
                    unreadTranslations);
        }
        Path articleFile = dir.resolve("article.md");
        SourceArticle article = null;
        if (!isRegularFile(articleFile)) {
            problems.error(Position.ofFile(dir), "source article folder has no article.md",
                    "each folder under articles/ holds article.md and its claims");
        } else {
            article = remembered(articleFile, l -> l.loadArticle(slug, articleFile));
        }
        for (Path file : sortedChildren(dir)) {
            String name = file.getFileName().toString();
            if (name.equals("article.md") || !isRegularFile(file)) {
                continue;
            }
            FileNames.Refusal misnamed = FileNames.unreadMarkdown(name);
            if (misnamed != null) {
                problems.warning(Position.ofFile(file), misnamed.message(), misnamed.hint());
                continue;
            }
            if (!name.endsWith(".md")) {
                continue;
            }
            TranslationName translation = TranslationName.of(name);
            if (translation != null) {
                if (!languageCode(translation.language(), file)) {
                    continue;
                }
                if (translation.original().equals("article")) {
                    ArticleTranslation t = remembered(file, l -> l.loadArticleTranslation(slug, translation.language(), file));
                    if (t != null) {
                        articleTranslations.add(t);
                    }
                } else if (validSlug(translation.original(), Position.ofFile(file), "claim file name")) {
                    TranslationFile t = remembered(file,
                            l -> l.loadClaimTranslation(translation.original(), slug, translation.language(), file));
                    if (t.translation() != null) {
                        claimTranslations.add(t.translation());
                    } else {
                        unreadTranslations.add(t.unread());
                    }
                }
                continue;
            }
            String claimSlug = name.substring(0, name.length() - 3);
            if (validSlug(claimSlug, Position.ofFile(file), "claim file name")) {
                ClaimFile c = remembered(file, l -> l.loadClaim(claimSlug, slug, file));
                if (c.claim() != null) {
                    claims.add(c.claim());
                } else {
                    unread.add(c.unread());
                }
            } else {
                unread.add(new Unread.ClaimRefs(claimSlug, slug, org.factpress.model.Origin.of(file), false, null,
                        null, null, null));
            }
        }
        // An article read but not whole (a field missing or wrong) still gives its text, for its claims' quotes.
        boolean whole = article != null && article.title() != null && article.publisher() != null
                && article.url() != null && article.published() != null;
        return new ArticleFolder(whole ? article : null, whole ? null : article, claims, unread, claimTranslations,
                articleTranslations, unreadTranslations);
    }

    /** A translation's language code as its file name gives it: a BCP 47 tag, else an error at the file. */
    private boolean languageCode(String code, Path file) {
        String name = file.getFileName().toString();
        try {
            new java.util.Locale.Builder().setLanguageTag(code);
            return true;
        } catch (java.util.IllformedLocaleException e) {
            problems.error(Position.ofFile(file), "file name '" + file.getFileName() + "': '" + code
                    + "' is not a language code", "a translation is named <original>.<code>.md with one of site.yaml's"
                    + " 'languages', e.g. " + name.substring(0, name.indexOf('.')) + ".en.md");
            return false;
        }
    }

    private boolean validSlug(String slug, Position at, String what) {
        FileNames.Refusal refusal = FileNames.slugRefusal(slug, what);
        if (refusal != null) {
            problems.error(at, refusal.message(), refusal.hint());
        }
        return refusal == null;
    }

    static String suggestSlug(String s) {
        return FileNames.suggestSlug(s);
    }

    private FrontMatter readFrontMatter(Path file) {
        if (outsideLinks.contains(file)) {
            return null;
        }
        try {
            FrontMatter fm = FrontMatter.parse(file, TextFile.read(file));
            linksInText(file, fm);
            return fm;
        } catch (ContentError e) {
            problems.error(e.position(), e.getMessage(), e.hint());
            return null;
        }
    }

    /** A link in the Markdown text that the site would not publish as one ({@link MarkdownLinks}): an error at it. */
    private void linksInText(Path file, FrontMatter fm) {
        String body = fm.body();
        for (MarkdownLinks.Found link : MarkdownLinks.protocolRelativeIn(body)) {
            int lineStart = body.lastIndexOf('\n', link.offset() - 1) + 1;
            int line = fm.bodyLine() + (int) body.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            String rest = link.address().replaceAll("^[\\s/\\\\]+", "");
            problems.error(new Position(file, line, link.offset() - lineStart + 1), "link '" + link.address()
                            + "' leads to another site without saying how (no https:)",
                    "write it in full, e.g. https://" + rest + "; a link is https://..., http://..., mailto:..., a page"
                            + " of this site starting with one '/', or #a-heading");
        }
    }

    private SourceArticle loadArticle(String slug, Path file) {
        FrontMatter fm = readFrontMatter(file);
        if (fm == null) {
            return null;
        }
        ContentSchema.ARTICLE.check(fm.yaml(), file, 2, problems);
        Fields f = Fields.root(fm.yaml(), file, problems, 2);
        if (f == null) {
            return null;
        }
        String title = f.text("title");
        String publisher = f.text("publisher");
        String url = f.url("url");
        var published = f.date("published");
        String author = f.text("author");
        String archived = f.url("archived_url");
        if (fm.body().isBlank()) {
            problems.error(new Position(file, fm.bodyLine(), 1), "the article has no text",
                    "paste the source text under the closing '---'");
            return null;
        }
        // Returned even when a field did not load: its text is still what its claims quote (see loadArticleFolder).
        return new SourceArticle(slug, title, publisher, url, published, author, archived, fm.body(), fm.bodyLine(),
                f.origin());
    }

    private ClaimFile loadClaim(String slug, String articleSlug, Path file) {
        ClaimFile unreadable = new ClaimFile(null, new Unread.ClaimRefs(slug, articleSlug,
                org.factpress.model.Origin.of(file), false, null, null, null, null));
        FrontMatter fm = readFrontMatter(file);
        if (fm == null) {
            return unreadable;
        }
        ContentSchema.CLAIM.check(fm.yaml(), file, 2, problems);
        Fields f = Fields.root(fm.yaml(), file, problems, 2);
        if (f == null) {
            return unreadable;
        }
        String quote = f.text("quote");
        Integer occurrence = f.positiveInt("occurrence");
        String claimant = f.text("claimant");
        var saidOn = f.date("said_on");
        String saidWhere = f.text("said_where");
        String rating = f.text("rating");
        String verdict = f.text("verdict");
        // Which of the two a claim must give is the site's choice (rating_scale), which the claim schema cannot see.
        f.requireBySite(scale.conclusionOnly() ? "verdict" : "rating");
        if (scale.conclusionOnly()) {
            if (rating != null) {
                problems.error(f.at("rating"), "this site gives conclusions, not ratings (rating_scale: conclusion)",
                        "write the short verdict in 'verdict' and remove 'rating'");
            }
            rating = RatingScale.CONCLUSION;
        } else if (verdict != null) {
            problems.error(f.at("verdict"), "'verdict' is for sites with rating_scale: conclusion",
                    "this site rates on a scale: give a 'rating' id, and explain it in 'rating_explanation'");
        }
        String ratingExplanation = f.text("rating_explanation");
        String headline = f.text("headline");
        String summary = f.text("summary");
        String author = f.text("author");
        String editor = f.text("editor");
        var published = f.date("published");
        var updated = f.date("updated");
        List<String> tags = tags(f);
        List<Source> sources = new ArrayList<>();
        for (Fields s : f.objects("sources")) {
            String title = s.text("title");
            String url = s.url("url");
            Source src = new Source(title, url, s.text("publisher"), s.date("date"),
                    s.url("archived_url"));
            if (title != null && url != null) {
                sources.add(src);
            }
        }
        List<Update> updates = new ArrayList<>();
        for (Fields u : f.objects("updates")) {
            var date = u.date("date");
            String note = u.text("note");
            // Entries written before 'type' existed ({date, note}) are updates, as they always were shown.
            // The schema lists the types, and asks a rating change for its previous rating.
            String typeText = u.has("type") ? u.text("type") : Update.Type.UPDATE.id();
            Update.Type type = typeText == null ? null : Update.Type.of(typeText).orElse(null);
            String previous = u.text("previous_rating");
            if (previous != null && type != null && type != Update.Type.RATING_CHANGE) {
                problems.error(u.at("previous_rating"), "'previous_rating' belongs to a rating-change update",
                        "set 'type: rating-change', or remove 'previous_rating'");
            }
            if (date != null && note != null && type != null) {
                updates.add(new Update(date, note, type, previous));
            }
        }
        List<org.factpress.model.Appearance> appearances = new ArrayList<>();
        for (Fields ap : f.objects("appearances")) {
            String url = ap.url("url");
            var date = ap.date("date");
            String first = ap.text("first");
            if (url != null && date != null) {
                appearances.add(new org.factpress.model.Appearance(url, date, ap.text("title"),
                        "true".equals(first)));
            }
        }
        if (appearances.stream().filter(org.factpress.model.Appearance::first).count() > 1) {
            problems.error(f.at("appearances"), "more than one appearance is marked 'first: true'",
                    "mark only the earliest known appearance");
        }
        String sameAs = f.text("same_as");
        // The schema lists the statuses; a claim not marked draft is published.
        Status status = "draft".equals(f.text("status")) ? Status.DRAFT : Status.PUBLISHED;
        Claim claim = new Claim(slug, articleSlug, new Statement(quote, occurrence, claimant, saidOn, saidWhere),
                new Verdict(rating, verdict, ratingExplanation), headline, summary,
                new Byline(author, editor, published, updated), tags, sources, updates,
                new Circulation(appearances, sameAs), status, fm.body().strip(), f.origin());
        if (quote == null || claimant == null || saidOn == null || rating == null || headline == null
                || summary == null || author == null || published == null) {
            // Not a claim to publish, but checked as far as it was read: every problem of the file in one run.
            return new ClaimFile(null, new Unread.ClaimRefs(slug, articleSlug, f.origin(), true, claimant, author,
                    editor, rating, claim));
        }
        return new ClaimFile(claim, null);
    }

    /** Tags are the desk's words in any script, shown as written; each one's page is at its PathSegment. */
    private List<String> tags(Fields f) {
        List<String> tags = f.texts("tags").stream().map(String::strip).distinct().toList();
        for (int i = 0; i < tags.size(); i++) {
            String segment = org.factpress.model.PathSegment.of(tags.get(i));
            Position at = f.at("tags[" + i + "]");
            if (segment.isEmpty()) {
                problems.error(at, "tag '" + tags.get(i) + "' has no letter or digit to name its page by",
                        "use a word, e.g. elections");
            } else if (RESERVED.contains(segment)) {
                problems.error(at, "tag '" + tags.get(i) + "' is a name the site or Windows keeps for itself",
                        "add a word, e.g. " + segment + "-news");
            }
        }
        return tags;
    }

    private ArticleTranslation loadArticleTranslation(String articleSlug, String language, Path file) {
        FrontMatter fm = readFrontMatter(file);
        if (fm == null) {
            return null;
        }
        ContentSchema.ARTICLE_TRANSLATION.check(fm.yaml(), file, 2, problems);
        Fields f = Fields.root(fm.yaml(), file, problems, 2);
        if (f == null) {
            return null;
        }
        String title = f.text("title");
        String url = f.url("url");
        if (fm.body().isBlank()) {
            problems.error(new Position(file, fm.bodyLine(), 1), "the translation has no text",
                    "paste the article's text in this language under the closing '---'");
            return null;
        }
        return title == null ? null
                : new ArticleTranslation(articleSlug, language, title, url, fm.body(), fm.bodyLine(), f.origin());
    }

    /** A check's translation: words only (the schema names a field that comes from the original as such). */
    private TranslationFile loadClaimTranslation(String claimSlug, String articleSlug, String language, Path file) {
        TranslationFile unreadable = new TranslationFile(null,
                new Unread.TranslationRefs(org.factpress.model.Origin.of(file), false, null));
        FrontMatter fm = readFrontMatter(file);
        if (fm == null) {
            return unreadable;
        }
        ContentSchema.CLAIM_TRANSLATION.check(fm.yaml(), file, 2, problems);
        Fields f = Fields.root(fm.yaml(), file, problems, 2);
        if (f == null) {
            return unreadable;
        }
        String verdict = f.text("verdict");
        if (scale.conclusionOnly()) {
            f.requireBySite("verdict");
        } else if (verdict != null) {
            problems.error(f.at("verdict"), "'verdict' is for sites with rating_scale: conclusion",
                    "the rating comes from the original; explain it in this language in 'rating_explanation'");
        }
        String quote = f.text("quote");
        String headline = f.text("headline");
        String summary = f.text("summary");
        var translated = f.date("translated");
        List<ClaimTranslation.UpdateNote> notes = new ArrayList<>();
        for (Fields u : f.objects("updates")) {
            var date = u.date("date");
            String note = u.text("note");
            if (date != null && note != null) {
                notes.add(new ClaimTranslation.UpdateNote(date, note));
            }
        }
        String analysis = fm.body().strip();
        if (analysis.isEmpty()) {
            problems.warning(new Position(file, fm.bodyLine(), 1), "the translation has no analysis",
                    "translate the analysis under the closing '---'; until then readers see the original's");
        }
        String translator = f.text("translator");
        ClaimTranslation translation = new ClaimTranslation(claimSlug, articleSlug, language, headline, summary, quote,
                scale.conclusionOnly() ? verdict : null, f.text("rating_explanation"), f.text("said_where"), tags(f),
                analysis.isEmpty() ? null : analysis, translated, translator, notes, f.origin());
        if (quote == null || headline == null || summary == null || translated == null) {
            // Not published, but checked as far as it was read (see TranslationCheck).
            return new TranslationFile(null, new Unread.TranslationRefs(f.origin(), true, translator, translation));
        }
        return new TranslationFile(translation, null);
    }
}
