package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import org.paperbridge.text.TermDictionary;

class AnalyzerTokensTest {
    /** term@start-end, with "+" marking a token at the same position as the one before. */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String token = term + "@" + offset.startOffset() + "-" + offset.endOffset();
                out.add(pos.getPositionIncrement() == 0 ? "+" + token : token);
                assertEquals(term.toString().toLowerCase(), term.toString());
            }
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(t -> t.substring(0, t.lastIndexOf('@'))).toList();
    }

    @Test
    void keepsDictionaryTermsAndSymbolsWhole() throws IOException {
        ChineseAnalyzer zh = new ChineseAnalyzer(TermDictionary.of(List.of("炎性小体", "肝星状细胞", "骨髓间充质干细胞")));
        List<String> terms = terms(zh, "骨髓间充质干细胞通过抑制NLRP3炎性小体激活肝星状细胞");
        assertTrue(terms.contains("骨髓间充质干细胞"), terms::toString);
        assertTrue(terms.contains("nlrp3"), terms::toString);
        assertTrue(terms.contains("炎性小体"), terms::toString);
        assertTrue(terms.contains("肝星状细胞"), terms::toString);
    }

    @Test
    void chineseOffsetsPointIntoTheTextAfterACharacterOutsideTheBmp() throws IOException {
        String text = "𠀀肝衰竭与IL-1β";
        ChineseAnalyzer zh = new ChineseAnalyzer(TermDictionary.of(List.of("肝衰竭")));
        List<String> tokens = tokens(zh, text);
        assertEquals(List.of("𠀀@0-2", "肝衰竭@2-5", "与@5-6", "il-1β@6-11"), tokens);
    }

    @Test
    void surrogatePairInsideAWordIsNeverCut() throws IOException {
        String text = "肝𠀀细胞";
        for (String token : tokens(new ChineseAnalyzer(TermDictionary.empty()), text)) {
            int start = Integer.parseInt(token.substring(token.indexOf('@') + 1, token.indexOf('-', token.indexOf('@'))));
            int end = Integer.parseInt(token.substring(token.lastIndexOf('-') + 1));
            assertTrue(!Character.isLowSurrogate(text.charAt(start)), token);
            assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end)), token);
        }
    }

    @Test
    void bigramFieldFindsThePhraseInsideALongerWord() throws IOException {
        List<String> terms = terms(new ChineseBigramAnalyzer(), "肝星状细胞");
        assertTrue(terms.containsAll(List.of("星状", "状细", "细胞")), terms::toString);
        assertEquals(List.of("肝星@0-2", "星状@1-3", "状细@2-4", "细胞@3-5"), tokens(new ChineseBigramAnalyzer(), "肝星状细胞"));
    }

    @Test
    void englishFoldsGreekAndHyphensIntoOneKey() throws IOException {
        EnglishBioAnalyzer en = new EnglishBioAnalyzer();
        assertEquals(List.of("il-1β@0-5", "+il1b@0-5"), tokens(en, "IL-1β"));
        assertEquals(List.of("il-1β@0-6", "+il1b@0-6"), tokens(en, "IL-1 β"));
        assertEquals(List.of("il-1beta@0-9", "+il1b@0-9"), tokens(en, "IL-1 beta"));
        assertEquals(List.of("il1b@0-4"), tokens(en, "IL1B"));
        assertEquals(List.of("tnf-α@0-6", "+tnfa@0-6"), tokens(en, "TNF- α"));
        assertEquals(List.of("tnfa@0-4"), tokens(en, "TNFa"));
        assertEquals(List.of("bm-mscs@0-7", "+bmmsc@0-7"), tokens(en, "BM-MSCs"));
    }

    @Test
    void englishStemsWordsDropsStopWordsAndSkipsChinese() throws IOException {
        EnglishBioAnalyzer en = new EnglishBioAnalyzer();
        assertEquals(List.of("liver", "failur"), terms(en, "the liver failure"));
        assertEquals(List.of("mesenchym", "stem", "cell"), terms(en, "Mesenchymal stem cells"));
        assertEquals(List.of("nlrp3@4-9"), tokens(en, "抑制肝脏NLRP3炎性"));
        assertEquals(List.of("mir-182-5p@0-10", "+mir1825p@0-10"), tokens(en, "miR-182-5p"));
    }

    @Test
    void tokenizesTheSameFromSeveralThreads() throws Exception {
        ChineseAnalyzer zh = new ChineseAnalyzer(TermDictionary.of(List.of("肝星状细胞")));
        String text = "肝星状细胞活化是肝纤维化形成的核心机制, BM-MSCs 可参与改善肝纤维化";
        List<String> expected = tokens(zh, text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Set<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    Set<List<String>> seen = new java.util.HashSet<>();
                    for (int k = 0; k < 200; k++) {
                        seen.add(tokens(zh, text));
                    }
                    return seen;
                }));
            }
            for (Future<Set<List<String>>> run : runs) {
                assertEquals(Set.of(expected), run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
