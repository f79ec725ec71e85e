package org.factpress.model;

import java.util.List;

/**
 * site.yaml: what the whole site is called, where it lives, who publishes it and which scale it rates on.
 * {@code safeHtml}: analyses may hold raw HTML, cut down to a safe subset ({@code allow_html: safe}).
 *
 * <p>{@code language} is the language these pages are in: the default one (the first of {@code languages}) for
 * the site as loaded, another for one of its editions ({@link #inLanguage}). {@code languages} lists every language
 * the site publishes in, the default first; a site that gives only {@code language: xx} publishes in that one.
 *
 * <p>{@code title} and {@code description} are the texts these pages show; {@code titleText} and
 * {@code descriptionText} the same as the desk wrote them, one for every language or one per language, with the
 * language of the text shown (so a page can mark a title in another language than its own).
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
                         List<Language> languages, Publisher publisher, RatingScale scale, Origin origin,
                         PrintSettings print, About about, boolean safeHtml, Localized titleText,
                         Localized descriptionText) {

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    /** A site whose title and description are one text for every language. */
    public SiteConfig(String title, String description, String baseUrl, String language,
                      List<Language> languages, Publisher publisher, RatingScale scale, Origin origin,
                      PrintSettings print, About about, boolean safeHtml) {
        this(title, description, baseUrl, language, languages, publisher, scale, origin, print, about, safeHtml,
                Localized.plain(title), Localized.plain(description));
    }

    /** A site whose title and description may be given per language: those texts in the default language. */
    public static SiteConfig of(Localized title, Localized description, String baseUrl, String language,
                                List<Language> languages, Publisher publisher, RatingScale scale, Origin origin,
                                PrintSettings print, About about, boolean safeHtml) {
        String first = languages.isEmpty() ? language : languages.get(0).code();
        Localized t = title.in(first, first);
        Localized d = description.in(first, first);
        return new SiteConfig(t.text(), d.text(), baseUrl, language, languages, publisher, scale, origin, print,
                about.in(first, first), safeHtml, t, d);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, languages, publisher, scale, origin, print, about,
                safeHtml, titleText, descriptionText);
    }

    public SiteConfig withScale(RatingScale other) {
        return new SiteConfig(title, description, baseUrl, language, languages, publisher, other, origin, print,
                about, safeHtml, titleText, descriptionText);
    }

    /**
     * The same site as its edition in {@code code}, one of {@link #languages}: its own scale's labels and meanings in
     * that language where the desk gave them, and so its title, description and {@code about} texts (each the
     * default language's where the desk gave none in {@code code}).
     */
    public SiteConfig inLanguage(String code) {
        String first = defaultLanguage();
        Localized t = titleText.in(code, first);
        Localized d = descriptionText.in(code, first);
        return new SiteConfig(t.text(), d.text(), baseUrl, code, languages, publisher, scale.in(code), origin, print,
                about.in(code, first), safeHtml, t, d);
    }

    /** The same site with its languages named otherwise (the theme's name for a language site.yaml only codes). */
    public SiteConfig withLanguages(List<Language> named) {
        return new SiteConfig(title, description, baseUrl, language, named, publisher, scale, origin, print, about,
                safeHtml, titleText, descriptionText);
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
