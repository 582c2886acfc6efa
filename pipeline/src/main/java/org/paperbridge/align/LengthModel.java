package org.paperbridge.align;

import java.util.List;

/**
 * Gale–Church length model for Chinese→English: English length ≈ {@code ratio} × Chinese length,
 * with variance {@code variance} per Chinese character. Lengths count non-space code points.
 * Fitted on a corpus of aligned pairs and shrunk towards {@link #prior()} so that one pair (or a
 * short abstract) still gives a usable model.
 */
public record LengthModel(double ratio, double variance) {
    /**
     * ~3.3 English letters per Chinese character (measured on bilingual biomedical abstracts);
     * variance 16 per character on top of {@link #SHORT_CHARS} (chosen with it on the tune sets).
     */
    private static final LengthModel PRIOR = new LengthModel(3.3, 16.0);
    /**
     * Characters added to a Chinese length before it scales the variance: how far a translation
     * strays from the ratio does not shrink to nothing with the sentence, so a heading (结果 ↔
     * Results), a caption or a short clause is not held to a few letters. With 20 (variance 16)
     * bead F1 (prior model, given sentences) rose on real-tune 0.794 → 0.809 and medline-tune
     * 0.929 → 0.933 (fitted 0.924 → 0.938), on their running text 0.713 → 0.727 and 0.882 →
     * 0.896; abstracts kept 0.904 (docs/alignment.md).
     */
    static final double SHORT_CHARS = 20;
    /** Weight of the prior, in Chinese characters of evidence. */
    static final double PRIOR_CHARS = 200.0;
    /**
     * Standard deviation of ln(English/Chinese length) between documents. Full texts run from 2.0
     * to 4.3 letters per character (medical articles, novels), so a ratio alone must not reject a
     * pair: at 2.0 against the prior's 3.3 the fit is 0.2, which the anchors and the linked share
     * then decide on.
     */
    private static final double DOCUMENT_LOG_SPREAD = 0.4;
    /** Code points below this are narrow (Latin, digits, Greek, ASCII signs); from U+2000 on, Chinese text typesets its quotes, dashes and ellipses wide. */
    private static final int NARROW_LIMIT = 0x2000;

    public LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("bad length model " + ratio + ", " + variance);
        }
    }

    /** The model used when nothing has been fitted. */
    public static LengthModel prior() {
        return PRIOR;
    }

    /** A Chinese text and its English counterpart. */
    public record Pair(String zh, String en) {
    }

    /** Fits ratio and variance on pairs (e.g. the abstracts of a corpus), shrunk towards the prior. */
    public static LengthModel fit(List<Pair> pairs) {
        LengthModelEstimator estimator = new LengthModelEstimator();
        for (Pair p : pairs) {
            estimator.add(p.zh(), p.en());
        }
        return estimator.fit();
    }

    /** This model with its ratio moved towards the ratio of one document's totals. */
    public LengthModel adaptedTo(int zhChars, int enChars) {
        if (zhChars == 0 || enChars == 0) {
            return this;
        }
        double weight = PRIOR_CHARS / 2;
        return new LengthModel((enChars + ratio * weight) / (zhChars + weight), variance);
    }

    /** Gale–Church standardized difference of an English length given a Chinese length (variance grows with the Chinese length plus {@link #SHORT_CHARS}). */
    public double delta(int zhChars, int enChars) {
        double expected = zhChars * ratio;
        return (enChars - expected) / Math.sqrt((Math.max(zhChars, 0) + SHORT_CHARS) * variance);
    }

    /** Two-sided tail probability of {@link #delta}: 1 for a perfect fit, near 0 for a misfit. */
    public double fit(int zhChars, int enChars) {
        return 2 * (1 - normalCdf(Math.abs(delta(zhChars, enChars))));
    }

    /**
     * How well two whole texts' lengths fit this ratio, as a two-sided tail probability of the log
     * ratio. Whole abstracts vary more than sentences within one translation (English versions run
     * from about 2.4 to 4 letters per Chinese character), so this uses a fixed log-ratio spread
     * rather than the per-character variance, which would call a terse translation a wrong pairing.
     */
    public double documentFit(int zhChars, int enChars) {
        if (zhChars == 0 || enChars == 0) {
            return 0;
        }
        double z = Math.log((double) enChars / zhChars / ratio) / DOCUMENT_LOG_SPREAD;
        return 2 * (1 - normalCdf(Math.abs(z)));
    }

    /** Length the model counts: code points that are not white space. */
    public static int length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * Length of a Chinese sentence in Chinese characters: a Han character or full-width sign counts
     * one, a narrow one (Latin letter, digit, ASCII sign: the NSCLC, 95% CI, 38.9 a medical text
     * keeps untranslated) a third, because its English counterpart has about as many letters as it
     * has, not {@link #ratio} times as many. Counting it whole made a Chinese sentence rich in
     * Latin terms look far longer than its translation (hunalign's byte counts, three bytes per Han
     * character in UTF-8, weigh the two the same way).
     */
    public static int chineseLength(String text) {
        int wide = 0;
        int narrow = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                if (cp < NARROW_LIMIT) {
                    narrow++;
                } else {
                    wide++;
                }
            }
            i += Character.charCount(cp);
        }
        return wide + (narrow + 1) / 3;
    }

    /** Standard normal CDF (Abramowitz–Stegun 26.2.17, error < 7.5e-8). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }
}
