package org.paperbridge.ner;

/**
 * One entity type's linear sequence model: a weight per (feature bucket, label) and a weight per
 * label transition, decoded by Viterbi under the B/I/O constraints. Immutable once built.
 */
public final class BioModel {
    private final String type;
    private final int bits;
    private final float[] weights;
    private final float[] transitions;

    /**
     * @param weights     {@code 2^bits * 5} weights, bucket-major
     * @param transitions {@code 6 * 5}: row previous label (last row: sentence start), column label
     */
    BioModel(String type, int bits, float[] weights, float[] transitions) {
        if (weights.length != (1 << bits) * Bio.LABELS || transitions.length != (Bio.LABELS + 1) * Bio.LABELS) {
            throw new IllegalArgumentException("model arrays do not fit " + bits + " bits");
        }
        this.type = type;
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
    }

    public String type() {
        return type;
    }

    public int bits() {
        return bits;
    }

    float[] weights() {
        return weights;
    }

    float[] transitions() {
        return transitions;
    }

    /** The best labels for tokens with these feature buckets. */
    int[] decode(int[][] features) {
        int n = features.length;
        float[] emissions = new float[n * Bio.LABELS];
        for (int i = 0; i < n; i++) {
            int base = i * Bio.LABELS;
            for (int f : features[i]) {
                int row = f * Bio.LABELS;
                for (int y = 0; y < Bio.LABELS; y++) {
                    emissions[base + y] += weights[row + y];
                }
            }
        }
        return viterbi(emissions, 0, Bio.LABELS, transitions, n);
    }

    /**
     * Viterbi over {@code n} tokens whose label scores sit at {@code emissions[i * stride + offset + label]}.
     */
    static int[] viterbi(float[] emissions, int offset, int stride, float[] transitions, int n) {
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        final int L = Bio.LABELS;
        float[] score = new float[L];
        float[] next = new float[L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            score[y] = Bio.allowed(Bio.START, y) ? transitions[Bio.START * L + y] + emissions[offset + y]
                    : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int base = i * stride + offset;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!Bio.allowed(p, y)) {
                        continue;
                    }
                    float s = score[p] + transitions[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[y] = best + emissions[base + y];
                back[i * L + y] = arg;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int y = Bio.O;
        for (int k = 0; k < L; k++) {
            if (Bio.canEnd(k) && score[k] > score[y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = y;
            y = back[i * L + y];
        }
        return labels;
    }
}
