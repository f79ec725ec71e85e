package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Passages a quote itself quotes become nested {@code <q>}; everything stays escaped text. */
class QuoteMarksTest {
    @Test
    void eachKindOfInnerMarkNests() {
        assertEquals("the bridge cost <q>four billion</q> to build", QuoteMarks.html("the bridge cost \"four billion\" to build"));
        assertEquals("so-called <q>Nazis</q>", QuoteMarks.html("so-called \u201CNazis\u201D"));
        assertEquals("він сказав <q>ні</q> і <q>так</q>", QuoteMarks.html("він сказав «ні» і „так“"));
    }

    @Test
    void textIsEscapedInsideAndOut() {
        assertEquals("&lt;b&gt;a&lt;/b&gt; <q>&lt;script&gt;x&amp;y</q>", QuoteMarks.html("<b>a</b> \"<script>x&y\""));
    }

    @Test
    void printsUseTheLanguagesOuterAndInnerMarks() {
        assertEquals("\u201Cthe bridge cost \u2018four billion\u2019 to build\u201D",
                Quotes.of("en").marked("the bridge cost \"four billion\" to build"));
        assertEquals("\u00ABвін сказав \u201Eні\u201C\u00BB", Quotes.of("uk").marked("він сказав «ні»"));
        assertEquals("\u00ABa <b> 12\" pipe\u00BB", Quotes.of("fr").marked("a <b> 12\" pipe").replace("\u00A0", ""));
    }

    @Test
    void anUnpairedMarkStaysAsWritten() {
        assertEquals("a 12&quot; pipe", QuoteMarks.html("a 12\" pipe"));
    }
}
