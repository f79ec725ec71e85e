package org.factpress.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every page of the built example site is valid HTML5 by the Nu HTML Checker: zero errors. */
@Tag("slow")
class HtmlValidityTest {

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<Path> pages = ExampleSite.htmlPages();
        assertTrue(pages.size() >= 30, "pages: " + pages.size());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String report = validator.validate(page);
            for (String line : report.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(ExampleSite.dir().relativize(page) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    /**
     * The pages the example does not show: a withdrawn check, a rating change, appearances, a repeat, and a
     * conclusion-only site's methodology page.
     */
    @Test
    void correctionsWithdrawalsRepeatsAndConclusionsAreValidHtml(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.factpress.ContentTree t = org.factpress.ContentTree.valid(dir.resolve("content"));
        t.edit("articles/bridge-report/bridge-cost.md", "published: 2025-03-03", "published: 2025-03-03\n"
                + "updates:\n  - date: 2025-03-12\n    type: void\n    note: Withdrawn.");
        t.edit("articles/bridge-report/roads-counted.md", "tags: [infrastructure, budget]", "same_as: bridge-cost\n"
                + "appearances:\n  - url: https://social.example/1\n    date: 2025-02-27\n    first: true\n"
                + "updates:\n  - date: 2025-03-04\n    type: rating-change\n    previous_rating: satire\n    note: Changed.");
        List<Path> pages = new ArrayList<>();
        Path out = build(t, dir.resolve("site"));
        for (String p : List.of("claims/bridge-cost/", "claims/roads-counted/", "corrections/", "about/", "methodology/")) {
            pages.add(out.resolve(p + "index.html"));
        }
        t.edit("site.yaml", "publisher:", "rating_scale: conclusion\npublisher:");
        t.edit("articles/bridge-report/bridge-cost.md", "rating: false", "verdict: Wrong.");
        t.edit("articles/bridge-report/roads-counted.md", "rating: mostly-true", "verdict: Right.");
        t.edit("articles/bridge-report/roads-counted.md", "type: rating-change\n    previous_rating: satire", "type: correction");
        Path concl = build(t, dir.resolve("conclusion"));
        pages.add(concl.resolve("methodology/index.html"));
        pages.add(concl.resolve("claims/roads-counted/index.html"));
        pages.add(concl.resolve("people/daily-news/index.html"));

        assertEquals(List.of(), errors(pages, dir));
    }

    /** Every page of the multilingual fixture desk, its Ukrainian, English and right-to-left Arabic editions. */
    @Test
    void everyPageOfTheMultilingualSiteIsValidHtml(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.factpress.TestSites.build("multilingual", dir, null, false);
        List<Path> pages;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.stream().anyMatch(p -> dir.relativize(p).startsWith("ar")), pages.toString());
        assertEquals(List.of(), errors(pages, dir));
    }

    /**
     * The Spanish fixture desk, with its logo in the header, an image of the original as a placeholder, and its
     * draft as the preview shows it, marked and with its note.
     */
    @Test
    void theSpanishDeskItsLogoImagePlaceholderAndPreviewedDraftAreValidHtml(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path content = org.factpress.TestSites.content("spanish");
        Path theme = org.factpress.TestSite.theme(dir.resolve("templates"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(160, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", theme.resolve("static/logo.png").toFile());
        org.factpress.build.SiteBuild.Checked checked = org.factpress.build.SiteBuild.check(content);
        Path preview = dir.resolve("preview");
        org.factpress.build.SiteBuild.render(org.factpress.serve.Preview.withDrafts(checked.library(),
                "http://127.0.0.1:8000/"), theme, preview, false);
        List<Path> pages = new ArrayList<>();
        for (String p : List.of("", "claims/obras-antes-de-plazo/", "claims/puente-cuatro-millones/",
                "articles/puente-vallesur/", "search/")) {
            pages.add(preview.resolve(p + "index.html"));
        }
        assertEquals(List.of(), errors(pages, dir));
    }

    /** What the Nu checker calls an error in each of {@code pages}, named by its path under {@code dir}. */
    private static List<String> errors(List<Path> pages, Path dir) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            for (String line : validator.validate(page).split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(dir.relativize(page) + ": " + line);
                }
            }
        }
        return errors;
    }

    private static Path build(org.factpress.ContentTree t, Path out) throws Exception {
        var r = org.factpress.build.SiteBuild.build(new org.factpress.build.SiteBuild.Options(t.root(),
                Path.of("templates"), out, null, false));
        assertTrue(!r.problems().hasErrors(), () -> r.problems().all().toString());
        return out;
    }

    /** The checker as configured here does report errors: a page with a duplicate id and a stray end tag. */
    @Test
    void theCheckerReportsErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        java.nio.file.Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><p id=a>1</p><p id=a>2</p></span></body></html>");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(bad);
        assertTrue(report.contains("error:") && report.contains("Duplicate ID"), report);
    }
}
