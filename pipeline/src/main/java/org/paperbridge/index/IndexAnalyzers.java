package org.paperbridge.index;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import org.paperbridge.text.TermDictionary;

/** The analyzer of each text field, the same at index and at query time. */
final class IndexAnalyzers {
    private IndexAnalyzers() {
    }

    static Analyzer create(TermDictionary dictionary) {
        ChineseAnalyzer zh = new ChineseAnalyzer(dictionary);
        ChineseBigramAnalyzer bigram = new ChineseBigramAnalyzer();
        EnglishBioAnalyzer en = new EnglishBioAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String group : Fields.GROUPS) {
            perField.put(Fields.zh(group), zh);
            perField.put(Fields.bigram(group), bigram);
            perField.put(Fields.en(group), en);
        }
        perField.put(Fields.AUTHOR_WORDS, new AuthorAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
}
