package org.paperbridge.ner;

import java.util.List;

/**
 * Tokens of a CoNLL sentence joined into text the way {@code tag --conll} joins them: a space
 * between tokens except around a lone hyphen, since corpora split "VEGF-B" into three tokens and
 * "VEGF - B" is no symbol. Offsets are UTF-16 starts of each token in {@link #text()}.
 */
public record ConllSentence(List<String> tokens, String text, int[] starts) {

    public static ConllSentence of(List<String> tokens) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && !tokens.get(i).equals("-") && !tokens.get(i - 1).equals("-")) {
                joined.append(' ');
            }
            starts[i] = joined.length();
            joined.append(tokens.get(i));
        }
        return new ConllSentence(List.copyOf(tokens), joined.toString(), starts);
    }

    public int end(int i) {
        return starts[i] + tokens.get(i).length();
    }

    /** The token ranges of the tokens, as a {@link Tokens} over the joined text. */
    public Tokens asTokens() {
        int[] ends = new int[starts.length];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = end(i);
        }
        return new Tokens(text, starts.clone(), ends);
    }
}
