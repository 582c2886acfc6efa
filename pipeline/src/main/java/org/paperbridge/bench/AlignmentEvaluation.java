package org.paperbridge.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Alignment;

/**
 * Precision, recall and F1 of predicted sentence links against a gold alignment, micro-averaged over
 * all texts added. Two views: exact beads (a predicted bead counts only when its Chinese and English
 * index sets both equal a gold bead's, 1:0 and 0:1 beads included) and sentence pairs (every
 * Chinese–English index pair inside a non-empty bead), the looser measure that gives credit for a
 * 1:2 bead predicted as 1:1.
 */
public final class AlignmentEvaluation {
    /** Counts of one measure: matches, predicted items and gold items. */
    public record Score(long correct, long predicted, long gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private long beadCorrect;
    private long beadPredicted;
    private long beadGold;
    private long pairCorrect;
    private long pairPredicted;
    private long pairGold;
    private int texts;
    private int textsExact;

    /** Adds one text's gold and predicted beads (scores are ignored). */
    public void add(List<Alignment> gold, List<Alignment> predicted) {
        Set<String> goldBeads = beads(gold);
        Set<String> predictedBeads = beads(predicted);
        beadGold += goldBeads.size();
        beadPredicted += predictedBeads.size();
        Set<String> bothBeads = new HashSet<>(predictedBeads);
        bothBeads.retainAll(goldBeads);
        beadCorrect += bothBeads.size();

        Set<Long> goldPairs = pairs(gold);
        Set<Long> predictedPairs = pairs(predicted);
        pairGold += goldPairs.size();
        pairPredicted += predictedPairs.size();
        Set<Long> bothPairs = new HashSet<>(predictedPairs);
        bothPairs.retainAll(goldPairs);
        pairCorrect += bothPairs.size();

        texts++;
        if (goldBeads.equals(predictedBeads)) {
            textsExact++;
        }
    }

    public Score beads() {
        return new Score(beadCorrect, beadPredicted, beadGold);
    }

    public Score pairs() {
        return new Score(pairCorrect, pairPredicted, pairGold);
    }

    /** Number of texts added. */
    public int texts() {
        return texts;
    }

    /** Texts whose predicted beads equal the gold beads exactly. */
    public int textsExact() {
        return textsExact;
    }

    private static Set<String> beads(List<Alignment> links) {
        Set<String> out = new HashSet<>();
        for (Alignment a : links) {
            out.add(a.zh() + "/" + a.en());
        }
        return out;
    }

    private static Set<Long> pairs(List<Alignment> links) {
        Set<Long> out = new HashSet<>();
        for (Alignment a : links) {
            for (int z : a.zh()) {
                for (int e : a.en()) {
                    out.add(((long) z << 32) | e);
                }
            }
        }
        return out;
    }
}
