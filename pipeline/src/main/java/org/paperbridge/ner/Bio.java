package org.paperbridge.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of one entity type's tagger — BIOES: outside, begin, inside, end, single-token —
 * and the conversions between labels and spans. Marking the last token of a mention lets a linear
 * model learn where mentions end (a right boundary: "receptor", "gene", a closing bracket) as
 * directly as where they begin.
 */
final class Bio {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int E = 3;
    static final int S = 4;
    static final int LABELS = 5;
    /** Row of the transition table used for the first token. */
    static final int START = LABELS;

    private Bio() {
    }

    /** Whether {@code label} may follow {@code previous} (a label or {@link #START}). */
    static boolean allowed(int previous, int label) {
        boolean open = previous == B || previous == I;
        return (label == I || label == E) == open;
    }

    /** Whether a sentence may end on {@code label}: not inside an open mention. */
    static boolean canEnd(int label) {
        return label != B && label != I;
    }

    /**
     * The labels of {@code tokens} for the spans of {@code type}: a token is inside a span when
     * they overlap, so a span that cuts a token takes the whole token.
     */
    static int[] labels(Tokens tokens, List<Span> spans, String type) {
        int n = tokens.size();
        int[] labels = new int[n];
        for (Span s : spans) {
            if (!s.type().equals(type)) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (tokens.starts()[i] < s.end() && tokens.ends()[i] > s.start()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0 || !free(labels, first, last)) {
                continue;
            }
            if (first == last) {
                labels[first] = S;
            } else {
                labels[first] = B;
                for (int i = first + 1; i < last; i++) {
                    labels[i] = I;
                }
                labels[last] = E;
            }
        }
        return labels;
    }

    private static boolean free(int[] labels, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (labels[i] != O) {
                return false;
            }
        }
        return true;
    }

    /** The spans the labels mark, as UTF-16 ranges of the text. */
    static List<Span> spans(Tokens tokens, int[] labels, String type) {
        List<Span> out = new ArrayList<>();
        for (int[] r : ranges(labels)) {
            out.add(new Span(tokens.starts()[r[0]], tokens.ends()[r[1]], type));
        }
        return out;
    }

    /** The mentions the labels mark, as {first, last} token indices. */
    static List<int[]> ranges(int[] labels) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            switch (labels[i]) {
                case S -> out.add(new int[]{i, i});
                case B -> start = i;
                case E -> {
                    if (start >= 0) {
                        out.add(new int[]{start, i});
                    }
                    start = -1;
                }
                case I -> { }
                default -> start = -1;
            }
        }
        return out;
    }
}
