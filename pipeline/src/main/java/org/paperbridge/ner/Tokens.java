package org.paperbridge.ner;

/**
 * A text cut into tokens, each a UTF-16 range of it. Immutable by convention: the arrays are
 * never written after {@link EnglishTokenizer} fills them.
 */
public record Tokens(String text, int[] starts, int[] ends) {

    public int size() {
        return starts.length;
    }

    public String token(int i) {
        return text.substring(starts[i], ends[i]);
    }
}
