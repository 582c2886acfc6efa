package org.paperbridge.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.paperbridge.model.Alignment;

/**
 * The dynamic-programming lattice of one alignment, kept to a band around the diagonal so that
 * memory and time grow with (sentences × band width), not with the product of the two sentence
 * counts. One forward pass gives both the Viterbi path and the forward sums; one backward pass the
 * backward sums; a link's score is its bead's posterior. Bead costs are computed on the fly.
 */
final class BeadLattice {
    /** Half-width of the band: the whole lattice for short texts, an eighth of the longer side beyond. */
    static final int MIN_HALF_WIDTH = 150;

    /**
     * A sentence left unlinked (1:0, 0:1) costs a nat per this many English letters (a Chinese
     * one's length times the ratio): else the length fit is paid only by linked sentences, and a
     * 1:1 + 0:1 detour beats the true 1:2 whenever the second English sentence is long. 100 beat
     * 50 and 70 on the tune sets (docs/alignment.md).
     */
    static final double NULL_LETTERS = 100;

    private final int n;
    private final int m;
    private final int half;
    private final int width;
    private final int[] pz;
    private final int[] pe;
    private final AnchorWeights anchors;
    private final LengthModel model;
    private final int[][] beads;
    private final double[] priorCost;
    private final double reward;
    private final double penalty;

    BeadLattice(int[] lz, int[] le, AnchorWeights anchors, LengthModel model, int[][] beads, double[] priors,
                double reward, double penalty) {
        this.n = lz.length;
        this.m = le.length;
        this.half = Math.max(MIN_HALF_WIDTH, Math.max(n, m) / 8);
        this.width = 2 * half + 1;
        this.pz = prefix(lz);
        this.pe = prefix(le);
        this.anchors = anchors;
        this.model = model;
        this.beads = beads;
        this.priorCost = new double[priors.length];
        for (int t = 0; t < priors.length; t++) {
            priorCost[t] = -Math.log(priors[t]);
        }
        this.reward = reward;
        this.penalty = penalty;
    }

    /** Cells the band holds: what memory grows with (about 25 bytes a cell). */
    static long cells(int n, int m) {
        long half = Math.max(MIN_HALF_WIDTH, Math.max(n, m) / 8);
        return (n + 1L) * (2 * half + 1);
    }

    /** Column of the band's centre in row {@code i}: the diagonal from (0, 0) to (n, m). */
    private int centre(int i) {
        return n == 0 ? 0 : (int) Math.round((double) i * m / n);
    }

    /** Offset of cell (i, j) in the flat band arrays, or -1 outside the band. */
    private int cell(int i, int j) {
        int d = j - centre(i) + half;
        return d < 0 || d >= width || j < 0 || j > m ? -1 : i * width + d;
    }

    private double cost(int t, int i, int j) {
        int a = beads[t][0];
        int b = beads[t][1];
        double c = priorCost[t];
        if (a > 0 && b > 0) {
            double fit = model.fit(pz[i] - pz[i - a], pe[j] - pe[j - b]);
            c -= Math.log(Math.max(fit, 1e-12));
        } else {
            double letters = a > 0 ? (pz[i] - pz[i - a]) * model.ratio() : pe[j] - pe[j - b];
            c += letters / NULL_LETTERS;
        }
        return c - anchors.evidence(i - a, i, j - b, j, reward, penalty);
    }

    /** The best path's beads with their posteriors, in order. */
    List<Alignment> decode() {
        int cellsTotal = (n + 1) * width;
        double[] best = new double[cellsTotal];
        byte[] back = new byte[cellsTotal];
        double[] fwd = new double[cellsTotal];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(fwd, Double.NEGATIVE_INFINITY);
        best[cell(0, 0)] = 0;
        fwd[cell(0, 0)] = 0;
        for (int i = 0; i <= n; i++) {
            int lo = Math.max(0, centre(i) - half);
            int hi = Math.min(m, centre(i) + half);
            for (int j = lo; j <= hi; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                int here = cell(i, j);
                double b = Double.POSITIVE_INFINITY;
                double f = Double.NEGATIVE_INFINITY;
                int arg = -1;
                for (int t = 0; t < beads.length; t++) {
                    int pi = i - beads[t][0];
                    int pj = j - beads[t][1];
                    int from = pi < 0 || pj < 0 ? -1 : cell(pi, pj);
                    if (from < 0 || fwd[from] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double c = cost(t, i, j);
                    if (best[from] + c < b) {
                        b = best[from] + c;
                        arg = t;
                    }
                    f = logAdd(f, fwd[from] - c);
                }
                best[here] = b;
                back[here] = (byte) arg;
                fwd[here] = f;
            }
        }
        double[] bwd = new double[cellsTotal];
        java.util.Arrays.fill(bwd, Double.NEGATIVE_INFINITY);
        int end = cell(n, m);
        bwd[end] = 0;
        for (int i = n; i >= 0; i--) {
            int lo = Math.max(0, centre(i) - half);
            int hi = Math.min(m, centre(i) + half);
            for (int j = hi; j >= lo; j--) {
                if (i == n && j == m) {
                    continue;
                }
                double s = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < beads.length; t++) {
                    int ni = i + beads[t][0];
                    int nj = j + beads[t][1];
                    int to = ni > n || nj > m ? -1 : cell(ni, nj);
                    if (to >= 0 && bwd[to] != Double.NEGATIVE_INFINITY) {
                        s = logAdd(s, bwd[to] - cost(t, ni, nj));
                    }
                }
                bwd[cell(i, j)] = s;
            }
        }
        double z = fwd[end];
        List<Alignment> links = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int t = back[cell(i, j)];
            int pi = i - beads[t][0];
            int pj = j - beads[t][1];
            double posterior = Math.exp(fwd[cell(pi, pj)] - cost(t, i, j) + bwd[cell(i, j)] - z);
            links.add(new Alignment(range(pi, i), range(pj, j), SentenceAligner.clamp(posterior)));
            i = pi;
            j = pj;
        }
        Collections.reverse(links);
        return links;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            r.add(k);
        }
        return r;
    }

    private static int[] prefix(int[] xs) {
        int[] p = new int[xs.length + 1];
        for (int k = 0; k < xs.length; k++) {
            p[k + 1] = p[k] + xs[k];
        }
        return p;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double hi = Math.max(a, b);
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }
}
