package org.paperbridge.align;

import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one pairing of two short lists (names, affiliations) by repeatedly taking the best
 * remaining pair above a threshold. Lists here have a handful of items, so the cubic scan is
 * cheaper than an assignment solver and gives the same pairs when scores are well separated.
 */
final class GreedyMatching {
    /** Pair scores and, for each left item, the index of its right partner or -1. */
    record Result(double[][] scores, int[] partner) {
        boolean rightUsed(int j) {
            for (int p : partner) {
                if (p == j) {
                    return true;
                }
            }
            return false;
        }
    }

    private GreedyMatching() {
    }

    static <L, R> Result match(java.util.List<L> left, java.util.List<R> right, ToDoubleBiFunction<L, R> score,
                               double threshold) {
        double[][] s = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                s[i][j] = score.applyAsDouble(left.get(i), right.get(j));
            }
        }
        int[] partner = new int[left.size()];
        Arrays.fill(partner, -1);
        boolean[] used = new boolean[right.size()];
        while (true) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size(); j++) {
                    if (partner[i] < 0 && !used[j] && s[i][j] >= threshold && (bi < 0 || s[i][j] > s[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return new Result(s, partner);
            }
            partner[bi] = bj;
            used[bj] = true;
        }
    }
}
