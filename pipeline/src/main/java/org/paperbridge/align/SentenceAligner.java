package org.paperbridge.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Alignment;

/**
 * Aligns Chinese and English sentences by dynamic programming over beads 1:1, 1:2, 2:1, 1:3, 1:4,
 * 4:1, 2:2, 1:0 and 0:1 (3:1 left out: the ablation in docs/alignment.md) ({@link BeadLattice}, banded around the diagonal). A bead's cost is −log of
 * its prior, −log of the Gale–Church length fit ({@link LengthModel}), minus a reward for the
 * lexical anchors both sides of the bead share and plus a penalty for each sentence's anchors the
 * other side lacks, anchors weighted by their rarity in the document ({@link AnchorWeights}).
 * <p>
 * Two passes: the first with the length ratio adapted to the pair's totals and the prior bead
 * probabilities; the second with the ratio and the bead probabilities re-estimated from the
 * first pass's links (one EM step), so that a terse or a verbose translation, or one that splits
 * sentences more often, is aligned by its own statistics, and with the word pairs the first pass's
 * confident links teach ({@link DocumentLexicon}) as further anchors.
 * <p>
 * 2:2 is priced at 0.003, far under the other many-sentence beads: the length fit is a tail
 * probability at most 1 per bead, so merging two 1:1 links into one 2:2 saves a whole factor and
 * Gale–Church merges too often (21 of 69 wrong beads on the Medline tune set were such merges at 0.03).
 * <p>
 * Link scores are posteriors: the probability mass of all bead sequences through that bead
 * (forward–backward over the same lattice, costs read as negative log-probabilities), so a link
 * the data barely prefers scores near 0.5 and an unambiguous one near 1.
 */
public final class SentenceAligner {
    /** Longest text this aligner takes, in sentences per side: bounds memory (see {@link BeadLattice#cells}). */
    public static final int MAX_SENTENCES = 5_000;
    /** Bead shapes (zh count, en count) and their prior probabilities; zh sentences tend to be longer. */
    static final int[][] BEADS = {{1, 1}, {1, 2}, {2, 1}, {1, 3}, {2, 2}, {1, 0}, {0, 1}, {1, 4}, {4, 1}};
    static final double[] PRIORS = {0.62, 0.14, 0.07, 0.06, 0.003, 0.03, 0.03, 0.01, 0.005};
    /**
     * Reward (nats) for a full-weight anchor both sides of a bead share; penalty for one a sentence
     * leaves alone. Chosen on the tune sets (abstracts and real-tune): 3/3 beat 1/0.8, 2/3, 5/2, 3/5.
     */
    private static final double SHARED_REWARD = 3.0;
    private static final double SPLIT_PENALTY = 3.0;
    /** Below this overall confidence two texts are reported as not corresponding. */
    private static final double CORRESPONDS_THRESHOLD = 0.25;
    /** Pseudo-count of the anchor share: with no anchors at all the share is 0.8. */
    private static final double ANCHOR_SMOOTHING = 1.0;
    /** Weight of the prior bead probabilities in the second pass, in beads. */
    private static final double BEAD_PRIOR_WEIGHT = 100;
    /** A first-pass 1:1 link at least this sure is used to re-fit the length model. */
    private static final double CONFIDENT = 0.9;

    private final LengthModel lengths;
    private final Anchors anchors;
    private final int[][] beads;
    private final double[] priors;

    public SentenceAligner(LengthModel lengths, BilingualDictionary dictionary) {
        this(lengths, dictionary, BEADS, PRIORS);
    }

    /** An aligner over another bead inventory (for the ablation in docs/alignment.md). */
    SentenceAligner(LengthModel lengths, BilingualDictionary dictionary, int[][] beads, double[] priors) {
        this.lengths = lengths;
        this.anchors = new Anchors(dictionary);
        this.beads = beads;
        this.priors = normalized(priors);
    }

    /** An aligner with the prior length model and no dictionary. */
    public SentenceAligner() {
        this(LengthModel.prior(), BilingualDictionary.empty());
    }

    /** Aligns and returns the links only (empty-side beads when the texts do not correspond). */
    public List<Alignment> alignSentences(List<String> zh, List<String> en) {
        return align(zh, en).links();
    }

    /**
     * Aligns two sentence lists.
     *
     * @throws IllegalArgumentException when a side has more than {@link #MAX_SENTENCES} sentences
     */
    public AlignmentResult align(List<String> zh, List<String> en) {
        if (zh.size() > MAX_SENTENCES || en.size() > MAX_SENTENCES) {
            throw new IllegalArgumentException(String.format(
                    "%,d Chinese and %,d English sentences: over the limit of %,d sentences a side",
                    zh.size(), en.size(), MAX_SENTENCES));
        }
        if (zh.isEmpty() || en.isEmpty()) {
            return unaligned(zh.size(), en.size(), 0.0, 1.0);
        }
        int[] lz = zh.stream().mapToInt(LengthModel::chineseLength).toArray();
        int[] le = en.stream().mapToInt(LengthModel::length).toArray();
        Set<String> terms = new HashSet<>();
        Set<String> latin = new HashSet<>();
        List<Set<String>> kz = anchors.chinese(zh, terms, latin);
        List<Set<String>> ke = anchors.english(en, terms, latin);
        PinyinAnchors.addChinese(zh, kz, PinyinAnchors.addEnglish(en, ke));
        Punctuation.add(zh, kz, true);
        Punctuation.add(en, ke, false);
        int zhAnchors = Anchors.union(kz).size();
        Anchors.keepShared(kz, ke);
        AnchorWeights weights = new AnchorWeights(kz, ke);
        int sharedAnchors = weights.size();

        LengthModel first = lengths.adaptedTo(sum(lz), sum(le));
        List<Alignment> links = new BeadLattice(lz, le, weights, first, beads, priors, SHARED_REWARD, SPLIT_PENALTY)
                .decode();
        LengthModel second = refit(first, lz, le, links);
        // The words this pair of texts repeats, learned from pass 1's confident links, become anchors of pass 2.
        DocumentLexicon.learn(zh, en, links, CONFIDENT).addKeys(zh, en, kz, ke);
        weights = new AnchorWeights(kz, ke);
        links = new BeadLattice(lz, le, weights, second, beads, beadPriors(links), SHARED_REWARD, SPLIT_PENALTY)
                .decode();

        double overall = overall(lz, le, zhAnchors, sharedAnchors, links);
        if (overall < CORRESPONDS_THRESHOLD) {
            return unaligned(zh.size(), en.size(), overall, 1 - overall);
        }
        return new AlignmentResult(true, overall, links);
    }

    /**
     * The ratio re-estimated from the confident 1:1 links of a first pass, shrunk towards
     * {@code model} by {@link LengthModel#PRIOR_CHARS} characters of evidence. The variance is
     * kept: links are confident because their lengths fit, so their spread underestimates the
     * text's (Genesis 1–4 gave 4.1 against 20, and pass 2 then drifted into 0:1 + 2:1 detours).
     */
    static LengthModel refit(LengthModel model, int[] lz, int[] le, List<Alignment> links) {
        double zhChars = 0;
        double enChars = 0;
        for (Alignment a : links) {
            if (a.zh().size() == 1 && a.en().size() == 1 && a.score() >= CONFIDENT) {
                zhChars += lz[a.zh().get(0)];
                enChars += le[a.en().get(0)];
            }
        }
        if (zhChars == 0) {
            return model;
        }
        double w = LengthModel.PRIOR_CHARS;
        return new LengthModel((enChars + model.ratio() * w) / (zhChars + w), model.variance());
    }

    /** Bead probabilities re-estimated from a path's bead counts, smoothed by the prior. */
    private double[] beadPriors(List<Alignment> links) {
        double[] counts = new double[beads.length];
        for (Alignment a : links) {
            for (int t = 0; t < beads.length; t++) {
                if (beads[t][0] == a.zh().size() && beads[t][1] == a.en().size()) {
                    counts[t]++;
                }
            }
        }
        double[] out = new double[beads.length];
        for (int t = 0; t < beads.length; t++) {
            out[t] = counts[t] + BEAD_PRIOR_WEIGHT * priors[t];
        }
        return normalized(out);
    }

    private static double[] normalized(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        double[] out = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            out[k] = xs[k] / s;
        }
        return out;
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
}
