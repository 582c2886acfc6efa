package org.paperbridge.ner;

/**
 * One entity type's linear sequence model: a weight per (feature bucket, label), a weight per
 * label transition and, in a second-order model, a weight per label triple (the labels of the two
 * tokens before and of this one), decoded by Viterbi under the B/I/O constraints. Immutable once
 * built.
 */
public final class BioModel {
    private final String type;
    private final int bits;
    private final float[] weights;
    private final float[] transitions;

    /** Length of a first-order transition table: row previous label (last row: sentence start), column label. */
    static final int FIRST_ORDER = (Bio.LABELS + 1) * Bio.LABELS;
    /**
     * Length of a second-order table: the first-order table, then one weight per (label two
     * back, previous label, label), each of the first two a label or the sentence start.
     */
    static final int SECOND_ORDER = FIRST_ORDER + (Bio.LABELS + 1) * FIRST_ORDER;

    /**
     * @param weights     {@code 2^bits * 5} weights, bucket-major
     * @param transitions {@link #FIRST_ORDER} or {@link #SECOND_ORDER} weights
     */
    BioModel(String type, int bits, float[] weights, float[] transitions) {
        if (weights.length != (1 << bits) * Bio.LABELS
                || (transitions.length != FIRST_ORDER && transitions.length != SECOND_ORDER)) {
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

    /** Whether the model scores label triples. */
    public boolean secondOrder() {
        return transitions.length == SECOND_ORDER;
    }

    /**
     * Viterbi over {@code n} tokens whose label scores sit at {@code emissions[i * stride + offset + label]},
     * first or second order as the transition table's length says.
     */
    static int[] viterbi(float[] emissions, int offset, int stride, float[] transitions, int n) {
        if (transitions.length == SECOND_ORDER) {
            return viterbi2(emissions, offset, stride, transitions, n);
        }
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
    /**
     * Second-order Viterbi: the state at a token is the pair (previous label, label), the
     * previous one {@link Bio#START} at the first token; a step adds the label's emission, the
     * pair's transition and the triple's weight.
     */
    private static int[] viterbi2(float[] emissions, int offset, int stride, float[] transitions, int n) {
        int[] labels = new int[n];
        if (n == 0) {
            return labels;
        }
        final int L = Bio.LABELS;
        final int P = L + 1; // previous labels, the sentence start last
        float[] score = new float[P * L];
        float[] next = new float[P * L];
        int[] back = new int[n * P * L];
        java.util.Arrays.fill(score, Float.NEGATIVE_INFINITY);
        for (int y = 0; y < L; y++) {
            if (Bio.allowed(Bio.START, y)) {
                score[Bio.START * L + y] = transitions[Bio.START * L + y]
                        + transitions[FIRST_ORDER + (Bio.START * P + Bio.START) * L + y] + emissions[offset + y];
            }
        }
        for (int i = 1; i < n; i++) {
            int base = i * stride + offset;
            java.util.Arrays.fill(next, Float.NEGATIVE_INFINITY);
            for (int p = 0; p < L; p++) {
                for (int y = 0; y < L; y++) {
                    if (!Bio.allowed(p, y)) {
                        continue;
                    }
                    float best = Float.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int pp = 0; pp < P; pp++) {
                        float s = score[pp * L + p];
                        if (s == Float.NEGATIVE_INFINITY) {
                            continue;
                        }
                        s += transitions[FIRST_ORDER + (pp * P + p) * L + y];
                        if (s > best) {
                            best = s;
                            arg = pp;
                        }
                    }
                    if (best != Float.NEGATIVE_INFINITY) {
                        next[p * L + y] = best + transitions[p * L + y] + emissions[base + y];
                        back[(i * P + p) * L + y] = arg;
                    }
                }
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int state = -1;
        for (int k = 0; k < P * L; k++) {
            if (Bio.canEnd(k % L) && score[k] != Float.NEGATIVE_INFINITY && (state < 0 || score[k] > score[state])) {
                state = k;
            }
        }
        int p = state / L;
        int y = state % L;
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = y;
            int pp = back[(i * P + p) * L + y];
            y = p;
            p = pp;
        }
        return labels;
    }
}
