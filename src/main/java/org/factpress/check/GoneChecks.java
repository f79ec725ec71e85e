package org.factpress.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.factpress.diagnostics.Position;
import org.factpress.diagnostics.Problems;

/**
 * Published checks whose files are gone: the live site (the build's output folder) has their pages, the content
 * no longer has them, so the next build would make their addresses answer 404. Readers and search engines
 * that link to a check should find it withdrawn, not missing.
 *
 * <p>The warning is never false: it is given only for a check this desk published where the next build publishes.
 * A page of the live site counts when its canonical address lies under the base URL the next build uses (a desk
 * that moved its site, or a live site built for another address, gets none), and only while the live site and the
 * content share a check or a source article: content that shares nothing with the live site replaces it wholesale
 * (a new desk that deleted the example), and removes nothing of its own.
 */
public final class GoneChecks {
    private GoneChecks() {}

    /**
     * A warning for each check published in {@code live} under {@code baseUrl} whose file is not in {@code content};
     * none without a live site.
     */
    public static Problems find(Path content, Path live, String baseUrl) {
        if (!Files.isDirectory(live.resolve("claims")) || !Files.isDirectory(content.resolve("articles"))) {
            return new Problems();
        }
        List<String> pages = new java.util.ArrayList<>();
        for (String kind : List.of("claims", "articles")) {
            for (String slug : children(live.resolve(kind))) {
                if (Files.isRegularFile(live.resolve(kind).resolve(slug).resolve("index.html"))) {
                    pages.add(kind + "/" + slug + "/index.html");
                }
            }
        }
        Path articles = content.resolve("articles");
        return find(content, live, baseUrl, claimSlugs(articles), new HashSet<>(children(articles)), pages);
    }

    /**
     * As {@link #find(Path, Path, String)}, from what a build with the cache knows without looking:
     * {@code contentFiles}, every file under the content folder (absolute paths), and {@code livePages}, the files
     * of the live site (relative paths, '/'-separated).
     */
    public static Problems find(Path content, Path live, String baseUrl, Collection<String> contentFiles,
                                Collection<String> livePages) {
        Path articles = content.toAbsolutePath().normalize().resolve("articles");
        Set<String> claims = new HashSet<>();
        Set<String> sourceArticles = new HashSet<>();
        for (String f : contentFiles) {
            Path p = Path.of(f);
            String name = p.getFileName().toString();
            if (p.getParent() != null && articles.equals(p.getParent().getParent()) && name.endsWith(".md")) {
                if (name.equals("article.md")) {
                    sourceArticles.add(p.getParent().getFileName().toString());
                } else {
                    claims.add(name.substring(0, name.length() - 3));
                }
            }
        }
        return find(content, live, baseUrl, claims, sourceArticles, livePages);
    }

    private static Problems find(Path content, Path live, String baseUrl, Set<String> claimsInContent,
                                 Set<String> articlesInContent, Collection<String> livePages) {
        Problems problems = new Problems();
        Set<String> published = pages(livePages, "claims");
        published.remove("page");
        Set<String> gone = new TreeSet<>(published);
        gone.removeAll(claimsInContent);
        Set<String> articles = pages(livePages, "articles");
        articles.remove("page");
        boolean shared = published.stream().anyMatch(claimsInContent::contains)
                || articles.stream().anyMatch(articlesInContent::contains);
        if (gone.isEmpty() || !shared) {
            return problems; // nothing gone, or the content replaces the live site wholesale
        }
        for (String slug : gone) {
            String address = address(live.resolve("claims").resolve(slug).resolve("index.html"));
            if (address == null || baseUrl == null || !address.startsWith(baseUrl)) {
                continue; // not where the next build publishes: it makes nothing answer 404 there
            }
            problems.warning(Position.ofFile(content.resolve("articles")), "the published check '" + slug
                    + "' has no file any more: its page " + address + " will answer 404 after the next build",
                    "to withdraw a check, keep its file and add an update with 'type: void' and a note saying why"
                            + " (docs/content-format.md, Kinds of update)");
        }
        return problems;
    }

    /** The slugs of the live site's pages {@code kind}/<slug>/index.html. */
    private static Set<String> pages(Collection<String> livePages, String kind) {
        Set<String> slugs = new TreeSet<>();
        for (String file : livePages) {
            String[] parts = file.split("/");
            if (parts.length == 3 && parts[0].equals(kind) && parts[2].equals("index.html")) {
                slugs.add(parts[1]);
            }
        }
        return slugs;
    }

    /** The page's public address, as its canonical link gives it; null when it has none or cannot be read. */
    private static String address(Path page) {
        try {
            Element canonical = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("link[rel=canonical]");
            if (canonical != null && !canonical.attr("href").isBlank()) {
                return canonical.attr("href");
            }
        } catch (IOException e) {
            // unreadable: its address is unknown
        }
        return null;
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
