package org.paperbridge.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors two texts share, as small key-id arrays per sentence with a weight per key: the
 * inverse of the number of sentences that carry it on the side where it is commoner, so a token
 * found once on each side counts fully and one that recurs in many sentences ("group", a year)
 * barely at all. Bead scoring then allocates nothing (stamps instead of sets).
 */
final class AnchorWeights {
    private final int[][] zh;
    private final int[][] en;
    private final double[] weight;
    private final int[] stampZh;
    private final int[] stampEn;
    private final int[] stampShared;
    private int stamp;

    /** {@code zhKeys}, {@code enKeys}: each sentence's keys, already restricted to keys both sides have. */
    AnchorWeights(List<Set<String>> zhKeys, List<Set<String>> enKeys) {
        Map<String, Integer> index = new HashMap<>();
        zhKeys.forEach(ks -> ks.forEach(k -> index.putIfAbsent(k, index.size())));
        enKeys.forEach(ks -> ks.forEach(k -> index.putIfAbsent(k, index.size())));
        int[] dfZh = new int[index.size()];
        int[] dfEn = new int[index.size()];
        zh = ids(zhKeys, index, dfZh);
        en = ids(enKeys, index, dfEn);
        weight = new double[index.size()];
        for (int k = 0; k < weight.length; k++) {
            weight[k] = 1.0 / Math.max(1, Math.max(dfZh[k], dfEn[k]));
        }

        stampZh = new int[weight.length];
        stampEn = new int[weight.length];
        stampShared = new int[weight.length];
    }

    private static int[][] ids(List<Set<String>> keys, Map<String, Integer> index, int[] df) {
        int[][] out = new int[keys.size()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = keys.get(s).stream().mapToInt(index::get).sorted().toArray();
            for (int k : out[s]) {
                df[k]++;
            }
        }
        return out;
    }

    /** Number of distinct keys both texts share. */
    int size() {
        return weight.length;
    }

    /**
     * Evidence of the bead zh[z0, z1) × en[e0, e1): {@code reward} × the weight of the keys both
     * sides of the bead carry, minus {@code penalty} × the weight of each sentence's keys that the
     * other side of the bead lacks (counted per sentence, so a bigger bead earns no discount).
     * Not thread-safe: one instance per alignment.
     */
    double evidence(int z0, int z1, int e0, int e1, double reward, double penalty) {
        if (weight.length == 0) {
            return 0;
        }
        int s = ++stamp;
        for (int i = z0; i < z1; i++) {
            for (int k : zh[i]) {
                stampZh[k] = s;
            }
        }
        for (int j = e0; j < e1; j++) {
            for (int k : en[j]) {
                stampEn[k] = s;
            }
        }
        double shared = 0;
        double lone = 0;
        for (int i = z0; i < z1; i++) {
            for (int k : zh[i]) {
                if (stampEn[k] != s) {
                    lone += weight[k];
                } else if (stampShared[k] != s) {
                    stampShared[k] = s;
                    shared += weight[k];
                }
            }
        }
        for (int j = e0; j < e1; j++) {
            for (int k : en[j]) {
                if (stampZh[k] != s) {
                    lone += weight[k];
                }
            }
        }
        return reward * shared - penalty * lone;
    }
}
