package org.factpress.text;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * Quotation marks of a language, from CLDR: pages, search results and prints put a claim's quote in the outer marks
 * and a passage the speaker quoted in the inner ones (“…‘…’…” in English, «…“…”…» in Spanish, «…„…“…» in
 * Ukrainian). The marks are in the text, not left to a browser's {@code quotes: auto}, so the web and the paper
 * agree whatever reads them.
 */
public final class Quotes {
    private final String open;
    private final String close;
    private final String innerOpen;
    private final String innerClose;

    private Quotes(String open, String close, String innerOpen, String innerClose) {
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
    }

    /** The marks of {@code language}, a BCP 47 tag. */
    public static Quotes of(String language) {
        LocaleData d = LocaleData.getInstance(ULocale.forLanguageTag(language));
        return new Quotes(d.getDelimiter(LocaleData.QUOTATION_START), d.getDelimiter(LocaleData.QUOTATION_END),
                d.getDelimiter(LocaleData.ALT_QUOTATION_START), d.getDelimiter(LocaleData.ALT_QUOTATION_END));
    }

    public String open() {
        return open;
    }

    public String close() {
        return close;
    }

    public String innerOpen() {
        return innerOpen;
    }

    public String innerClose() {
        return innerClose;
    }

    /** {@code quote} in the outer marks, with the passages it quotes in the inner ones: plain text, to be escaped. */
    public String marked(String quote) {
        return open + QuoteMarks.inner(quote, innerOpen, innerClose) + close;
    }
}
