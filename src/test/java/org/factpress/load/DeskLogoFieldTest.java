package org.factpress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factpress.ContentTree;
import org.factpress.build.SiteBuild;
import org.factpress.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publisher.logo}: a path in the site or an http(s) URL, else an error with the forms it may take; one the
 * PDFs and share cards cannot print (an SVG, a logo elsewhere on the web) a warning saying so; one outside the
 * theme's static/ folder is check.LogoCheck's (UntranslatedWordsSiteTest), which knows the theme.
 */
class DeskLogoFieldTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String logo) throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve(Integer.toHexString(logo.hashCode())));
        t.edit("site.yaml", "  url: https://example.org/\n", "  url: https://example.org/\n  logo: \"" + logo + "\"\n");
        return SiteBuild.check(t.root()).problems().all().stream()
                .filter(p -> p.position().file().getFileName().toString().equals("site.yaml")).toList();
    }

    @Test
    void aLogoThatIsNoAddressIsAnErrorWithTheFormsAllowed() throws Exception {
        for (String bad : List.of("javascript:alert(1)", "data:image/png;base64,AAAA", "//evil.example/logo.png",
                "../secret.png", "static/my logo.png", "file:///etc/passwd")) {
            List<Problem> found = problems(bad);
            assertEquals(1, found.size(), bad + ": " + found);
            Problem p = found.get(0);
            assertTrue(p.isError(), bad);
            assertEquals(8, p.position().line(), bad);
            assertEquals("'publisher.logo' must be a path in the site or an absolute http(s) URL, found '" + bad + "'",
                    p.message());
            assertTrue(p.hint().startsWith("e.g. static/logo.png"), p.hint());
        }
    }

    @Test
    void aLogoThePrintsCannotUseIsAWarning() throws Exception {
        for (String unprintable : List.of("static/logo.svg", "https://cdn.example.net/logo.png")) {
            List<Problem> found = problems(unprintable);
            assertEquals(1, found.size(), unprintable + ": " + found);
            assertTrue(!found.get(0).isError() && found.get(0).message().startsWith(
                    "the PDFs and share cards print without this logo"), unprintable + ": " + found);
        }
        for (String fine : List.of("static/logo.png", "/static/logo.jpg", "https://example.org/factpress/static/logo.png")) {
            assertEquals(List.of(), problems(fine), fine);
        }
    }
}
