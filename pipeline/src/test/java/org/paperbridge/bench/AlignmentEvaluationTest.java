package org.paperbridge.bench;

import org.paperbridge.bench.AlignmentEvaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Alignment;

class AlignmentEvaluationTest {
    private static Alignment bead(List<Integer> zh, List<Integer> en) {
        return new Alignment(zh, en, 1.0);
    }

    @Test
    void countsExactBeadsAndSentencePairsOfAOneToTwoPredictedAsOneToOnePlusZeroToOne() {
        // gold [0][0] [1][1,2] [2][]; predicted [0][0] [1][1] [][2] [2][]
        List<Alignment> gold = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1, 2)),
                bead(List.of(2), List.of()));
        List<Alignment> predicted = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1)),
                bead(List.of(), List.of(2)), bead(List.of(2), List.of()));
        AlignmentEvaluation e = new AlignmentEvaluation();
        e.add(gold, predicted);

        AlignmentEvaluation.Score beads = e.beads();
        assertEquals(2, beads.correct());
        assertEquals(4, beads.predicted());
        assertEquals(3, beads.gold());
        assertEquals(0.5, beads.precision(), 1e-9);
        assertEquals(2.0 / 3, beads.recall(), 1e-9);
        assertEquals(4.0 / 7, beads.f1(), 1e-9);

        AlignmentEvaluation.Score pairs = e.pairs();
        assertEquals(2, pairs.correct());
        assertEquals(2, pairs.predicted());
        assertEquals(3, pairs.gold());
        assertEquals(1.0, pairs.precision(), 1e-9);
        assertEquals(2.0 / 3, pairs.recall(), 1e-9);
        assertEquals(0, e.textsExact());
    }

    @Test
    void microAveragesOverTextsAndCountsExactTexts() {
        AlignmentEvaluation e = new AlignmentEvaluation();
        List<Alignment> twoByTwo = List.of(bead(List.of(0, 1), List.of(0, 1)));
        e.add(twoByTwo, twoByTwo);
        e.add(twoByTwo, List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1))));
        assertEquals(2, e.texts());
        assertEquals(1, e.textsExact());
        assertEquals(1, e.beads().correct());
        assertEquals(3, e.beads().predicted());
        assertEquals(2, e.beads().gold());
        assertEquals(6, e.pairs().correct());
        assertEquals(6, e.pairs().predicted());
        assertEquals(8, e.pairs().gold());
    }

    @Test
    void scoresNothingPredictedAsZeroNotNaN() {
        AlignmentEvaluation e = new AlignmentEvaluation();
        e.add(List.of(bead(List.of(0), List.of(0))), List.of());
        assertEquals(0.0, e.beads().precision());
        assertEquals(0.0, e.beads().f1());
    }
}
