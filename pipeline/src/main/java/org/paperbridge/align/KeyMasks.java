package org.paperbridge.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Anchor keys of each sentence as bit masks, so that bead scoring allocates nothing. */
final class KeyMasks {
    private final long[][] zh;
    private final long[][] en;
    private final int words;
    private final int size;

    KeyMasks(List<Set<String>> zhKeys, List<Set<String>> enKeys) {
        Map<String, Integer> index = new HashMap<>();
        zhKeys.forEach(ks -> ks.forEach(k -> index.putIfAbsent(k, index.size())));
        enKeys.forEach(ks -> ks.forEach(k -> index.putIfAbsent(k, index.size())));
        size = index.size();
        words = Math.max(1, (size + 63) / 64);
        zh = masks(zhKeys, index);
        en = masks(enKeys, index);
    }

    private long[][] masks(List<Set<String>> keys, Map<String, Integer> index) {
        long[][] out = new long[keys.size()][words];
        for (int s = 0; s < keys.size(); s++) {
            for (String k : keys.get(s)) {
                int bit = index.get(k);
                out[s][bit >>> 6] |= 1L << (bit & 63);
            }
        }
        return out;
    }

    /** Number of distinct keys shared by both sides. */
    int size() {
        return size;
    }

    /** Keys present on both sides of the bead zh[z0, z1) × en[e0, e1). */
    int shared(int z0, int z1, int e0, int e1) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(or(zh, z0, z1, w) & or(en, e0, e1, w));
        }
        return n;
    }

    /** Keys present on one side of the bead only. */
    int split(int z0, int z1, int e0, int e1) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(or(zh, z0, z1, w) ^ or(en, e0, e1, w));
        }
        return n;
    }

    private static long or(long[][] masks, int from, int to, int word) {
        long x = 0;
        for (int s = from; s < to; s++) {
            x |= masks[s][word];
        }
        return x;
    }
}
