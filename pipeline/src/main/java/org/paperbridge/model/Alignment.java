package org.paperbridge.model;

import java.util.List;

/** A bead of aligned sentences: indices on each side (either may be empty) and a score in [0, 1]. */
public record Alignment(List<Integer> zh, List<Integer> en, double score) {
    public Alignment {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("alignment score out of [0, 1]: " + score);
        }
    }
}
