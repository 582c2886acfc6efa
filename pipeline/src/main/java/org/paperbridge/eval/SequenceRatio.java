package org.paperbridge.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarity ratio of Python's {@code difflib.SequenceMatcher(None, a, b).ratio()} over code
 * points, autojunk heuristic included, so that a score here equals the one {@code check-docs}
 * computes for the same strings (its free-text fields match at a ratio of 0.9).
 */
final class SequenceRatio {
    private SequenceRatio() {
    }

    static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int total = x.length + y.length;
        if (total == 0) {
            return 1.0;
        }
        return 2.0 * matches(x, y) / total;
    }

    private static int matches(int[] a, int[] b) {
        Map<Integer, List<Integer>> positions = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            positions.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        if (b.length >= 200) {
            // difflib drops "popular" elements (more than 1% of b) from the index.
            int limit = b.length / 100 + 1;
            positions.values().removeIf(list -> list.size() > limit);
        }
        int matched = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] r = queue.pop();
            int[] m = longestMatch(a, b, positions, r[0], r[1], r[2], r[3]);
            int i = m[0], j = m[1], k = m[2];
            if (k > 0) {
                matched += k;
                if (r[0] < i && r[2] < j) {
                    queue.push(new int[] {r[0], i, r[2], j});
                }
                if (i + k < r[1] && j + k < r[3]) {
                    queue.push(new int[] {i + k, r[1], j + k, r[3]});
                }
            }
        }
        return matched;
    }

    private static int[] longestMatch(int[] a, int[] b, Map<Integer, List<Integer>> positions,
            int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        Map<Integer, Integer> lengths = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : positions.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = lengths.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            lengths = next;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
