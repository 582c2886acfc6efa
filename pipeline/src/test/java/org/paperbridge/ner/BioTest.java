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

    @Test
    void secondOrderViterbiFindsTheBestAllowedSequence() {
        // Random scores and triple weights on 5 tokens: the decoder's labels must score as high
        // as the best of all 5^5 allowed sequences, counted the long way.
        java.util.Random r = new java.util.Random(11);
        final int L = Bio.LABELS;
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(5);
            float[] emissions = new float[n * L];
            float[] transitions = new float[BioModel.SECOND_ORDER];
            for (int k = 0; k < emissions.length; k++) {
                emissions[k] = r.nextFloat() * 4 - 2;
            }
            for (int k = 0; k < transitions.length; k++) {
                transitions[k] = r.nextFloat() * 4 - 2;
            }
            int[] decoded = BioModel.viterbi(emissions, 0, L, transitions, n);
            float best = Float.NEGATIVE_INFINITY;
            int[] labels = new int[n];
            for (int code = 0; code < Math.pow(L, n); code++) {
                for (int i = 0, c = code; i < n; i++, c /= L) {
                    labels[i] = c % L;
                }
                best = Math.max(best, score(labels, emissions, transitions));
            }
            assertEquals(best, score(decoded, emissions, transitions), 1e-4, "round " + round);
        }
    }

    /** A label sequence's second-order score, or minus infinity when the constraints forbid it. */
    private static float score(int[] labels, float[] emissions, float[] transitions) {
        final int L = Bio.LABELS;
        float s = 0;
        for (int i = 0; i < labels.length; i++) {
            int p = i == 0 ? Bio.START : labels[i - 1];
            int pp = i < 2 ? Bio.START : labels[i - 2];
            if (!Bio.allowed(p, labels[i])) {
                return Float.NEGATIVE_INFINITY;
            }
            s += emissions[i * L + labels[i]] + transitions[p * L + labels[i]]
                    + transitions[BioModel.FIRST_ORDER + (pp * (L + 1) + p) * L + labels[i]];
        }
        return Bio.canEnd(labels[labels.length - 1]) ? s : Float.NEGATIVE_INFINITY;
    }
}
