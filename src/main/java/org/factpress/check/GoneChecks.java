package org.factpress.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;

/**
 * Published checks whose files are gone: the live site (the build's output folder) has their pages, the content
 * no longer has them, so the next build would make their addresses answer 404. Readers and search engines
 * that link to a check should find it withdrawn, not missing.
 */
public final class GoneChecks {
    private GoneChecks() {}

    /** A warning for each check published in {@code live} whose file is not in {@code content}; none without a live site. */
    public static Problems find(Path content, Path live) {
        Path published = live.resolve("claims");
        if (!Files.isDirectory(published) || !Files.isDirectory(content.resolve("articles"))) {
            return new Problems();
        }
        List<String> pages = new java.util.ArrayList<>();
        for (String slug : children(published)) {
            if (Files.isRegularFile(published.resolve(slug).resolve("index.html"))) {
                pages.add("claims/" + slug + "/index.html");
            }
        }
        return find(content, live, claimSlugs(content.resolve("articles")), pages);
    }

    /**
     * As {@link #find(Path, Path)}, from what a build with the cache knows without looking: {@code contentFiles},
     * every file under the content folder (absolute paths), and {@code livePages}, the files of the live site
     * (relative paths, '/'-separated).
     */
    public static Problems find(Path content, Path live, java.util.Collection<String> contentFiles,
                                java.util.Collection<String> livePages) {
        Path articles = content.toAbsolutePath().normalize().resolve("articles");
        Set<String> slugs = new HashSet<>();
        for (String f : contentFiles) {
            Path p = Path.of(f);
            String name = p.getFileName().toString();
            if (p.getParent() != null && articles.equals(p.getParent().getParent()) && name.endsWith(".md")
                    && !name.equals("article.md")) {
                slugs.add(name.substring(0, name.length() - 3));
            }
        }
        return find(content, live, slugs, livePages);
    }

    private static Problems find(Path content, Path live, Set<String> inContent, java.util.Collection<String> livePages) {
        Problems problems = new Problems();
        java.util.TreeSet<String> published = new java.util.TreeSet<>();
        for (String file : livePages) {
            String[] parts = file.split("/");
            if (parts.length == 3 && parts[0].equals("claims") && parts[2].equals("index.html")) {
                published.add(parts[1]);
            }
        }
        for (String slug : published) {
            Path page = live.resolve("claims").resolve(slug).resolve("index.html");
            if (!slug.equals("page") && !inContent.contains(slug)) {
                problems.warning(Position.ofFile(content.resolve("articles")), "the published check '" + slug
                        + "' has no file any more: its page " + address(page) + " will answer 404 after the next build", "to withdraw a check, keep its file and add an update with"
                        + " 'type: void' and a note saying why (docs/content-format.md, Kinds of update)");
            }
        }
        return problems;
    }

    /** The page's public address, as its canonical link gives it; the file's path where it has none. */
    private static String address(Path page) {
        try {
            Element canonical = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("link[rel=canonical]");
            if (canonical != null && !canonical.attr("href").isBlank()) {
                return canonical.attr("href");
            }
        } catch (IOException e) {
            // unreadable: name the file instead
        }
        return page.getParent() + "/";
    }

    /** Every claim file's slug, whatever its state: a file that does not load is still there. */
    private static Set<String> claimSlugs(Path articles) {
        Set<String> slugs = new HashSet<>();
        for (String folder : children(articles)) {
            try (Stream<Path> files = Files.list(articles.resolve(folder))) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".md") && !n.equals("article.md"))
                        .forEach(n -> slugs.add(n.substring(0, n.length() - 3)));
            } catch (IOException e) {
                // not a folder, or unreadable: the loader reports it
            }
        }
        return slugs;
    }

    private static List<String> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
