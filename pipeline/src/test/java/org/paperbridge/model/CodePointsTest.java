package org.paperbridge.model;

import org.paperbridge.lang.Scripts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void countsCharactersOutsideTheBmpOnce() {
        String text = "𠀀肝衰竭[1]";
        int javaIndex = text.indexOf("[1]");
        assertEquals(5, javaIndex);
        Span span = CodePoints.span(text, javaIndex, javaIndex + 3);
        assertEquals(new Span(4, 7), span);
        assertEquals("[1]", CodePoints.substring(text, span));
        assertEquals(7, CodePoints.length(text));
        assertEquals(javaIndex, CodePoints.toChar(text, 4));
    }

    @Test
    void hanIsExactlyTheUnicodeHanScriptOverEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Scripts.isHan(cp) != han) {
                throw new AssertionError(String.format("U+%04X: %s", cp, han ? "Han missed" : "not Han"));
            }
        }
        assertTrue(Scripts.isHan("肝".codePointAt(0)) && Scripts.isHan("𠀀".codePointAt(0)) && Scripts.isHan('〇'));
        assertFalse(Scripts.isHan('。') || Scripts.isHan('a') || Scripts.isHan('の'));
    }
}
