package org.factpress.print;

import java.time.LocalDate;
import java.util.List;

/**
 * What a PDF says about itself: its properties (title, the desk as author, subject, keywords, language) and the
 * date it says it was made, taken from the content so that the same content gives the same bytes.
 */
public record DocumentInfo(String title, String author, String subject, List<String> keywords, String language,
                           LocalDate date) {
    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }

    /** Keywords as the document information dictionary and XMP pdf:Keywords hold them. */
    public String keywordLine() {
        return String.join(", ", keywords);
    }
}
