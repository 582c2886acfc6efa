package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LengthModelEstimatorTest {
    private static final String[][] PAIRS = {
        {"肝衰竭是临床一类急危重症肝病。", "Liver failure is a kind of acute and severe liver disease."},
        {"共纳入56例患者。", "A total of 56 patients were enrolled."},
        {"针对永磁电机的齿槽转矩影响其控制精度和性能的问题，本文提出削角可以有效抑制齿槽转矩的方案。",
            "Aiming at the problem that the cogging torque of permanent magnet motor influences its control "
                + "precision and performance, this paper proposed a method that the permanent magnets chamfering "
                + "can suppress the cogging torque effectively."},
        {"实验证明测试算法有效可行。", "The results showed that the proposed approach is effective."},
    };

    private static LengthModel fitInOrder(List<Integer> order) {
        LengthModelEstimator e = new LengthModelEstimator();
        order.forEach(i -> e.add(PAIRS[i][0], PAIRS[i][1]));
        return e.fit();
    }

    @Test
    void fitsTheSameModelWhateverTheOrderOfThePairs() {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        LengthModel first = fitInOrder(order);
        Random random = new Random(3);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(order, random);
            assertEquals(first, fitInOrder(order));
        }
    }

    @Test
    void fitsTheSameModelWhenPairsArriveFromManyThreads() {
        LengthModelEstimator parallel = new LengthModelEstimator();
        IntStream.range(0, 4000).parallel().forEach(i -> parallel.add(PAIRS[i % 4][0], PAIRS[i % 4][1]));
        LengthModelEstimator serial = new LengthModelEstimator();
        IntStream.range(0, 4000).forEach(i -> serial.add(PAIRS[i % 4][0], PAIRS[i % 4][1]));
        assertEquals(4000, parallel.pairs());
        assertEquals(serial.fit(), parallel.fit());
    }

    @Test
    void givesThePriorWithNoPairsAndIgnoresAMissingSide() {
        LengthModelEstimator e = new LengthModelEstimator();
        e.add("肝衰竭是临床一类急危重症肝病。", null);
        e.add("", "Liver failure.");
        assertEquals(0, e.pairs());
        assertEquals(LengthModel.prior(), e.fit());
    }

    @Test
    void movesTheRatioFromThePriorTowardsTheCorpusAsPairsAccumulate() {
        // English twice as long per Chinese character as the prior expects: the fit follows the data.
        String zh = "一".repeat(100);
        String en = "a".repeat(660);
        LengthModelEstimator e = new LengthModelEstimator();
        double previous = LengthModel.prior().ratio();
        for (int k = 0; k < 5; k++) {
            e.add(zh, en);
            double ratio = e.fit().ratio();
            assertTrue(ratio > previous && ratio < 6.6, "ratio " + ratio);
            previous = ratio;
        }
    }
}
