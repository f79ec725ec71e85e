package org.factpress.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The passage shown for a quote not found: whole words where the script has spaces, bounded where it has none. */
class ClosestPassageTest {
    @Test
    void aPassageEndsOnAWholeWord() {
        String article = "The council said \"the bridge cost four billion euros\" to build, then left.";
        String passage = ArticleText.of(article).closestPassage("the bridge cost four billion dollars");
        assertTrue(passage.startsWith("the bridge cost four billion euros"), passage);
        assertTrue(article.contains(passage + " "), "ends where a word does: " + passage);
    }

    @Test
    void aScriptWithoutSpacesIsCutWhereTheWindowEndsNotAtTheEndOfTheArticle() {
        String sentence = "市議会は橋の建設費が四十億ユーロだったと発表した。";
        ArticleText text = ArticleText.of(sentence.repeat(500));
        String quote = "市議会は橋の建設費が四十億ドルだったと発表した。";
        String passage = text.closestPassage(quote);
        assertTrue(passage.startsWith("市議会は橋の建設費が"), passage);
        assertTrue(passage.length() <= quote.length() + ArticleText.WORD, passage.length() + " characters: " + passage);
    }
}
