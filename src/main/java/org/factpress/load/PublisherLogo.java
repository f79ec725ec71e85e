package org.factpress.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * site.yaml's {@code publisher.logo} as the site's own file, resolved once for the header, the prints and the share
 * cards, and checked by {@code check}: a file in the theme's {@code static/} folder (which the build copies into the site), named by its path
 * ({@code static/logo.png}) or by its address under the site's base URL. None when the logo is elsewhere on the web
 * (pages load nothing from elsewhere, a build reads nothing from the network), outside {@code static/}, or not in
 * the theme (no broken image).
 *
 * @param path the file's path in the site, e.g. {@code static/logo.png}
 * @param file the theme's file
 */
public record PublisherLogo(String path, Path file) {
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    /** The logo {@code logo} names in the site at {@code baseUrl}, or null when there is none the site holds. */
    public static PublisherLogo of(String logo, String baseUrl, Path templates) {
        if (logo == null || logo.isBlank() || templates == null) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = logo.startsWith(base) ? logo.substring(base.length())
                : SCHEME.matcher(logo).matches() || logo.startsWith("//") ? null : logo.replaceFirst("^/+", "");
        if (path == null || !path.startsWith("static/") || path.contains("..") || path.contains("\\")) {
            return null;
        }
        Path file = templates.resolve(path);
        return Files.isRegularFile(file) ? new PublisherLogo(path, file) : null;
    }
}
