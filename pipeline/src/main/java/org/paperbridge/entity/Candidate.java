package org.paperbridge.entity;

/** A possible mention: UTF-16 range in the original text and the sense chosen for it. */
record Candidate(int start, int end, LexiconEntry entry) {
    int length() {
        return end - start;
    }
}
