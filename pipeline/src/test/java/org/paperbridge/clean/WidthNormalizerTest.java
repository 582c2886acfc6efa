package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WidthNormalizerTest {
    @Test
    void turnsFullWidthLettersDigitsAndSpaceHalfWidth() {
        assertEquals("BM-MSCs 治疗组 56 例", WidthNormalizer.normalize("ＢＭ-ＭＳＣｓ　治疗组 ５６ 例"));
    }

    @Test
    void keepsCjkPunctuation() {
        assertEquals("肝衰竭（ACLF），见表1；结论：有效。", WidthNormalizer.normalize("肝衰竭（ＡＣＬＦ），见表１；结论：有效。"));
    }
}
