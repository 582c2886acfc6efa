package org.paperbridge.align;

/**
 * A {@link LengthModel} together with what it was fitted on, as a run records it in manifest.json:
 * the ratio and variance, the number of abstract pairs and their total lengths, how many sources
 * were sampled, a digest of the sample (paths and contents) and where the model came from
 * ({@link #PRIOR} when the sample had too few abstract pairs, or {@link #SAMPLE}). Doubles survive the JSON round trip exactly, so a re-run that
 * reuses the model aligns identically.
 */
public record FittedLengthModel(double ratio, double variance, long pairs, long zhChars, long enChars,
                                int sampledSources, String sample, String origin) {
    /** Nothing to fit on: the built-in prior. */
    public static final String PRIOR = "prior";
    /** Fitted on the abstracts of a sample of the run's sources. */
    public static final String SAMPLE = "sample";

    public FittedLengthModel {
        new LengthModel(ratio, variance);
    }

    /** The model to align with. */
    public LengthModel model() {
        return new LengthModel(ratio, variance);
    }

    /** The prior with no evidence behind it. */
    public static FittedLengthModel prior() {
        LengthModel p = LengthModel.prior();
        return new FittedLengthModel(p.ratio(), p.variance(), 0, 0, 0, 0, null, PRIOR);
    }

    /** The prior's ratio and variance, recorded with this sample's evidence (too little to depart from the prior). */
    public FittedLengthModel withPriorModel() {
        LengthModel p = LengthModel.prior();
        return new FittedLengthModel(p.ratio(), p.variance(), pairs, zhChars, enChars, sampledSources, sample, PRIOR);
    }

    /** Whether the two align alike: the same ratio and variance, bit for bit. */
    public boolean sameModelAs(FittedLengthModel other) {
        return other != null && Double.compare(ratio, other.ratio) == 0 && Double.compare(variance, other.variance) == 0;
    }
}
