package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BracketsTest {
    /** The texts of the ranges that replace tokens {@code first..last} of {@code text}. */
    private static List<String> mend(String text, int first, int last) {
        Tokens t = EnglishTokenizer.split(text);
        return Brackets.mend(t, first, last).stream()
                .map(r -> text.substring(t.starts()[r[0]], t.ends()[r[1]])).toList();
    }

    @Test
    void pairedBracketsLeaveTheMentionAlone() {
        Tokens t = EnglishTokenizer.split("NF - kappa B ( p65 ) binds");
        assertArrayEquals(new int[]{0, 6}, Brackets.mend(t, 0, 6).get(0));
        assertEquals(1, Brackets.mend(t, 0, 6).size());
    }

    @Test
    void aLoneBracketTakesInItsPartnerBesideTheMention() {
        // tokens: ( 2R , 4R ) - 4 - aminopyrrolidine ; the tagger began after the opening bracket
        assertEquals(List.of("(2R,4R)-4-aminopyrrolidine"), mend("(2R,4R)-4-aminopyrrolidine was given", 1, 8));
        assertEquals(List.of("repA (initiator protein)"), mend("repA (initiator protein) binds", 0, 3));
    }

    @Test
    void elseTheMentionIsCutAtTheLoneBracket() {
        assertEquals(List.of("CCNU", "lomustine"), mend("CCNU ( lomustine and", 0, 2));
        assertEquals(List.of("IgG binding"), mend("IgG binding ) was", 0, 2));
        assertEquals(List.of(), mend("( x", 0, 0));
    }

    @Test
    void twoLoneBracketsAreLeftAsFound() {
        assertEquals(List.of("a ) b ( c"), mend("a ) b ( c", 0, 4));
    }
}
