package org.factpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.factpress.ContentTree;

/**
 * serve's error page speaks the site's language in the theme's words (serve.* in templates/i18n), and English only
 * when the theme's words cannot be read.
 */
@Tag("slow")
class ErrorPageWordsTest {
    static final String COST = "articles/bridge-report/bridge-cost.md";
    static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The page at {@code url} once its heading is {@code h1}; fails after {@link #PATIENCE}. */
    Document awaitHeading(String url, String h1) throws Exception {
        long start = System.nanoTime();
        Document last = null;
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = Jsoup.parse(r.body());
            if (r.statusCode() == 500 && last.select("h1").text().equals(h1)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no error page headed '" + h1 + "' within " + PATIENCE + "; last: " + last);
    }

    @Test
    void theErrorPageIsInTheSiteLanguageAndInEnglishWhenTheThemeHasNoWords() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"))
                .edit("site.yaml", "language: en", "language: pt")
                .edit(COST, "rating: false", "rating: flase");
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        try (Preview preview = Preview.start(t.root(), theme, 0, new PrintWriter(new StringWriter(), true))) {
            Document page = awaitHeading(preview.url(), "Não é possível gerar a pré-visualização");
            assertEquals("pt", page.select("html").attr("lang"));
            assertEquals("factpress: Não é possível gerar a pré-visualização", page.title());
            assertEquals("Corrija estes erros nos seus arquivos e guarde-os; esta página recarrega-se sozinha.",
                    page.select("p").first().text());
            assertTrue(page.select("li").text().contains("bridge-cost.md:6:9: error: unknown rating 'flase'"),
                    page.text());

            // The theme's words broken: the page still lists the errors, in English.
            for (String code : new String[] {"pt", "en"}) {
                Files.writeString(theme.resolve("i18n/" + code + ".yaml"), "- not: [a mapping\n");
            }
            page = awaitHeading(preview.url(), "The preview cannot be built");
            assertEquals("en", page.select("html").attr("lang"));
            assertTrue(page.select("li").text().contains("bridge-cost.md:6:9: error: unknown rating 'flase'"),
                    page.text());
        }
    }
}
