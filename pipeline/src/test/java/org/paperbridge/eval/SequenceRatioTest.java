package org.paperbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ratios are those Python's difflib.SequenceMatcher(None, a, b).ratio() prints for the same strings. */
class SequenceRatioTest {
    @Test
    void equalsDifflibOnShortStrings() {
        assertEquals(0.75, SequenceRatio.ratio("abcd", "bcde"), 1e-12);
        assertEquals(0.9230769230769231, SequenceRatio.ratio("基于SDN的组播安全机制", "基于 SDN 的组播安全机制"), 1e-12);
        assertEquals(0.8947368421052632, SequenceRatio.ratio("the quick brown fox", "the quick brown dog"), 1e-12);
        assertEquals(0.9206349206349206, SequenceRatio.ratio("In order to save channel resources", "Inordertosavechannelresources"), 1e-12);
        assertEquals(1.0, SequenceRatio.ratio("", ""), 1e-12);
    }

    @Test
    void dropsPopularElementsOfLongSecondStringsAsDifflibDoes() {
        // b has 241 code points, so 'a' (240 times, over 1 %) leaves the index; the match found
        // from the start is still extended over it: 2 * 240 / (251 + 241).
        assertEquals(0.975609756097561, SequenceRatio.ratio("a".repeat(250) + "b", "a".repeat(240) + "c"), 1e-12);
        // Without the heuristic this pair would share most of its letters.
        String a = "b" + "xy".repeat(150);
        String b = "c" + "yx".repeat(150);
        assertEquals(0.0, SequenceRatio.ratio(a, b), 1e-12);
    }
}
