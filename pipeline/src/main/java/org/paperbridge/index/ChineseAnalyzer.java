package org.paperbridge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

import org.paperbridge.text.TermDictionary;

/** The {@code text_zh} analysis: HanLP words with the term dictionary, whole symbols, width and case folded. */
public final class ChineseAnalyzer extends Analyzer {
    private final TermDictionary dictionary;

    public ChineseAnalyzer(TermDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanLPTokenizer source = new HanLPTokenizer(dictionary);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
