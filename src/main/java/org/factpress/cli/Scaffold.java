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

/**
 * {@code new article} and {@code new claim}: files with every field of the contract, each with a comment saying
 * what goes there. Required fields are left empty, so {@code check} points at each one still to fill in; optional
 * ones are commented out. An existing file is never overwritten.
 */
final class Scaffold {
    /** A refusal to explain to the editor: nothing was written. */
    static final class Refused extends Exception {
        /** A name given on the command line that no content file may have: a usage error, not the content's. */
        final boolean badName;

        Refused(String message) {
            this(message, false);
        }

        Refused(String message, boolean badName) {
            super(message);
            this.badName = badName;
        }
    }

    private Scaffold() {}

    static Path article(Path content, String slug, String url, String title) throws Refused, IOException {
        requireSlug(slug, "article slug");
        Path dir = content.resolve("articles").resolve(slug);
        Path file = dir.resolve("article.md");
        String text = """
                ---
                # A source article: the text that made the claims. Every field: docs/content-format.md
                # Put text containing ': ' or ' #' in "double quotes". Paste the article's text below the closing '---'.
                title: %s
                publisher:                # who published it, e.g. The Independent
                url: %s
                published:                # YYYY-MM-DD
                # author:                 # who wrote it, as credited
                # archived_url:           # an archived copy, e.g. https://web.archive.org/web/2025/<url>
                ---
                """.formatted(value(title, "# the headline as published"), value(url, "# address of the original, https://..."));
        // The source text goes below the closing '---': check reports "the article has no text" until it is there.
        write(file, text);
        return file;
    }

    static Path claim(Path content, String articleSlug, String claimSlug, String quote) throws Refused, IOException {
        requireSlug(claimSlug, "claim slug");
        if (claimSlug.equals("article")) {
            throw new Refused("a claim cannot be called 'article': article.md is the source article's own file", true);
        }
        Path articles = content.resolve("articles");
        if (!Files.isRegularFile(articles.resolve(articleSlug).resolve("article.md"))) {
            throw new Refused("no source article '" + articleSlug + "' in " + articles
                    + "; create it first: factpress new article " + articleSlug);
        }
        Path taken = existingClaim(articles, claimSlug);
        if (taken != null) {
            throw new Refused(taken + " already exists; claim slugs are unique across articles, choose another");
        }
        Path file = articles.resolve(articleSlug).resolve(claimSlug + ".md");
        RatingScale scale = ContentLoader.scale(content);
        String text = """
                ---
                # A claim and its verdict. Every field: docs/content-format.md. People ids are in people.yaml.
                %s
                # Put text containing ': ' or ' #' in "double quotes". The analysis goes below the closing '---'.
                quote: %s
                # occurrence: 2           # only when the quote occurs more than once: which one (1 = first)
                claimant:                 # who said it: an id from people.yaml
                said_on:                  # YYYY-MM-DD
                # said_where:             # e.g. Truth Social post, press conference
                %s
                # rating_explanation:     # why this verdict, in a sentence
                headline:                 # the question the check answers
                summary:                  # the short answer, one or two sentences
                author:                   # the fact-checker: an id from people.yaml
                # editor:                 # who edited the check: an id from people.yaml
                published:                # YYYY-MM-DD
                # updated:                # YYYY-MM-DD, when the verdict or the analysis changed
                # tags: [tag-one, tag-two]
                sources:                  # the documents the verdict rests on, one '- title:' entry each
                  - title:
                    url:                  # https://...
                    # publisher:
                    # date:               # YYYY-MM-DD
                    # archived_url:       # an archived copy, e.g. https://web.archive.org/web/2025/<url>
                # updates:                # corrections shown to readers, oldest first
                #   - date:               # YYYY-MM-DD
                #     type:               # correction, update, rating-change or void
                #     previous_rating:    # with type rating-change: the rating id the check had before
                #     note:
                # appearances:            # other places the claim was made: posts, speeches, other articles
                #   - url:                # https://...
                #     date:               # YYYY-MM-DD
                #     title:
                #     first: true         # on the earliest known appearance only
                # same_as:                # the slug of an earlier check of the same claim; both pages link each other
                status: draft             # checked and previewed, not published; set to published when signed off
                ---
                """.formatted(scaleComment(scale), value(quote, "# the words as they stand in the article (75 characters at most show whole)"),
                scale.conclusionOnly()
                        ? "verdict:                  # the conclusion in a few words\n"
                                + "# rating:                 # only on a site that rates on a scale, instead of verdict"
                        : "rating:                   # a rating id from the list above; quote \"true\" and \"false\"\n"
                                + "# verdict:                # only on a site with rating_scale: conclusion, instead of rating");
        write(file, text);
        return file;
    }

    /**
     * A translation into {@code language} of the claim {@code claimSlug} of the article {@code articleSlug}, or of
     * the article itself when {@code claimSlug} is null: the words to translate, and for a claim, one commented
     * update note under each date of the original's updates.
     */
    static Path translation(Path content, String articleSlug, String claimSlug, String language)
            throws Refused, IOException {
        requireSlug(articleSlug, "article slug");
        if (claimSlug != null) {
            requireSlug(claimSlug, "claim slug");
        }
        List<Language> languages = ContentLoader.languages(content);
        List<String> others = languages.stream().skip(1).map(Language::code).toList();
        if (!languages.isEmpty() && languages.get(0).code().equals(language)) {
            throw new Refused(language + " is the site's default language, which the original is written in;"
                    + " translate into one of " + (others.isEmpty() ? "the site's other languages" : String.join(", ", others)));
        }
        if (!others.contains(language)) {
            throw new Refused("'" + language + "' is not one of the site's other languages ("
                    + (others.isEmpty() ? "none yet" : String.join(", ", others)) + "); list it in site.yaml's"
                    + " 'languages' first, e.g. {code: " + language + ", name: ...}");
        }
        Path dir = content.resolve("articles").resolve(articleSlug);
        String original = claimSlug == null ? "article" : claimSlug;
        if (!Files.isRegularFile(dir.resolve(original + ".md"))) {
            throw new Refused("no " + dir.resolve(original + ".md") + " to translate");
        }
        Path file = dir.resolve(original + "." + language + ".md");
        if (claimSlug == null) {
            write(file, """
                    ---
                    # article.md in %s: its title and text. Publisher, dates and author are the original's.
                    # Every field: docs/content-format.md. Paste the article's text in %s below the closing '---'.
                    title:                    # the headline in this language
                    # url:                    # the publisher's own translation, if it has one: https://...
                    ---
                    """.formatted(language, language));
            return file;
        }
        StringBuilder notes = new StringBuilder();
        for (java.time.LocalDate date : updateDates(content, articleSlug, claimSlug)) {
            notes.append("#   - date: ").append(date).append("\n#     note:\n");
        }
        write(file, """
                ---
                # %s.md in %s: words only. The claimant, rating, dates and sources are the original's.
                # Every field: docs/content-format.md. Put text containing ': ' or ' #' in "double quotes".
                # The analysis in this language goes below the closing '---'.
                quote:                    # as it stands in article.%s.md when the article is translated
                headline:                 # the question the check answers
                summary:                  # the short answer
                %s
                # said_where:             # e.g. press conference
                # tags: [tag-one, tag-two]  # the tags in this language
                translated:               # YYYY-MM-DD: the day you translate it or bring it up to date
                # translator:             # an id from people.yaml
                # updates:                # the original's update notes in this language, each under its date
                %s---
                """.formatted(claimSlug, language, language, ContentLoader.scale(content).conclusionOnly()
                        ? "verdict:                  # the original's conclusion in this language\n"
                                + "# rating_explanation:     # why this conclusion"
                        : "# rating_explanation:     # why this rating\n"
                                + "# verdict:                # only on a site with rating_scale: conclusion",
                        notes.length() == 0
                        ? "#   - date:               # YYYY-MM-DD, the date of the original's update\n#     note:\n"
                        : notes.toString()));
        return file;
    }

    /** The dates of the claim's updates, as far as its file can be read now. */
    private static List<java.time.LocalDate> updateDates(Path content, String articleSlug, String claimSlug) {
        return ContentLoader.load(content, new org.factpress.diagnostics.Problems()).claims().stream()
                .filter(c -> c.slug().equals(claimSlug) && c.articleSlug().equals(articleSlug)).findFirst()
                .map(c -> c.updates().stream().map(org.factpress.model.Update::date).distinct().toList())
                .orElse(List.of());
    }

    /** What site.yaml's scale accepts, as comment lines: every id with its label, off-scale labels too. */
    static String scaleComment(RatingScale scale) {
        if (scale.conclusionOnly()) {
            return "# This site gives conclusions, not ratings (rating_scale: conclusion): write the verdict in 'verdict'.";
        }
        StringBuilder out = new StringBuilder("# Ratings this site accepts:");
        int lineStart = 0;
        for (String word : scale.describe().split(" ")) {
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
            throw new Refused(refusal.message() + ": " + refusal.hint(), true);
        }
    }

    /** A given value as a YAML double-quoted string, or nothing but the comment when none was given. */
    private static String value(String given, String comment) {
        if (given == null || given.isBlank()) {
            return " ".repeat(16) + comment;
        }
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
