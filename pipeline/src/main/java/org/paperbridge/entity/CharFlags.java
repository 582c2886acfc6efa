package org.paperbridge.entity;

import java.util.function.IntPredicate;

/**
 * A yes/no property of chars, computed the first time a char is asked and read from a table after:
 * the per-char questions of the tagger cost one array read, without computing all 65,536 answers at
 * start-up (which took a quarter of a second before the JIT). Thread-safe: threads that race on a
 * char write the same answer.
 */
final class CharFlags {
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final IntPredicate property;
    private final byte[] answers = new byte[Character.MAX_VALUE + 1];

    CharFlags(IntPredicate property) {
        this.property = property;
    }

    boolean test(char c) {
        byte a = answers[c];
        if (a == UNKNOWN) {
            a = property.test(c) ? YES : NO;
            answers[c] = a;
        }
        return a == YES;
    }
}
