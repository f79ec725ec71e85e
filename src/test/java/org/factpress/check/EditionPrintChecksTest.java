package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factpress.Factpress;
import org.factpress.TestSite;
import org.factpress.TestSites;
import org.factpress.build.Recall;
import org.factpress.build.SiteBuild;
import org.factpress.build.Timings;
import org.factpress.diagnostics.Problem;
import org.factpress.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every language's edition prints its own briefs, so `check` looks at print for each: the fonts must cover each
 * translation's words (a warning at the translation's file and field), and a language whose script the layout
 * cannot put together is an error at its entry of site.yaml's languages, never a garbled PDF.
 */
class EditionPrintChecksTest {
    @TempDir
    Path dir;

    private Path desk() throws Exception {
        Path content = dir.resolve("content");
        TestSite.copyTree(TestSites.content("multilingual"), content);
        return content;
    }

    @Test
    void aTranslationsCharactersThePdfFontsLackAreAWarningAtItsFieldInCheckBuildAndPreview() throws Exception {
        Path content = desk();
        Path english = content.resolve("articles/zelenodar-budget-2025/tram-line-funded.en.md");
        Files.writeString(english, Files.readString(english).replace("headline: Is the new tram line",
                "headline: \u6865 Is the new tram line"));
        LocalDate today = LocalDate.of(2025, 6, 1);
        List<Problem> checked = SiteBuild.check(content, today).problems().all();
        List<Problem> fonts = checked.stream().filter(p -> p.message().contains("PDF fonts lack")).toList();
        assertEquals(1, fonts.size(), checked.toString());
        Problem p = fonts.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(english, p.position().file());
        int line = Files.readAllLines(english).indexOf("headline: \u6865 Is the new tram line fully funded?") + 1;
        assertEquals(line, p.position().line(), "at the translation's headline");
        assertTrue(p.message().startsWith("'headline' has characters the PDF fonts lack: '\u6865' U+6865"), p.message());
        // The preview keeps its checks between saves: the same warnings.
        assertEquals(checked, SiteBuild.check(content, today, new Recall(), new Timings()).problems().all());
        Factpress.Run build = Factpress.run("build", "--content", content.toString(), "--out",
                dir.resolve("site").toString(), "--no-pdf");
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().contains("tram-line-funded.en.md:" + line + ":") && build.err().contains("PDF fonts lack"),
                build.err());
    }

    @Test
    void anEditionInAScriptPrintCannotLayOutIsAnErrorAtItsLanguage() throws Exception {
        Path content = desk();
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("  - code: ar\n", "  - code: hi\n    name: हिन्दी\n"
                + "  - code: ar\n"));
        Path theme = TestSite.theme(dir.resolve("theme"));
        Files.copy(theme.resolve("i18n/uk.yaml"), theme.resolve("i18n/hi.yaml")); // a stand-in with every key, scale words too
        Factpress.Run check = Factpress.run("check", "--content", content.toString(), "--templates", theme.toString());
        assertEquals(1, check.status(), check.err());
        List<String> errors = check.err().lines().filter(l -> l.contains("cannot print")).toList();
        assertEquals(1, errors.size(), check.err());
        int line = Files.readAllLines(site).indexOf("  - code: hi") + 1;
        assertTrue(errors.get(0).contains("site.yaml:" + line + ":"), "at hi's entry, line " + line + ": " + errors);
        assertTrue(errors.get(0).contains("'hi' (Devanagari script)"), errors.get(0));
        assertTrue(check.err().contains("leave 'hi' out of languages") && check.err().contains("--no-pdf"), check.err());
        Factpress.Run withoutPdfs = Factpress.run("build", "--content", content.toString(), "--templates",
                theme.toString(), "--out", dir.resolve("site").toString(), "--no-pdf");
        assertTrue(withoutPdfs.err().lines().noneMatch(l -> l.contains("cannot print")), withoutPdfs.err());
    }
}
