package org.paperbridge.model;

import java.util.List;

/**
 * An in-text citation marker such as {@code [7]} or {@code [3-5]}: its code-point span in the
 * paragraph text and the reference numbers it cites, ranges expanded.
 */
public record Citation(int start, int end, List<Integer> refs) {
    public Citation {
        refs = List.copyOf(refs);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad citation span [" + start + ", " + end + ")");
        }
    }
}
