package org.factpress.view;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * One HTML page of the site, not yet rendered: the file it is written to, the folder the sitemap lists (null:
 * not listed), its template, its sitemap date, and its model, made only when the page is rendered or compared
 * with the last build's.
 */
public record Route(String file, String path, String template, Supplier<LocalDate> lastmod,
                    Supplier<SitePage> model) {

    /** A page at folder {@code path}, written to its index.html and listed in the sitemap. */
    static Route at(String path, String template, Supplier<LocalDate> lastmod, Supplier<SitePage> model) {
        return new Route(path + "index.html", path, template, lastmod, model);
    }
}
