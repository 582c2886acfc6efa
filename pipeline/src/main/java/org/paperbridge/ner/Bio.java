package org.paperbridge.ner;

import java.util.ArrayList;
import java.util.List;

/** The three labels of one entity type's tagger, and the conversions between labels and spans. */
final class Bio {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int LABELS = 3;
    /** Row of the transition table used for the first token. */
    static final int START = 3;

    private Bio() {
    }

    /** Whether {@code label} may follow {@code previous} (a label or {@link #START}): I only continues B or I. */
    static boolean allowed(int previous, int label) {
        return label != I || previous == B || previous == I;
    }

    /**
     * The labels of {@code tokens} for the spans of {@code type}: a token is inside a span when
     * they overlap, so a span that cuts a token takes the whole token.
     */
    static int[] labels(Tokens tokens, List<Span> spans, String type) {
        int[] labels = new int[tokens.size()];
        for (Span s : spans) {
            if (!s.type().equals(type)) {
                continue;
            }
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.starts()[i] < s.end() && tokens.ends()[i] > s.start()) {
                    if (labels[i] == O) {
                        labels[i] = first ? B : I;
                    }
                    first = false;
                }
            }
        }
        return labels;
    }

    /** The spans the labels mark, as UTF-16 ranges of the text. */
    static List<Span> spans(Tokens tokens, int[] labels, String type) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : O;
            if (start >= 0 && l != I) {
                out.add(new Span(tokens.starts()[start], tokens.ends()[i - 1], type));
                start = -1;
            }
            if (l == B) {
                start = i;
            }
        }
        return out;
    }
}
