package org.paperbridge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextPiecesTest {
    /** Every piece is where it says it is, in code points, and the pieces with the line breaks are the text. */
    private static void assertCovers(String text, List<TextPieces.Piece> pieces, int max) {
        int[] cps = text.codePoints().toArray();
        StringBuilder joined = new StringBuilder();
        for (TextPieces.Piece p : pieces) {
            assertTrue(p.text().length() <= max, "piece of " + p.text().length());
            int n = p.text().codePointCount(0, p.text().length());
            assertEquals(p.text(), new String(cps, p.start(), n));
            joined.append(p.text());
        }
        assertEquals(text.replace("\n", ""), joined.toString());
    }

    @Test
    void linesArePiecesWithOffsetsFromTheStart() {
        String text = "𠀀a\n\nbc\r\nd";
        List<TextPieces.Piece> pieces = TextPieces.of(text);
        assertEquals(List.of(new TextPieces.Piece("𠀀a", 0), new TextPieces.Piece("bc\r", 4),
                new TextPieces.Piece("d", 8)), pieces);
        assertCovers(text, pieces, TextPieces.MAX_PIECE);
    }

    @Test
    void aLongLineIsCutAtSentenceEndsThenSpacesThenAnywhere() {
        String sentences = "肝纤维化加重。".repeat(10);
        List<TextPieces.Piece> bySentence = TextPieces.of(sentences, 16);
        assertTrue(bySentence.stream().allMatch(p -> p.text().endsWith("。")), bySentence.toString());
        assertCovers(sentences, bySentence, 16);

        String words = "STAT3 and IL6 ".repeat(10);
        List<TextPieces.Piece> bySpace = TextPieces.of(words, 16);
        assertTrue(bySpace.stream().allMatch(p -> p.text().endsWith(" ")), bySpace.toString());
        assertCovers(words, bySpace, 16);

        String astral = "𠀀".repeat(20); // no boundary at all; a pair is never split
        List<TextPieces.Piece> hard = TextPieces.of(astral, 7);
        assertCovers(astral, hard, 7);
        assertTrue(hard.stream().allMatch(p -> p.text().length() % 2 == 0), hard.toString());
    }
}
