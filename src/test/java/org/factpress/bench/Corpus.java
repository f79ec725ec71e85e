package org.factpress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a seeded benchmark corpus: N source articles with M claims each, in factpress's content format and,
 * optionally, as the equivalent Hugo site (one page per article and claim; taxonomies for claimants, ratings
 * and tags). The same seed gives the same files.
 *
 * <p>Usage: {@code Corpus <factpress-content-dir> <articles> <claims-per-article> [--hugo DIR] [--seed N]}
 */
public final class Corpus {
    static final String[] WORDS = ("the government minister said budget growth percent million billion report "
            + "election policy health schools hospital workers wages prices inflation energy climate emissions "
            + "border trade deal tariffs jobs unemployment crime police court law vote parliament council city "
            + "region water housing rent taxes spending debt deficit pension benefits children families farmers "
            + "transport railway roads bridge airport exports imports companies profits investment research "
            + "science university students teachers doctors nurses patients vaccine virus data survey study "
            + "figures record highest lowest since decade year month week increase decrease rise fall doubled "
            + "halved claimed announced promised warned denied confirmed according official statement").split(" ");
    static final String[] RATINGS = {"true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire"};
    static final String[] LABELS = {"True", "Mostly true", "Half true", "Mostly false", "False", "Pants on fire"};
    static final int CLAIMANTS = 200;
    static final int TAGS = 40;

    record ClaimData(String slug, String article, String quote, String claimant, int rating, String headline,
                     String summary, List<String> tags, String published, String analysis, List<String[]> sources) {}

    private final Random random;

    Corpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int claims = Integer.parseInt(args[2]);
        Path hugo = null;
        long seed = 42;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--hugo")) {
                hugo = Path.of(args[++i]);
            } else if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[++i]);
            }
        }
        new Corpus(seed).write(content, articles, claims, hugo);
        System.out.println("wrote " + articles + " articles x " + claims + " claims to " + content
                + (hugo != null ? " and the Hugo site to " + hugo : ""));
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private String sentence(int n) {
        String w = words(n);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
    }

    static String date(int dayOffset) {
        return java.time.LocalDate.of(2020, 1, 1).plusDays(dayOffset).toString();
    }

    void write(Path content, int articles, int claimsPer, Path hugo) throws IOException {
        Files.createDirectories(content.resolve("articles"));
        write(content.resolve("site.yaml"), """
                title: Benchmark Desk
                description: A generated corpus for benchmarks.
                base_url: https://example.org/bench/
                language: en
                publisher:
                  name: Benchmark Desk
                  url: https://example.org/
                """);
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < CLAIMANTS; i++) {
            people.append("claimant-").append(i).append(":\n  name: Claimant ").append(i)
                    .append("\n  role: Politician\n");
        }
        people.append("checker:\n  name: Cara Checker\n  role: Fact-checker\n");
        people.append("editor:\n  name: Ed Editor\n  role: Editor\n");
        write(content.resolve("people.yaml"), people.toString());

        List<ClaimData> all = new ArrayList<>();
        List<String[]> articleMeta = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String slug = "article-" + a;
            // Paragraphs of 40-80 words; claims quote whole runs of words from them.
            List<String> paragraphs = new ArrayList<>();
            int paragraphCount = Math.max(claimsPer + 2, 8);
            for (int p = 0; p < paragraphCount; p++) {
                StringBuilder para = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    para.append(sentence(10 + random.nextInt(10))).append(' ');
                }
                paragraphs.add(para.toString().strip());
            }
            String published = date(a % 2000);
            String title = "Report " + a + ": " + words(6);
            articleMeta.add(new String[] {slug, title, published, String.join("\n\n", paragraphs)});
            Path dir = content.resolve("articles").resolve(slug);
            Files.createDirectories(dir);
            write(dir.resolve("article.md"), "---\ntitle: \"" + title + "\"\npublisher: The Daily Bench\nurl: "
                    + "https://news.example.com/" + slug + "\npublished: " + published + "\n---\n"
                    + String.join("\n\n", paragraphs) + "\n");
            for (int c = 0; c < claimsPer; c++) {
                // Claim c quotes the start of paragraph c plus a few words: unique in the text.
                // Sentences have at least 10 words, so 5 to 7 words stay inside the first one (and under 75 characters).
                String[] ws = paragraphs.get(c).split(" ");
                String quote = String.join(" ", java.util.Arrays.copyOfRange(ws, 0, 5 + random.nextInt(3)));
                String cslug = slug + "-claim-" + c;
                int rating = random.nextInt(RATINGS.length);
                List<String> tags = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    String tag = "tag-" + random.nextInt(TAGS);
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
                StringBuilder analysis = new StringBuilder();
                for (int p = 0; p < 5; p++) {
                    for (int s = 0; s < 4; s++) {
                        analysis.append(sentence(12 + random.nextInt(8))).append(' ');
                    }
                    analysis.append("\n\n");
                    if (p == 1) {
                        analysis.append("| Year | Figure | Source |\n|---|---|---|\n");
                        for (int r = 0; r < 4; r++) {
                            analysis.append("| ").append(2019 + r).append(" | ").append(random.nextInt(10000))
                                    .append(" | ").append(words(2)).append(" |\n");
                        }
                        analysis.append("\n");
                    }
                }
                List<String[]> sources = new ArrayList<>();
                for (int s = 0; s < 3; s++) {
                    sources.add(new String[] {"Source " + s + " on " + words(3), "https://data.example.org/" + cslug + "/" + s});
                }
                all.add(new ClaimData(cslug, slug, quote, "claimant-" + random.nextInt(CLAIMANTS), rating,
                        "Is it true that " + words(6) + "?", sentence(15), tags,
                        date(a % 2000 + 1 + random.nextInt(5)), analysis.toString().strip(), sources));
            }
        }
        for (ClaimData c : all) {
            StringBuilder s = new StringBuilder("---\n");
            s.append("quote: \"").append(c.quote()).append("\"\n");
            s.append("claimant: ").append(c.claimant()).append('\n');
            s.append("said_on: ").append(date(0)).append('\n');
            s.append("rating: ").append(RATINGS[c.rating()]).append('\n');
            s.append("headline: \"").append(c.headline()).append("\"\n");
            s.append("summary: \"").append(c.summary()).append("\"\n");
            s.append("author: checker\neditor: editor\n");
            s.append("published: ").append(c.published()).append('\n');
            s.append("tags: [").append(String.join(", ", c.tags())).append("]\n");
            s.append(sourcesYaml(c));
            s.append("---\n").append(c.analysis()).append('\n');
            write(content.resolve("articles").resolve(c.article()).resolve(c.slug() + ".md"), s.toString());
        }
        if (hugo != null) {
            HugoSite.write(hugo, articleMeta, all);
        }
    }

    /** The claim's sources as YAML, the same in both formats. */
    static String sourcesYaml(ClaimData c) {
        StringBuilder s = new StringBuilder("sources:\n");
        for (String[] src : c.sources()) {
            s.append("  - title: \"").append(src[0]).append("\"\n    publisher: Bench Statistics Office\n")
                    .append("    url: ").append(src[1]).append("\n    archived_url: https://archive.example.org/")
                    .append(src[1].substring(8)).append('\n');
        }
        return s.toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String label(int rating) {
        return LABELS[rating];
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
