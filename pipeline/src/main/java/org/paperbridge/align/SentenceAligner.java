package org.paperbridge.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Alignment;

/**
 * Aligns Chinese and English sentences by dynamic programming over beads 1:1, 1:2, 2:1, 1:3, 3:1,
 * 2:2, 1:0 and 0:1. A bead's cost is −log of its prior, −log of the Gale–Church length fit
 * ({@link LengthModel}, adapted to the pair's own length ratio), minus a reward per lexical anchor
 * shared inside the bead and plus a penalty per anchor that the bead leaves on one side only.
 * <p>
 * Link scores are posteriors: the probability mass of all bead sequences through that bead
 * (forward–backward over the same lattice, costs read as negative log-probabilities), so a link
 * the data barely prefers scores near 0.5 and an unambiguous one near 1.
 */
public final class SentenceAligner {
    /** Bead shapes (zh count, en count) and their prior probabilities; zh sentences tend to be longer. */
    private static final int[][] BEADS = {{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 2}, {1, 0}, {0, 1}};
    private static final double[] PRIORS = {0.62, 0.14, 0.07, 0.06, 0.02, 0.03, 0.03, 0.03};
    /** Reward (nats) for an anchor both sides of a bead share; penalty for one it splits. */
    private static final double SHARED_REWARD = 1.0;
    private static final double SPLIT_PENALTY = 0.8;
    /** Below this overall confidence two texts are reported as not corresponding. */
    private static final double CORRESPONDS_THRESHOLD = 0.25;
    /** Pseudo-count of the anchor share: with no anchors at all the share is 0.8. */
    private static final double ANCHOR_SMOOTHING = 1.0;

    private final LengthModel lengths;
    private final Anchors anchors;

    public SentenceAligner(LengthModel lengths, BilingualDictionary dictionary) {
        this.lengths = lengths;
        this.anchors = new Anchors(dictionary);
    }

    /** An aligner with the prior length model and no dictionary. */
    public SentenceAligner() {
        this(LengthModel.prior(), BilingualDictionary.empty());
    }

    /** Aligns and returns the links only (empty-side beads when the texts do not correspond). */
    public List<Alignment> alignSentences(List<String> zh, List<String> en) {
        return align(zh, en).links();
    }

    public AlignmentResult align(List<String> zh, List<String> en) {
        if (zh.isEmpty() || en.isEmpty()) {
            return unaligned(zh.size(), en.size(), 0.0, 1.0);
        }
        int[] lz = zh.stream().mapToInt(LengthModel::length).toArray();
        int[] le = en.stream().mapToInt(LengthModel::length).toArray();
        Set<String> terms = new HashSet<>();
        Set<String> latin = new HashSet<>();
        List<Set<String>> kz = anchors.chinese(zh, terms, latin);
        List<Set<String>> ke = anchors.english(en, terms, latin);
        int zhAnchors = Anchors.union(kz).size();
        Anchors.keepShared(kz, ke);
        KeyMasks masks = new KeyMasks(kz, ke);

        int totalZh = sum(lz);
        int totalEn = sum(le);
        Lattice lattice = new Lattice(lz, le, masks, lengths.adaptedTo(totalZh, totalEn));
        List<Alignment> links = lattice.decode();

        double overall = overall(lz, le, zhAnchors, masks.size(), links);
        if (overall < CORRESPONDS_THRESHOLD) {
            return unaligned(zh.size(), en.size(), overall, 1 - overall);
        }
        return new AlignmentResult(true, overall, links);
    }

    /**
     * Confidence that the texts are translations at all: the fit of the linked sentences' total
     * lengths to the unadapted ratio ({@link LengthModel#documentFit}), the share of Chinese anchors found in the English, and
     * the share of sentences the best path links. A heuristic product, not a calibrated probability.
     */
    private double overall(int[] lz, int[] le, int zhAnchors, int shared, List<Alignment> links) {
        int linkedZh = 0;
        int linkedEn = 0;
        int linked = 0;
        for (Alignment a : links) {
            if (!a.zh().isEmpty() && !a.en().isEmpty()) {
                linked += a.zh().size() + a.en().size();
                linkedZh += a.zh().stream().mapToInt(i -> lz[i]).sum();
                linkedEn += a.en().stream().mapToInt(j -> le[j]).sum();
            }
        }
        if (linked == 0) {
            return 0;
        }
        double lengthFit = Math.sqrt(lengths.documentFit(linkedZh, linkedEn));
        // Smoothed share of the Chinese anchors found in the English: one or two anchors the English
        // spells out (3D → three-dimensional) must not sink a pair, many unmatched ones should.
        double anchorFit = Math.min(1.0, (shared + ANCHOR_SMOOTHING) / (zhAnchors + ANCHOR_SMOOTHING / 0.8));
        double linkedShare = (double) linked / (lz.length + le.length);
        return clamp(lengthFit * anchorFit * Math.sqrt(linkedShare));
    }

    private static AlignmentResult unaligned(int zh, int en, double overall, double linkScore) {
        List<Alignment> links = new ArrayList<>();
        for (int i = 0; i < zh; i++) {
            links.add(new Alignment(List.of(i), List.of(), clamp(linkScore)));
        }
        for (int j = 0; j < en; j++) {
            links.add(new Alignment(List.of(), List.of(j), clamp(linkScore)));
        }
        return new AlignmentResult(false, clamp(overall), links);
    }

    private static int sum(int[] xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }

    static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    /** The DP lattice: bead costs, Viterbi path and forward–backward posteriors. */
    private static final class Lattice {
        private final int n;
        private final int m;
        private final double[][][] cost;

        Lattice(int[] lz, int[] le, KeyMasks masks, LengthModel model) {
            n = lz.length;
            m = le.length;
            cost = new double[BEADS.length][n + 1][m + 1];
            int[] pz = prefix(lz);
            int[] pe = prefix(le);
            for (int t = 0; t < BEADS.length; t++) {
                int a = BEADS[t][0];
                int b = BEADS[t][1];
                double prior = -Math.log(PRIORS[t]);
                for (int i = a; i <= n; i++) {
                    for (int j = b; j <= m; j++) {
                        double c = prior;
                        if (a > 0 && b > 0) {
                            double fit = model.fit(pz[i] - pz[i - a], pe[j] - pe[j - b]);
                            c -= Math.log(Math.max(fit, 1e-12));
                        }
                        c -= SHARED_REWARD * masks.shared(i - a, i, j - b, j);
                        c += SPLIT_PENALTY * masks.split(i - a, i, j - b, j);
                        cost[t][i][j] = c;
                    }
                }
            }
        }

        List<Alignment> decode() {
            double[][] best = new double[n + 1][m + 1];
            int[][] back = new int[n + 1][m + 1];
            double[][] fwd = new double[n + 1][m + 1];
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    if (i == 0 && j == 0) {
                        continue;
                    }
                    best[i][j] = Double.POSITIVE_INFINITY;
                    fwd[i][j] = Double.NEGATIVE_INFINITY;
                    for (int t = 0; t < BEADS.length; t++) {
                        int pi = i - BEADS[t][0];
                        int pj = j - BEADS[t][1];
                        if (pi < 0 || pj < 0) {
                            continue;
                        }
                        double c = best[pi][pj] + cost[t][i][j];
                        if (c < best[i][j]) {
                            best[i][j] = c;
                            back[i][j] = t;
                        }
                        fwd[i][j] = logAdd(fwd[i][j], fwd[pi][pj] - cost[t][i][j]);
                    }
                }
            }
            double[][] bwd = new double[n + 1][m + 1];
            for (int i = n; i >= 0; i--) {
                for (int j = m; j >= 0; j--) {
                    if (i == n && j == m) {
                        continue;
                    }
                    bwd[i][j] = Double.NEGATIVE_INFINITY;
                    for (int t = 0; t < BEADS.length; t++) {
                        int ni = i + BEADS[t][0];
                        int nj = j + BEADS[t][1];
                        if (ni <= n && nj <= m) {
                            bwd[i][j] = logAdd(bwd[i][j], bwd[ni][nj] - cost[t][ni][nj]);
                        }
                    }
                }
            }
            double z = fwd[n][m];
            List<Alignment> links = new ArrayList<>();
            for (int i = n, j = m; i > 0 || j > 0; ) {
                int t = back[i][j];
                int pi = i - BEADS[t][0];
                int pj = j - BEADS[t][1];
                double posterior = Math.exp(fwd[pi][pj] - cost[t][i][j] + bwd[i][j] - z);
                links.add(new Alignment(range(pi, i), range(pj, j), clamp(posterior)));
                i = pi;
                j = pj;
            }
            java.util.Collections.reverse(links);
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
}
