package org.factpress.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.factpress.model.Publisher;
import org.factpress.view.Urls;

/**
 * site.yaml's {@code publisher.logo} as prints and share cards embed it: a PNG or JPEG in the site (a path such as
 * {@code static/logo.png}, or an address under the site's base URL), read from the theme's files, since the site
 * copies them there. A logo elsewhere on the web is not fetched: a build reads nothing from the network, so the
 * same content gives the same PDFs.
 */
final class DeskLogo {
    private DeskLogo() {}

    /** The logo as a data: URI, or null when there is none the print can embed. */
    static String dataUri(Publisher publisher, Urls urls, Path templates) {
        String logo = publisher.logo();
        if (logo == null || logo.isBlank()) {
            return null;
        }
        String base = urls.absolute("");
        String path = logo.startsWith(base) ? logo.substring(base.length())
                : logo.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || logo.startsWith("//") ? null : logo.replaceFirst("^/+", "");
        if (path == null || !path.startsWith("static/") || path.contains("..")) {
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png"
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
        Path file = templates.resolve(path);
        if (type == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
