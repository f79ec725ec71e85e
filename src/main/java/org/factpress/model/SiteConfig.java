package org.factpress.model;

/**
 * site.yaml: what the whole site is called, where it lives, who publishes it and which scale it rates on.
 * {@code safeHtml}: analyses may hold raw HTML, cut down to a safe subset ({@code allow_html: safe}).
 */
public record SiteConfig(String title, String description, String baseUrl, String language, Publisher publisher,
                         RatingScale scale, Origin origin, PrintSettings print, About about, boolean safeHtml) {

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, publisher, scale, origin, print, about, safeHtml);
    }

    public SiteConfig withScale(RatingScale other) {
        return new SiteConfig(title, description, baseUrl, language, publisher, other, origin, print, about, safeHtml);
    }
}
