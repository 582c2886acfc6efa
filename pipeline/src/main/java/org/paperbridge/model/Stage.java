package org.paperbridge.model;

import java.util.Locale;

/**
 * The stages a source goes through, and the other places a source can fail: the one list of names
 * that the manifest's timings, {@code errors.jsonl} and the messages use ({@link #label()}).
 */
public enum Stage {
    READ, INGEST, CLEAN, STRUCTURE, TEXT, ASSEMBLE, ALIGN, ENTITIES, EXPORT, INDEX, TIMEOUT, INTERNAL;

    /** The name as written in the manifest and {@code errors.jsonl}: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
