package org.factpress.check;

import java.nio.file.Path;
import org.factpress.diagnostics.Problems;
import org.factpress.load.PublisherLogo;
import org.factpress.model.Library;

/**
 * site.yaml's {@code publisher.logo}, when it names a file of the site, must be one the theme holds in its
 * {@code static/} folder: else the header shows the title alone and the prints no logo, which the desk should hear
 * of. A logo elsewhere on the web is the desk's choice (documented: not fetched, not shown) and is not warned of.
 */
final class LogoCheck {
    private LogoCheck() {}

    static void run(Library library, Path templates, Problems problems) {
        String logo = library.site().publisher().logo();
        String base = library.site().baseUrl();
        if (logo == null || logo.isBlank() || PublisherLogo.of(logo, base, templates) != null) {
            return;
        }
        String path = logo.startsWith(base) ? logo.substring(base.length())
                : logo.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || logo.startsWith("//") ? null : logo.replaceFirst("^/+", "");
        if (path == null) {
            return; // on another site
        }
        problems.warning(library.site().origin().at("publisher.logo"),
                path.startsWith("static/") && !path.contains("..")
                        ? "publisher.logo: there is no file " + templates.resolve(path) + "; the header shows the"
                                + " site's title and the prints no logo"
                        : "publisher.logo: '" + logo + "' is not in the theme's static/ folder; the header shows the"
                                + " site's title and the prints no logo",
                "put the logo in " + templates.resolve("static") + " and write its path, e.g. static/logo.png");
    }
}
