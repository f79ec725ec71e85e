package org.factpress.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark corpus as a Hugo site doing the same work: a page per source article and per claim (quote,
 * verdict, summary, Markdown analysis with a table, sources), taxonomies for claimants, ratings and tags, a
 * home page of the latest checks, RSS and a sitemap (Hugo's defaults).
 */
final class HugoSite {
    private HugoSite() {}

    static void write(Path root, List<String[]> articles, List<Corpus.ClaimData> claims) throws IOException {
        Corpus.write(root.resolve("config.toml"), """
                baseURL = "https://example.org/bench/"
                languageCode = "en"
                title = "Benchmark Desk"
                disableKinds = []
                [taxonomies]
                  claimant = "claimants"
                  rating = "ratings"
                  tag = "tags"
                  source = "sources-of"
                [markup.goldmark.renderer]
                  unsafe = false
                """);
        Corpus.write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}"><meta name="description" content="{{ .Params.summary }}">
                <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
                <body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></header>
                <main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
                """);
        Corpus.write(root.resolve("layouts/claims/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <blockquote>{{ .Params.quote }}</blockquote>
                <p>{{ range .GetTerms "claimants" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}, {{ .Params.said_on }}</p>
                <p class="verdict">{{ .Params.verdict }}</p><p>{{ .Params.summary }}</p>
                <section>{{ .Content }}</section>
                <ol>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .title }}</a>, {{ .publisher }} (<a href="{{ .archived_url }}">archived</a>)</li>{{ end }}</ol>
                <p>Tags: {{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                <script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "ClaimReview" "url" .Permalink "claimReviewed" .Params.quote "datePublished" .Params.published | jsonify | safeJS }}</script>
                </article>{{ end }}
                """);
        Corpus.write(root.resolve("layouts/articles/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.publisher }}</p>
                <ul>{{ with index .Site.Taxonomies "sources-of" .File.ContentBaseName }}{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.verdict }}</li>{{ end }}{{ end }}</ul>
                {{ .Content }}</article>{{ end }}
                """);
        Corpus.write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.verdict }}</li>{{ end }}</ul>{{ end }}
                """);
        Corpus.write(root.resolve("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
                """);
        Corpus.write(root.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 20 (where .Site.RegularPages "Section" "claims").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.verdict }}</li>{{ end }}</ul>{{ end }}
                """);
        // The per-article taxonomy is only an index for Hugo: its own pages are not rendered.
        Corpus.write(root.resolve("content").resolve("sources-of/_index.md"),
                "---\ntitle: Sources\ncascade:\n  _build:\n    render: never\n    list: never\n---\n");
        Corpus.write(root.resolve("static/style.css"), "body { font-family: system-ui, sans-serif; }\n");
        for (String[] a : articles) {
            Corpus.write(root.resolve("content").resolve("articles/" + a[0] + ".md"), "---\ntitle: \"" + a[1]
                    + "\"\ndate: " + a[2] + "\npublisher: The Daily Bench\n---\n" + a[3] + "\n");
        }
        for (Corpus.ClaimData c : claims) {
            StringBuilder s = new StringBuilder("---\n");
            s.append("title: \"").append(c.headline()).append("\"\n");
            s.append("date: ").append(c.published()).append('\n');
            s.append("published: ").append(c.published()).append('\n');
            s.append("quote: \"").append(c.quote()).append("\"\n");
            s.append("article: ").append(c.article()).append('\n');
            // A taxonomy term per source article: Hugo's own way to list an article's claims without a scan.
            s.append("sources-of: [\"").append(c.article()).append("\"]\n");
            s.append("said_on: ").append(Corpus.date(0)).append('\n');
            s.append("verdict: \"").append(Corpus.label(c.rating())).append("\"\n");
            s.append("summary: \"").append(c.summary()).append("\"\n");
            s.append("claimants: [\"").append(c.claimant()).append("\"]\n");
            s.append("ratings: [\"").append(Corpus.RATINGS[c.rating()]).append("\"]\n");
            s.append("tags: [").append(String.join(", ", c.tags())).append("]\n");
            s.append(Corpus.sourcesYaml(c));
            s.append("---\n").append(c.analysis()).append('\n');
            Corpus.write(root.resolve("content").resolve("claims/" + c.slug() + ".md"), s.toString());
        }
    }
}
