package org.paperbridge.model;

import java.util.List;

/** The two abstracts and the alignment of their sentences; a missing side is null. */
public record Abstract(AbstractText zh, AbstractText en, List<Alignment> alignment) {
    public static final Abstract EMPTY = new Abstract(null, null, List.of());

    public Abstract {
        alignment = List.copyOf(alignment);
    }
}
