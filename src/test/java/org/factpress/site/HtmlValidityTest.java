package org.factpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every page of the built example site is valid HTML5 by the Nu HTML Checker: zero errors. */
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
