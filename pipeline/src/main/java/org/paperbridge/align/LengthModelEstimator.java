package org.paperbridge.align;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;

/**
 * Fits the {@link LengthModel} on the abstracts of a corpus. It keeps integer moments of the pairs'
 * lengths (count, Σzh, Σen, Σzh², Σen·zh, Σen²), so the fitted model does not depend on the order in
 * which pairs arrive: a batch may add abstracts from any number of threads in a first pass and get
 * the same model for the same set of inputs. Thread-safe.
 */
public final class LengthModelEstimator {
    private static final double RATIO_STEP = 0.05;
    private long pairs;
    private long zh;
    private long en;
    private long zhSquared;
    private long enTimesZh;
    private long enSquared;

    /** Adds one Chinese text and its English counterpart; a blank side adds nothing. */
    public synchronized void add(String zhText, String enText) {
        if (zhText == null || enText == null || zhText.isBlank() || enText.isBlank()) {
            return;
        }
        long z = LengthModel.chineseLength(zhText);
        long e = LengthModel.length(enText);
        pairs++;
        zh += z;
        en += e;
        zhSquared += z * z;
        enTimesZh += e * z;
        enSquared += e * e;
    }

    /** Adds an article's two abstracts when it has both. */
    public void add(Article article) {
        Abstract ab = article.abstract_();
        if (ab != null && ab.zh() != null && ab.en() != null) {
            add(ab.zh().text(), ab.en().text());
        }
    }

    /** Number of pairs added. */
    public synchronized long pairs() {
        return pairs;
    }

    /**
     * The model a batch aligns with: the fitted ratio, rounded, with the prior's sentence variance,
     * and its evidence, for the run's record; the prior itself (origin {@link FittedLengthModel#PRIOR})
     * when no pair was added.
     */
    public synchronized FittedLengthModel fitted(int sampledSources, String sampleDigest) {
        LengthModel m = fit();
        // Rounded to 0.05 so that a small change in the sample seldom changes the model, which would
        // make every article of the previous run stale.
        double ratio = Math.max(RATIO_STEP, Math.round(m.ratio() / RATIO_STEP) * RATIO_STEP);
        // Whole abstracts say nothing about the spread of sentence lengths within one translation:
        // their residual mixes in how documents differ (33 on the dev set, 3 on near-identical
        // abstracts) while the dev set's gold 1:1 sentences give 20, the prior's value. Keep it.
        double variance = LengthModel.prior().variance();
        return new FittedLengthModel(ratio, variance, pairs, zh, en, sampledSources, sampleDigest,
                pairs == 0 ? FittedLengthModel.PRIOR : FittedLengthModel.SAMPLE);
    }

    /**
     * The model fitted on the pairs so far, shrunk towards {@link LengthModel#prior()} by
     * {@link LengthModel#PRIOR_CHARS} characters of evidence: the prior itself when nothing was added.
     */
    public synchronized LengthModel fit() {
        LengthModel prior = LengthModel.prior();
        double weight = LengthModel.PRIOR_CHARS;
        double ratio = (en + prior.ratio() * weight) / (zh + weight);
        // Σ(en − ratio·zh)² expanded into the moments, so no pair needs to be kept.
        double residual = enSquared - 2 * ratio * enTimesZh + ratio * ratio * zhSquared;
        double variance = (prior.variance() * weight + Math.max(0, residual)) / (zh + weight);
        return new LengthModel(ratio, Math.max(1.0, variance));
    }
}
