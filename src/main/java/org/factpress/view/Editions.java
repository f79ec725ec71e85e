package org.factpress.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factpress.model.Language;
import org.factpress.model.SiteConfig;

/**
 * The site's editions, one a language, and the pages each has: what a page gives for its translations (the
 * {@code hreflang} alternates of its head and of the sitemap) and where its language switcher goes. A page's
 * translation is the page at the same path in another edition; an untranslated check has no page in the other
 * edition, so the switcher goes to that edition's home.
 */
public final class Editions {
    /** What a page has where it has none: a site in one language. */
    public static final Editions NONE = new Editions(null, List.of(), Map.of());

    private final SiteConfig site;
    private final List<Language> languages;
    /** Each edition's page paths (folders, e.g. {@code claims/x/}), by language code. */
    private final Map<String, Set<String>> paths;
    /** The default edition's links, from which every edition's are made. */
    private final Urls root;

    private Editions(SiteConfig site, List<Language> languages, Map<String, Set<String>> paths) {
        this.site = site;
        this.languages = languages;
        this.paths = paths;
        this.root = site == null ? null : Urls.of(site.inLanguage(site.defaultLanguage()));
    }

    /** {@code paths}: each language's page paths, relative to its edition's root, by language code. */
    public static Editions of(SiteConfig site, Map<String, ? extends Collection<String>> paths) {
        if (!site.multilingual()) {
            return NONE;
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        paths.forEach((code, p) -> copy.put(code, Set.copyOf(p)));
        return new Editions(site, site.languages(), copy);
    }

    /** One of a page's translations, as {@code <link rel="alternate" hreflang>} and the sitemap's xhtml:link give it. */
    public record Alternate(String hreflang, String href) {}

    /**
     * A language in the switcher: its name in itself, where it goes (the same page in that language, or that
     * edition's home), and whether it is the page's own language.
     */
    public record LanguageLink(String code, String name, String url, boolean current) {}

    public boolean multilingual() {
        return site != null;
    }

    /**
     * The page at {@code path} in every edition that has it, then {@code x-default} for the default language's;
     * empty when no other edition has it (a page is not its own translation).
     */
    public List<Alternate> alternates(String path) {
        if (path == null || site == null) {
            return List.of();
        }
        List<Alternate> out = new ArrayList<>();
        for (Language l : languages) {
            if (paths.getOrDefault(l.code(), Set.of()).contains(path)) {
                out.add(new Alternate(l.code(), root.in(l.code()).absolute(path)));
            }
        }
        if (out.size() < 2) {
            return List.of();
        }
        if (paths.getOrDefault(site.defaultLanguage(), Set.of()).contains(path)) {
            out.add(new Alternate("x-default", root.absolute(path)));
        }
        return List.copyOf(out);
    }

    /** The switcher on the page at {@code path} of the edition in {@code language}: every language, in site order. */
    public List<LanguageLink> switcher(String language, String path) {
        if (site == null) {
            return List.of();
        }
        List<LanguageLink> out = new ArrayList<>();
        for (Language l : languages) {
            Urls there = root.in(l.code());
            boolean has = path != null && paths.getOrDefault(l.code(), Set.of()).contains(path);
            out.add(new LanguageLink(l.code(), l.name(), has ? there.to(path) : there.root(),
                    l.code().equals(language)));
        }
        return List.copyOf(out);
    }

    /** The alternate in {@code language} among {@code alternates}, or null. */
    public static Alternate in(List<Alternate> alternates, String language) {
        return alternates.stream().filter(a -> a.hreflang().equals(language)).findFirst().orElse(null);
    }
}
