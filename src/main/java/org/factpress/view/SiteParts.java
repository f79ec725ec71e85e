package org.factpress.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factpress.model.Rating;
import org.factpress.model.SiteConfig;
import org.factpress.text.ThemeWords;

/**
 * What every page of the site gets besides its own model, worked out once: each verdict's ink and symbol by
 * rating id, the links of the navigation and the footer, the language of the site's title and description where
 * it is not the edition's (null where it is), and the direction each of the site's languages is written in, by code
 * ({@code dirs}: what the theme's {@code lang} macro gives words in another language than the page's).
 */
public record SiteParts(Map<String, String> verdictInk, Map<String, String> verdictSymbol, SiteLinks links,
                        TextLanguage titleLanguage, TextLanguage descriptionLanguage, Map<String, String> dirs) {

    /** {@code templates}: the theme's folder, where the header's logo must be. */
    public static SiteParts of(SiteConfig site, Urls urls, java.nio.file.Path templates) {
        Map<String, String> ink = new LinkedHashMap<>();
        for (Rating r : site.scale().ratings()) {
            ink.put(r.id(), VerdictInk.on(r.colour()));
        }
        return new SiteParts(Collections.unmodifiableMap(ink), VerdictSymbol.all(site.scale()),
                SiteLinks.of(urls, site.about().submitClaim().text(),
                        org.factpress.load.PublisherLogo.of(site.publisher().logo(), urls.siteAbsolute(""), templates)), TextLanguage.of(site.titleText(), site.language()),
                TextLanguage.of(site.descriptionText(), site.language()), dirs(site));
    }

    private static Map<String, String> dirs(SiteConfig site) {
        Map<String, String> dirs = new java.util.TreeMap<>();
        dirs.put(site.language(), ThemeWords.dir(site.language()));
        site.languages().forEach(l -> dirs.put(l.code(), ThemeWords.dir(l.code())));
        return Collections.unmodifiableMap(dirs);
    }
}
