package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Alignment;

class DocumentLexiconTest {
    private static final List<String> ZH = List.of("肺癌患者的血浆样本。", "我们检测了肺癌组织。", "结果不同。");
    private static final List<String> EN = List.of("Plasma samples of lung patients.", "We tested lung tissue.",
            "The results differed.");

    private static List<Alignment> diagonal(int n, double score) {
        List<Alignment> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new Alignment(List.of(k), List.of(k), score));
        }
        return out;
    }

    private static List<Set<String>> empty(int n) {
        List<Set<String>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new HashSet<>());
        }
        return out;
    }

    @Test
    void learnsABigramAndAWordThatShareTwoConfidentLinks() {
        DocumentLexicon lexicon = DocumentLexicon.learn(ZH, EN, diagonal(3, 0.95), 0.9);
        List<Set<String>> kz = empty(3);
        List<Set<String>> ke = empty(3);
        lexicon.addKeys(ZH, EN, kz, ke);
        assertTrue(kz.get(0).contains("lex:肺癌|lung"), kz.toString());
        assertTrue(ke.get(1).contains("lex:肺癌|lung"), ke.toString());
        // 结果/results meet in one link only: a pair learned there would only confirm that link.
        assertTrue(kz.get(2).isEmpty() && ke.get(2).isEmpty(), kz + " " + ke);
    }

    @Test
    void learnsNothingFromUnsureLinks() {
        assertEquals(0, DocumentLexicon.learn(ZH, EN, diagonal(3, 0.6), 0.9).size());
    }

    @Test
    void linksEachBigramAndEachWordOnce() {
        // 肺癌 and 癌患/患者 … all meet "lung" twice; competitive linking keeps one bigram for it.
        DocumentLexicon lexicon = DocumentLexicon.learn(ZH, EN, diagonal(3, 0.95), 0.9);
        List<Set<String>> kz = empty(3);
        List<Set<String>> ke = empty(3);
        lexicon.addKeys(ZH, EN, kz, ke);
        assertEquals(1, ke.get(1).stream().filter(k -> k.endsWith("|lung")).count(), ke.toString());
    }

    @Test
    void cutsEnglishWordsToTheirStemAndSkipsFunctionWords() {
        assertEquals(Set.of("lungs", "tissue", "differ"), DocumentLexicon.words("The lungs and the tissues differed"));
        assertEquals(Set.of("肺癌", "癌组", "组织"), DocumentLexicon.bigrams("肺癌组织 (NSCLC)"));
    }
}
