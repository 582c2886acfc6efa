package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanScoreTest {
    @Test
    void countsOnlyExactRangesAsCorrect() {
        SpanScore s = new SpanScore();
        s.add(List.of(new int[]{0, 1}, new int[]{3, 5}), List.of(new int[]{0, 1}, new int[]{3, 4}, new int[]{7, 7}));
        assertEquals(50.0, s.precision(), 1e-9);
        assertEquals(100.0 / 3, s.recall(), 1e-9);
        assertEquals(40.0, s.f1(), 1e-9);
    }
}
