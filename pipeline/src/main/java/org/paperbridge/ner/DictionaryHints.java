package org.paperbridge.ner;

/**
 * Dictionary matches offered to the tagger as features: it learns how far to trust each type's
 * dictionary, so a noisy match ("in" as a gene symbol) costs nothing once the words outweigh it.
 */
@FunctionalInterface
public interface DictionaryHints {
    DictionaryHints NONE = (text, sink) -> { };

    /** Reports every dictionary match in {@code text}: UTF-16 range and entity type. */
    void find(String text, Sink sink);

    @FunctionalInterface
    interface Sink {
        void match(int start, int end, String type);
    }
}
