package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VocabularyTranslatorTest {
    private static CorpusVocabulary.TermPair pair(String zh, String en) {
        return new CorpusVocabulary.TermPair(zh, en);
    }

    @Test
    void aOneArticleTranslationGivesWayToOneThatRecurs() {
        // Three articles define TNFa as 肿瘤坏死因子α; one glossary cut the term to its head noun.
        CorpusVocabulary vocabulary = new CorpusVocabulary(List.of(
                pair("肿瘤坏死因子α", "TNFa"), pair("肿瘤坏死因子α", "TNFa"), pair("肿瘤坏死因子α", "TNFa"),
                pair("因子", "TNFa"),
                pair("间充质干细胞", "mesenchymal stem cells")));
        VocabularyTranslator translator = new VocabularyTranslator(vocabulary);

        assertEquals(Set.of("肿瘤坏死因子α"), translator.translate("TNFa"));
        // The cut term still translates back: TNFa is its only reading.
        assertEquals(Set.of("TNFa"), translator.translate("因子"));
        // A term given by one article only keeps its translation.
        assertEquals(Set.of("间充质干细胞"), translator.translate("mesenchymal stem cell"));
        assertEquals(3, vocabulary.articlesOf(pair("肿瘤坏死因子α", "TNFa")));
    }

    @Test
    void dictionaryPairsAreAllKept() {
        VocabularyTranslator translator = new VocabularyTranslator(List.of(
                pair("肿瘤坏死因子α", "TNFa"), pair("肿瘤坏死因子α", "TNFa"), pair("因子", "TNFa")));
        assertEquals(Set.of("肿瘤坏死因子α", "因子"), translator.translate("TNFa"));
    }
}
