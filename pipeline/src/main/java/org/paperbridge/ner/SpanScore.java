package org.paperbridge.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Exact-match precision, recall and F1 over mentions, accumulated sentence by sentence. */
public final class SpanScore {
    private long truePositives;
    private long predicted;
    private long gold;

    /** Adds one sentence's predicted and gold mentions (compared as whole ranges). */
    public void add(List<int[]> predictedSpans, List<int[]> goldSpans) {
        Set<Long> g = new HashSet<>();
        for (int[] s : goldSpans) {
            g.add(key(s));
        }
        Set<Long> p = new HashSet<>();
        for (int[] s : predictedSpans) {
            p.add(key(s));
        }
        predicted += p.size();
        gold += g.size();
        for (Long k : p) {
            if (g.contains(k)) {
                truePositives++;
            }
        }
    }

    private static long key(int[] s) {
        return ((long) s[0] << 32) | (s[1] & 0xFFFFFFFFL);
    }

    public double precision() {
        return predicted == 0 ? 0 : 100.0 * truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : 100.0 * truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.1f R %.1f F1 %.1f (%d gold, %d predicted, %d correct)", precision(),
                recall(), f1(), gold, predicted, truePositives);
    }
}
