package org.paperbridge.align;

import java.util.List;

import org.paperbridge.model.Alignment;

/**
 * The alignment of two texts. {@code corresponds} says whether they are translations of each other
 * at all; {@code score} in [0, 1] is that confidence. When they do not correspond, {@code links}
 * holds only 1:0 and 0:1 beads (every sentence unaligned), never forced pairs.
 */
public record AlignmentResult(boolean corresponds, double score, List<Alignment> links) {
    public AlignmentResult {
        links = List.copyOf(links);
    }
}
