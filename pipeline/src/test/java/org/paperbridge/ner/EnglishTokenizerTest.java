package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnglishTokenizerTest {
    private static List<String> tokens(String text) {
        Tokens t = EnglishTokenizer.split(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.token(i));
        }
        return out;
    }

    @Test
    void splitsPunctuationLikeTheCorpora() {
        assertEquals(List.of("PU", ".", "1", "and", "AP", "-", "1", "bind", "(", "NF", "-", "Y", ")"),
                tokens("PU.1 and AP-1 bind (NF-Y)"));
    }

    @Test
    void keepsLetterDigitAndGreekRunsWhole() {
        assertEquals(List.of("NLRP3", "and", "IL", "-", "1β", "in", "TNFα", "signalling"),
                tokens("NLRP3 and IL-1β in TNFα signalling"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  miR-221/222\u00a0targets 𠀀 p27";
        Tokens t = EnglishTokenizer.split(text);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(t.token(i), text.substring(t.starts()[i], t.ends()[i]));
        }
        assertEquals(List.of("miR", "-", "221", "/", "222", "targets", "𠀀", "p27"), tokens(text));
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertEquals(0, EnglishTokenizer.split("").size());
        assertEquals(0, EnglishTokenizer.split(" \n\t ").size());
    }
}
