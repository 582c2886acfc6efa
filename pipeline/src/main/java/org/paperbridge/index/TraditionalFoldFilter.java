package org.paperbridge.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Folds traditional Chinese characters in each token to their simplified forms, one for one, so
 * the bigram field matches across scripts as the word field does.
 */
public final class TraditionalFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public TraditionalFoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = TraditionalChinese.toSimplified(buffer[i]);
        }
        return true;
    }
}
