package org.paperbridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
