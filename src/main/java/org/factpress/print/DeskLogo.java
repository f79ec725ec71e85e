package org.factpress.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.factpress.model.Publisher;
import org.factpress.load.PublisherLogo;
import org.factpress.view.Urls;

/**
 * site.yaml's {@code publisher.logo} as prints and share cards embed it: the {@link PublisherLogo} the header shows,
 * when it is a PNG or JPEG. A logo elsewhere on the web is not fetched: a build reads nothing from the network, so
 * the same content gives the same PDFs.
 */
final class DeskLogo {
    private DeskLogo() {}

    /** The logo as a data: URI, or null when there is none the print can embed. */
    static String dataUri(Publisher publisher, Urls urls, Path templates) {
        PublisherLogo logo = PublisherLogo.of(publisher.logo(), urls.siteAbsolute(""), templates);
        if (logo == null) {
            return null;
        }
        String lower = logo.path().toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png"
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
        if (type == null) {
            return null;
        }
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(logo.file()));
        } catch (IOException e) {
            return null;
        }
    }
}
