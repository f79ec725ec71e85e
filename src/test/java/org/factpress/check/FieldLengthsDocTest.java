package org.factpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factpress.load.ContentSchema;
import org.junit.jupiter.api.Test;

/** docs/content-format.md's table of lengths says what the schemas refuse and what check warns of. */
class FieldLengthsDocTest {
    @Test
    void theDocumentedLengthsAreTheSchemasAndTheChecks() throws Exception {
        String doc = Files.readString(Path.of("docs/content-format.md"));
        Pattern row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|\\s*([0-9,]*)[^|]*\\|\\s*([0-9,]+) \\|$");
        Matcher m = row.matcher(doc.substring(doc.indexOf("### How long a short field may be")));
        int rows = 0;
        while (m.find() && rows < 6) {
            String field = m.group(1);
            assertEquals(Integer.parseInt(m.group(3).replace(",", "")), ContentSchema.CLAIM.maxLength(field), field);
            assertEquals(Integer.parseInt(m.group(3).replace(",", "")), ContentSchema.CLAIM_TRANSLATION.maxLength(field), field);
            Integer warn = field.equals("quote") ? Integer.valueOf(ContentCheck.CLAIM_REVIEWED_MAX) : FieldLengths.WARN_PAST.get(field);
            assertEquals(m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2).replace(",", "")), warn, field);
            rows++;
        }
        assertEquals(6, rows);
        assertTrue(FieldLengths.WARN_PAST.keySet().stream().allMatch(f -> doc.contains("| `" + f + "` | ")));
    }
}
