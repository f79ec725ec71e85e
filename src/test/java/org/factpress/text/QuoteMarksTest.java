package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Passages a quote itself quotes take the language's inner marks, inside its outer ones (CLDR's). */
class QuoteMarksTest {
    @Test
    void eachKindOfInnerMarkIsFound() {
        assertEquals("the bridge cost [four billion] to build", QuoteMarks.inner("the bridge cost \"four billion\" to build", "[", "]"));
        assertEquals("so-called [Nazis]", QuoteMarks.inner("so-called \u201CNazis\u201D", "[", "]"));
        assertEquals("він сказав [ні] і [так]", QuoteMarks.inner("він сказав «ні» і „так“", "[", "]"));
    }

    @Test
    void pagesAndPrintsUseTheLanguagesOuterAndInnerMarks() {
        assertEquals("\u201Cthe bridge cost \u2018four billion\u2019 to build\u201D",
                Quotes.of("en").marked("the bridge cost \"four billion\" to build"));
        assertEquals("\u00ABвін сказав \u201Eні\u201C\u00BB", Quotes.of("uk").marked("він сказав «ні»"));
        assertEquals("«El puente costó “cuatro millones”»", Quotes.of("es").marked("El puente costó \"cuatro millones\""));
        assertEquals("\u00ABa <b> 12\" pipe\u00BB", Quotes.of("fr").marked("a <b> 12\" pipe").replace("\u00A0", ""));
    }

    @Test
    void anUnpairedMarkStaysAsWritten() {
        assertEquals("\u201Ca 12\" pipe\u201D", Quotes.of("en").marked("a 12\" pipe"));
    }
}
