package org.factpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a small content folder on disk for a test: a site, people, one article and its claims. */
public final class ContentTree {
    public static final String ARTICLE_TEXT = """
            The minister said the bridge cost “four billion euros” to build.

            Critics replied that the bridge's real cost was closer to two billion, and that the minister’s figure
            counted the roads around it.

            Ein Zitat auf Russisch: «Мост стоил четыре миллиарда» and in Greek: «Η γέφυρα κόστισε».
            """;

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    /** A valid tree with one article ("bridge-report") and two claims ("bridge-cost", "roads-counted"). */
    public static ContentTree valid(Path dir) throws IOException {
        ContentTree t = new ContentTree(dir);
        t.write("site.yaml", """
                title: Test Desk
                description: Checks for tests.
                base_url: https://example.org/factpress/
                language: en
                publisher:
                  name: Test Desk
                  url: https://example.org/
                about:
                  masthead: Ann Checker checks; Bob Editor edits.
                  funding_and_ownership: The desk is owned by its staff and funded by readers.
                  corrections_policy: Write to us and we correct within a day, openly.
                  methodology: We check claims against **primary sources**.
                  submit_claim: mailto:tips@example.org
                """);
        t.write("people.yaml", """
                jane-minister:
                  name: Jane Minister
                  role: Minister of Works
                ann-checker:
                  name: Ann Checker
                  role: Fact-checker
                bob-editor:
                  name: Bob Editor
                  role: Editor
                daily-news:
                  name: The Daily News
                  type: organization
                """);
        t.write("articles/bridge-report/article.md", """
                ---
                title: Minister defends bridge cost
                publisher: The Daily News
                url: https://news.example.com/bridge
                published: 2025-03-01
                ---
                """ + ARTICLE_TEXT);
        t.write("articles/bridge-report/bridge-cost.md", claim("the bridge cost \\\"four billion euros\\\" to build",
                "jane-minister", "false", "Did the bridge cost four billion euros?", "2025-03-03"));
        t.write("articles/bridge-report/roads-counted.md", claim("the minister's figure counted the roads around it",
                "daily-news", "mostly-true", "Did the figure count the roads?", "2025-03-02"));
        return t;
    }

    /** A copy of the content folder {@code fixture} (a fixture desk) at {@code dir}, to edit in a test. */
    public static ContentTree copyOf(Path fixture, Path dir) throws IOException {
        TestSite.copyTree(fixture, dir);
        return new ContentTree(dir);
    }

    /** A claim file with every required field. */
    public static String claim(String quote, String claimant, String rating, String headline, String published) {
        return """
                ---
                quote: "%s"
                claimant: %s
                said_on: 2025-03-01
                said_where: Press conference
                rating: %s
                headline: "%s"
                summary: The short answer.
                author: ann-checker
                editor: bob-editor
                published: %s
                tags: [infrastructure, budget]
                sources:
                  - title: Budget report 2024
                    publisher: Ministry of Finance
                    date: 2024-12-01
                    url: https://finance.example.org/budget-2024
                ---
                The analysis, with **emphasis**.

                | Item | Cost |
                |------|------|
                | Bridge | 2.1 bn |
                """.formatted(quote, claimant, rating, headline, published);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public ContentTree write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    public ContentTree edit(String relative, String from, String to) throws IOException {
        Path p = root.resolve(relative);
        String s = Files.readString(p);
        if (!s.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    /** The claim {@link #valid} translations are made of. */
    public static final String COST = "articles/bridge-report/bridge-cost.md";
    /** Its Ukrainian translation's file. */
    public static final String COST_UK = "articles/bridge-report/bridge-cost.uk.md";

    /** The site in English, first, and in the language {@code code}, called {@code name}. */
    public ContentTree inEnglishAnd(String code, String name) throws IOException {
        return edit("site.yaml", "language: en\n", """
                languages:
                  - code: en
                    name: English
                  - code: %s
                    name: %s
                """.formatted(code, name));
    }

    /** A translator in people.yaml: olha-translator. */
    public ContentTree withTranslator() throws IOException {
        return edit("people.yaml", "daily-news:", """
                olha-translator:
                  name: Ольга Перекладачка
                daily-news:""");
    }

    /** {@link #COST} with {@code lines} (its updates, say) after its tags. */
    public ContentTree withCostUpdates(String lines) throws IOException {
        return edit(COST, "tags: [infrastructure, budget]", "tags: [infrastructure, budget]\n" + lines.strip());
    }

    /**
     * {@link #COST} in Ukrainian, translated on 4 March 2025 by olha-translator, its quote {@code quote};
     * {@code more}: lines added to its front matter.
     */
    public static String costInUkrainian(String quote, String more) {
        return """
                ---
                quote: "%s"
                headline: Чи коштував міст чотири мільярди євро?
                summary: Ні, удвічі менше.
                translated: 2025-03-04
                translator: olha-translator
                %s---
                Аналіз українською.
                """.formatted(quote, more);
    }
}
