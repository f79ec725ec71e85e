package org.factpress.model;

import java.util.List;

/**
 * site.yaml: what the whole site is called, where it lives, who publishes it and which scale it rates on.
 * {@code safeHtml}: analyses may hold raw HTML, cut down to a safe subset ({@code allow_html: safe}).
 *
 * <p>{@code language} is the language these pages are in: the default one (the first of {@code languages}) for
 * the site as loaded, another for one of its editions ({@link #inLanguage}). {@code languages} lists every language
 * the site publishes in, the default first; a site that gives only {@code language: xx} publishes in that one.
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
                         List<Language> languages, Publisher publisher, RatingScale scale, Origin origin,
                         PrintSettings print, About about, boolean safeHtml) {

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, languages, publisher, scale, origin, print, about,
                safeHtml);
    }

    public SiteConfig withScale(RatingScale other) {
        return new SiteConfig(title, description, baseUrl, language, languages, publisher, other, origin, print,
                about, safeHtml);
    }

    /**
     * The same site as its edition in {@code code}, one of {@link #languages}: its own scale's labels and meanings in
     * that language where the desk gave them.
     */
    public SiteConfig inLanguage(String code) {
        return new SiteConfig(title, description, baseUrl, code, languages, publisher, scale.in(code), origin, print,
                about, safeHtml);
    }

    /** The same site with its languages named otherwise (the theme's name for a language site.yaml only codes). */
    public SiteConfig withLanguages(List<Language> named) {
        return new SiteConfig(title, description, baseUrl, language, named, publisher, scale, origin, print, about,
                safeHtml);
    }

    /** The language pages stand in at the root of the site. */
    public String defaultLanguage() {
        return languages.isEmpty() ? language : languages.get(0).code();
    }

    /** More than one language: editions, alternates and a language switcher. */
    public boolean multilingual() {
        return languages.size() > 1;
    }
}
