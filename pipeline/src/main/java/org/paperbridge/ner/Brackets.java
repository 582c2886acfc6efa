package org.paperbridge.ner;

import java.util.List;

/**
 * Mends a mention whose brackets do not pair up, which a linear tagger produces when it labels
 * token by token ("CCNU ( lomustine", "2R , 4R )-4-aminopyrrolidine"): none of the corpora
 * annotates a mention with a lone bracket. One lone bracket is mended by taking in its partner
 * when that stands right beside the mention, else by cutting the mention at it (the parts either
 * side become mentions of their own). Mentions with more than one lone bracket are left alone.
 */
final class Brackets {
    private static final String OPEN = "([";
    private static final String CLOSE = ")]";

    private Brackets() {
    }

    /** The token ranges {first, last} that replace {@code range}: itself when its brackets pair up. */
    static List<int[]> mend(Tokens tokens, int first, int last) {
        int lone = -1;
        int count = 0;
        int[] stack = new int[last - first + 1];
        int depth = 0;
        for (int i = first; i <= last; i++) {
            int open = OPEN.indexOf(bracket(tokens, i));
            int close = CLOSE.indexOf(bracket(tokens, i));
            if (open >= 0) {
                stack[depth++] = i;
            } else if (close >= 0) {
                if (depth > 0 && OPEN.indexOf(bracket(tokens, stack[depth - 1])) == close) {
                    depth--;
                } else {
                    lone = i;
                    count++;
                }
            }
        }
        if (depth > 0) {
            lone = stack[depth - 1];
            count += depth;
        }
        if (count != 1) {
            return List.of(new int[]{first, last});
        }
        char c = bracket(tokens, lone);
        int open = OPEN.indexOf(c);
        if (open >= 0 && last + 1 < tokens.size() && bracket(tokens, last + 1) == CLOSE.charAt(open)) {
            return List.of(new int[]{first, last + 1});
        }
        int close = CLOSE.indexOf(c);
        if (close >= 0 && first > 0 && bracket(tokens, first - 1) == OPEN.charAt(close)) {
            return List.of(new int[]{first - 1, last});
        }
        if (lone == first) {
            return first == last ? List.of() : List.of(new int[]{first + 1, last});
        }
        if (lone == last) {
            return List.of(new int[]{first, last - 1});
        }
        return List.of(new int[]{first, lone - 1}, new int[]{lone + 1, last});
    }

    /** The bracket token {@code i} is, or 0. */
    private static char bracket(Tokens tokens, int i) {
        int s = tokens.starts()[i];
        if (tokens.ends()[i] - s != 1) {
            return 0;
        }
        char c = tokens.text().charAt(s);
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0 ? c : 0;
    }
}
