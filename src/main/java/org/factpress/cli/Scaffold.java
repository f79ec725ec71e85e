package org.factpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import java.util.List;
import org.factpress.load.ContentLoader;
import org.factpress.load.FileNames;
import org.factpress.model.Language;
import org.factpress.model.RatingScale;
import org.factpress.text.ThemeWords;

/**
 * {@code new article}, {@code new claim} and {@code new translation}: files with every field of the contract, each
 * with a comment saying what goes there, in the site's language (a translation's too, for the desk's editors): the
 * theme's words ({@code new.*} in templates/i18n), and the rating labels as the site shows them. Required fields
 * are left empty, so {@code check} points at each one still to fill in; optional ones are commented out. An
 * existing file is never overwritten.
 */
final class Scaffold {
    /**
     * A refusal to explain to the editor: nothing was written. {@code usage}: the command line is wrong (a slug that
     * is not one, an article, claim or language the content does not have), exit 2; else the content is in the way
     * (the file exists, the claim slug is taken), exit 1.
     */
    static final class Refused extends Exception {
        final boolean usage;

        Refused(String message) {
            this(message, false);
        }

        Refused(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        /** A refusal of what was typed: exit 2. */
        static Refused usage(String message) {
            return new Refused(message, true);
        }
    }

    /** The column a field's comment starts at, so the comments of a file line up. */
    private static final int COMMENT_COLUMN = 26;

    private Scaffold() {}

    static Path article(Path content, Path templates, String slug, String url, String title)
            throws Refused, IOException {
        requireSlug(slug, "article slug");
        ThemeWords w = words(templates, ContentLoader.language(content));
        Path dir = content.resolve("articles").resolve(slug);
        Path file = dir.resolve("article.md");
        String text = lines(
                "---",
                "# " + w.t("new.article_intro"),
                "# " + w.t("new.quoting") + " " + w.t("new.article_paste"),
                given("title:", title, w.t("new.article_title")),
                field("publisher:", w.t("new.article_publisher")),
                given("url:", url, w.t("new.article_url")),
                field("published:", w.t("new.date")),
                field("# author:", w.t("new.article_author")),
                field("# archived_url:", w.t("new.archived_url")),
                "---");
        // The source text goes below the closing '---': check reports "the article has no text" until it is there.
        write(file, text);
        return file;
    }

    static Path claim(Path content, Path templates, String articleSlug, String claimSlug, String quote)
            throws Refused, IOException {
        requireSlug(claimSlug, "claim slug");
        if (claimSlug.equals("article")) {
            throw Refused.usage("a claim cannot be called 'article': article.md is the source article's own file");
        }
        Path articles = content.resolve("articles");
        if (!Files.isRegularFile(articles.resolve(articleSlug).resolve("article.md"))) {
            throw Refused.usage("no source article '" + articleSlug + "' in " + articles
                    + "; create it first: factpress new article " + articleSlug);
        }
        Path taken = existingClaim(articles, claimSlug);
        if (taken != null) {
            throw new Refused(taken + " already exists; claim slugs are unique across articles, choose another");
        }
        Path file = articles.resolve(articleSlug).resolve(claimSlug + ".md");
        String language = ContentLoader.language(content);
        ThemeWords w = words(templates, language);
        RatingScale scale = w.scale(ContentLoader.scale(content).in(language));
        String date = w.t("new.date");
        String text = lines(
                "---",
                "# " + w.t("new.claim_intro"),
                scaleComment(scale, w),
                "# " + w.t("new.quoting") + " " + w.t("new.analysis_below"),
                given("quote:", quote, w.t("new.quote")),
                field("# occurrence: 2", w.t("new.occurrence")),
                field("claimant:", w.t("new.claimant")),
                field("said_on:", date),
                field("# said_where:", w.t("new.said_where")),
                scale.conclusionOnly() ? field("verdict:", w.t("new.verdict")) : field("rating:", w.t("new.rating")),
                scale.conclusionOnly() ? field("# rating:", w.t("new.rating_instead"))
                        : field("# verdict:", w.t("new.verdict_instead")),
                field("# rating_explanation:", w.t("new.rating_explanation")),
                field("headline:", w.t("new.headline")),
                field("summary:", w.t("new.summary")),
                field("author:", w.t("new.author")),
                field("# editor:", w.t("new.editor")),
                field("published:", date),
                field("# updated:", w.t("new.updated", date)),
                "# tags: " + w.t("new.tags"),
                field("sources:", w.t("new.sources")),
                "  - title:",
                field("    url:", "https://..."),
                "    # publisher:",
                field("    # date:", date),
                field("    # archived_url:", w.t("new.archived_url")),
                field("# updates:", w.t("new.updates")),
                field("#   - date:", date),
                field("#     type:", w.t("new.update_type")),
                field("#     previous_rating:", w.t("new.previous_rating")),
                "#     note:",
                field("# appearances:", w.t("new.appearances")),
                field("#   - url:", "https://..."),
                field("#     date:", date),
                "#     title:",
                field("#     first: true", w.t("new.first")),
                field("# same_as:", w.t("new.same_as")),
                field("status: draft", w.t("new.status")),
                "---");
        write(file, text);
        return file;
    }

    /**
     * A translation into {@code language} of the claim {@code claimSlug} of the article {@code articleSlug}, or of
     * the article itself when {@code claimSlug} is null: the words to translate, and for a claim, one commented
     * update note under each date of the original's updates. Its comments are in the site's language, the desk's.
     */
    static Path translation(Path content, Path templates, String articleSlug, String claimSlug, String language)
            throws Refused, IOException {
        requireSlug(articleSlug, "article slug");
        if (claimSlug != null) {
            requireSlug(claimSlug, "claim slug");
        }
        List<Language> languages = ContentLoader.languages(content);
        List<String> others = languages.stream().skip(1).map(Language::code).toList();
        if (!languages.isEmpty() && languages.get(0).code().equals(language)) {
            throw Refused.usage(language + " is the site's default language, which the original is written in;"
                    + " translate into one of " + (others.isEmpty() ? "the site's other languages" : String.join(", ", others)));
        }
        if (!others.contains(language)) {
            throw Refused.usage("'" + language + "' is not one of the site's other languages ("
                    + (others.isEmpty() ? "none yet" : String.join(", ", others)) + "); list it in site.yaml's"
                    + " 'languages' first, e.g. {code: " + language + ", name: ...}");
        }
        Path dir = content.resolve("articles").resolve(articleSlug);
        String original = claimSlug == null ? "article" : claimSlug;
        if (!Files.isRegularFile(dir.resolve(original + ".md"))) {
            throw Refused.usage("no " + dir.resolve(original + ".md") + " to translate");
        }
        ThemeWords w = words(templates, languages.get(0).code());
        Path file = dir.resolve(original + "." + language + ".md");
        if (claimSlug == null) {
            write(file, lines(
                    "---",
                    "# " + w.t("new.translation_article", language),
                    "# " + w.t("new.translation_article_paste", language),
                    field("title:", w.t("new.translation_title")),
                    field("# url:", w.t("new.translation_url")),
                    "---"));
            return file;
        }
        String date = w.t("new.date");
        StringBuilder notes = new StringBuilder();
        for (java.time.LocalDate d : updateDates(content, articleSlug, claimSlug)) {
            notes.append("#   - date: ").append(d).append("\n#     note:\n");
        }
        boolean conclusionOnly = ContentLoader.scale(content).conclusionOnly();
        write(file, lines(
                "---",
                "# " + w.t("new.translation_claim", claimSlug, language),
                "# " + w.t("new.translation_fields") + " " + w.t("new.quoting"),
                "# " + w.t("new.translation_analysis"),
                field("quote:", w.t("new.translation_quote", language)),
                field("headline:", w.t("new.headline")),
                field("summary:", w.t("new.translation_summary")),
                conclusionOnly ? field("verdict:", w.t("new.translation_verdict"))
                        : field("# rating_explanation:", w.t("new.why_rating")),
                conclusionOnly ? field("# rating_explanation:", w.t("new.why_conclusion"))
                        : field("# verdict:", w.t("new.verdict_conclusion_only")),
                field("# said_where:", w.t("new.translation_said_where")),
                field("# tags: " + w.t("new.tags"), w.t("new.translation_tags")),
                field("translated:", w.t("new.translated", date)),
                field("# translator:", w.t("new.people_id")),
                field("# updates:", w.t("new.translation_updates")),
                (notes.length() == 0 ? field("#   - date:", w.t("new.update_date", date)) + "\n#     note:"
                        : notes.toString().stripTrailing()),
                "---"));
        return file;
    }

    /** The theme's words in {@code language}, else in English; refused when the theme has neither. */
    private static ThemeWords words(Path templates, String language) throws Refused {
        Path i18n = templates.resolve("i18n");
        Path file = ThemeWords.fileFor(i18n, language);
        String code = language;
        if (file == null) {
            file = ThemeWords.fileFor(i18n, ThemeWords.REFERENCE);
            code = ThemeWords.REFERENCE;
        }
        if (file == null) {
            throw new Refused("no theme words in " + i18n + " (new writes its comments in the site's language);"
                    + " run factpress in the desk's folder, or give the theme with --templates DIR");
        }
        try {
            return ThemeWords.read(file, code);
        } catch (ThemeWords.BadFile e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The lines of a file, each ended by a newline. */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A field (or a commented-out one) and its comment, the comment in the file's comment column. */
    private static String field(String field, String comment) {
        return field + " ".repeat(Math.max(1, COMMENT_COLUMN - field.length())) + "# " + comment;
    }

    /** A field with the value the command line gave, or with only its comment when none was given. */
    private static String given(String field, String value, String comment) {
        return value == null || value.isBlank() ? field(field, comment) : field + " " + value(value);
    }

    /** The dates of the claim's updates, as far as its file can be read now. */
    private static List<java.time.LocalDate> updateDates(Path content, String articleSlug, String claimSlug) {
        return ContentLoader.load(content, new org.factpress.diagnostics.Problems()).claims().stream()
                .filter(c -> c.slug().equals(claimSlug) && c.articleSlug().equals(articleSlug)).findFirst()
                .map(c -> c.updates().stream().map(org.factpress.model.Update::date).distinct().toList())
                .orElse(List.of());
    }

    /** What site.yaml's scale accepts, as comment lines: every id with its label as the site shows it. */
    static String scaleComment(RatingScale scale, ThemeWords w) {
        if (scale.conclusionOnly()) {
            return "# " + w.t("new.conclusion_site");
        }
        String on = String.join(", ", scale.onScale().stream().map(r -> r.id() + " (" + r.label() + ")").toList());
        String off = String.join(", ", scale.offScale().stream().map(r -> r.id() + " (" + r.label() + ")").toList());
        String all = on.isEmpty() ? off : off.isEmpty() ? on : on + "; " + w.t("new.off_scale") + " " + off;
        StringBuilder out = new StringBuilder("# " + w.t("new.ratings"));
        int lineStart = 0;
        for (String word : all.split(" ")) {
            if (out.length() - lineStart + word.length() + 1 > 110) {
                lineStart = out.length() + 1;
                out.append("\n# "); // with the space before the word: continued lines indented by one
            }
            out.append(' ').append(word);
        }
        return out.toString();
    }

    private static Path existingClaim(Path articles, String claimSlug) throws IOException {
        if (!Files.isDirectory(articles)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(articles)) {
            return dirs.map(d -> d.resolve(claimSlug + ".md")).filter(Files::exists).sorted().findFirst().orElse(null);
        }
    }

    /** The rule check applies to folder and file names ({@link FileNames#slugRefusal}). */
    private static void requireSlug(String slug, String what) throws Refused {
        FileNames.Refusal refusal = FileNames.slugRefusal(slug, what);
        if (refusal != null) {
            throw Refused.usage(refusal.message() + ": " + refusal.hint());
        }
    }

    /** A given value as a YAML double-quoted string. */
    private static String value(String given) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : given.strip().toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** Creates the file; refuses when anything is already there. */
    private static void write(Path file, String text) throws Refused, IOException {
        if (Files.exists(file)) {
            throw new Refused(file + " already exists; factpress new never overwrites a file");
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(file + " already exists; factpress new never overwrites a file");
        }
    }
}
