package org.paperbridge.corpus;

import java.util.List;
import java.util.Locale;

/**
 * Which parallel pairs the parallel exports keep: a minimum alignment score, the bead types, a
 * range of English letters per Chinese character, and whether exact and near-duplicate pairs
 * across the corpus are dropped. A filter on score or bead applies to sentence-aligned pairs only;
 * the others (titles, keywords, names) have neither and are kept unless {@code alignedOnly}.
 *
 * @param beads     bead types to keep, such as "1:1" or "2:1"; empty keeps every type
 * @param dedup     drop a pair whose text, exactly or once normalized, an earlier pair of the corpus had
 */
public record PairSelection(double minScore, List<String> beads, double minLengthRatio, double maxLengthRatio,
                            boolean alignedOnly, boolean dedup) {
    public static final PairSelection DEFAULT = new PairSelection(0, List.of(), 0, Double.POSITIVE_INFINITY, false, true);

    public PairSelection {
        beads = List.copyOf(beads);
        if (minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("minimum alignment score must be in [0, 1], got " + minScore);
        }
        if (minLengthRatio < 0 || maxLengthRatio < minLengthRatio) {
            throw new IllegalArgumentException("length ratio range must be 0 <= min <= max, got "
                    + minLengthRatio + ".." + maxLengthRatio);
        }
        for (String b : beads) {
            if (!b.matches("[0-9]+:[0-9]+")) {
                throw new IllegalArgumentException("a bead type is written zh:en, such as 1:1 or 2:1, not '" + b + "'");
            }
        }
    }

    /** Whether the pair passes the filters (duplicates are decided later, in corpus order). */
    boolean keeps(ParallelPair p) {
        if (p.bead() == null) {
            if (alignedOnly) {
                return false;
            }
        } else {
            if (p.score() != null && p.score() < minScore) {
                return false;
            }
            if (!beads.isEmpty() && !beads.contains(p.bead())) {
                return false;
            }
        }
        double ratio = p.lengthRatio();
        return ratio >= minLengthRatio && ratio <= maxLengthRatio;
    }

    /** A readable summary for the dataset card. */
    String describe() {
        return String.format(Locale.ROOT, "minimum score %s, beads %s, English letters per Chinese character %s..%s, "
                        + "%s, duplicates %s", minScore, beads.isEmpty() ? "all" : String.join(",", beads),
                minLengthRatio, Double.isInfinite(maxLengthRatio) ? "any" : maxLengthRatio,
                alignedOnly ? "sentence-aligned pairs only" : "every kind of pair", dedup ? "dropped" : "kept");
    }
}
