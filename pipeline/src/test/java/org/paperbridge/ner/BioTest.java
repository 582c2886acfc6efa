package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BioTest {
    @Test
    void spansBecomeBioesLabelsAndBack() {
        String text = "IL - 6 and STAT3 in T cells";
        Tokens t = EnglishTokenizer.split(text);
        List<Span> gold = List.of(new Span(0, 6, "gene"), new Span(11, 16, "gene"), new Span(20, 27, "cell_type"));
        int[] labels = Bio.labels(t, gold, "gene");
        assertArrayEquals(new int[]{Bio.B, Bio.I, Bio.E, Bio.O, Bio.S, Bio.O, Bio.O, Bio.O}, labels);
        assertEquals(List.of(new Span(0, 6, "gene"), new Span(11, 16, "gene")), Bio.spans(t, labels, "gene"));
    }

    @Test
    void aSpanThatCutsATokenTakesTheWholeToken() {
        Tokens t = EnglishTokenizer.split("anti-CD3 antibodies");
        assertArrayEquals(new int[]{Bio.O, Bio.O, Bio.S, Bio.O}, Bio.labels(t, List.of(new Span(6, 7, "gene")), "gene"));
    }

    @Test
    void insideAndEndOnlyContinueAnOpenMention() {
        assertFalse(Bio.allowed(Bio.START, Bio.I));
        assertFalse(Bio.allowed(Bio.O, Bio.E));
        assertFalse(Bio.allowed(Bio.B, Bio.O));
        assertTrue(Bio.allowed(Bio.B, Bio.E));
        assertTrue(Bio.allowed(Bio.E, Bio.S));
    }

    @Test
    void viterbiKeepsTheConstraintsWhateverTheScores() {
        // Emissions that on their own would pick I at the start and B at the end.
        float[] emissions = new float[3 * Bio.LABELS];
        emissions[Bio.I] = 5;
        emissions[Bio.LABELS + Bio.O] = 1;
        emissions[2 * Bio.LABELS + Bio.B] = 5;
        int[] labels = BioModel.viterbi(emissions, 0, Bio.LABELS, new float[(Bio.LABELS + 1) * Bio.LABELS], 3);
        assertTrue(Bio.allowed(Bio.START, labels[0]));
        assertTrue(Bio.allowed(labels[0], labels[1]));
        assertTrue(Bio.allowed(labels[1], labels[2]));
        assertTrue(Bio.canEnd(labels[2]));
    }
}
