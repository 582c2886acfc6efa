package org.paperbridge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The {@code author_words} analysis: words of the names, lower case, traditional characters folded (張偉 = 张伟). */
public final class AuthorAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, new TraditionalFoldFilter(stream));
    }
}
