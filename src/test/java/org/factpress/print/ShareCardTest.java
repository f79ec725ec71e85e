package org.factpress.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The card has fixed room: long headlines and quotes are cut at a word, with an ellipsis. */
class ShareCardTest {
    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        assertEquals("Short enough", ShareCard.shorten("  Short   enough ", 20));
        assertEquals("Did the minister really\u2026", ShareCard.shorten("Did the minister really say that, again?", 25));
        assertEquals("Did the minister\u2026", ShareCard.shorten("Did the minister, really say", 18));
    }
}
