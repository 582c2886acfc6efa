package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;

class KeywordAlignerTest {
    private static final List<String> SEED_ZH = List.of("肝衰竭", "间充质干细胞", "再生", "移植");
    private static final List<String> SEED_EN = List.of("liver failure", "mesenchymal stem cell", "regeneration",
            "transplantation");

    @Test
    void pairsByPositionWhenCountsMatchAndNothingContradicts() {
        List<Keyword> k = new KeywordAligner(BilingualDictionary.empty()).align(SEED_ZH, SEED_EN);
        assertEquals(new Keyword("间充质干细胞", "mesenchymal stem cell"), k.get(1));
        assertEquals(4, k.size());
    }

    @Test
    void reordersWhenTheDictionaryContradictsThePosition() {
        BilingualDictionary d = TermPairDictionary.builder().add("再生", "regeneration").add("移植", "transplantation").build();
        List<Keyword> k = new KeywordAligner(d).align(List.of("肝衰竭", "移植", "再生"),
                List.of("liver failure", "regeneration", "transplantation"));
        assertEquals(List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("移植", "transplantation"),
                new Keyword("再生", "regeneration")), k);
    }

    @Test
    void pairsUnequalCountsByTranslationEvidence() {
        BilingualDictionary d = TermPairDictionary.of(List.of(), List.of(
                new GlossaryEntry("骨髓间充质干细胞", "bone marrow-derived mesenchymal stem cells", "BM-MSCs")));
        TermPairDictionary words = TermPairDictionary.builder().addAll(d).add("肝衰竭", "liver failure")
                .add("移植", "transplantation").build();
        List<Keyword> k = new KeywordAligner(words).align(List.of("肝衰竭", "间充质干细胞", "细胞治疗", "移植"),
                List.of("liver failure", "mesenchymal stem cell", "transplantation"));
        assertEquals(List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("间充质干细胞", "mesenchymal stem cell"),
                new Keyword("细胞治疗", null), new Keyword("移植", "transplantation")), k);
    }

    @Test
    void fillsAnEqualGapBetweenEvidencedPairsByPosition() {
        BilingualDictionary d = TermPairDictionary.builder().add("肝衰竭", "liver failure").add("移植", "transplantation").build();
        List<Keyword> k = new KeywordAligner(d).align(List.of("肝衰竭", "再生", "移植", "预后"),
                List.of("liver failure", "regeneration", "transplantation"));
        assertEquals(List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("再生", "regeneration"),
                new Keyword("移植", "transplantation"), new Keyword("预后", null)), k);
    }

    @Test
    void matchesLatinTokensSharedByBothKeywords() {
        List<Keyword> k = new KeywordAligner(BilingualDictionary.empty()).align(List.of("CD47", "肝衰竭", "SIRPα"),
                List.of("SIRPα", "CD47"));
        assertEquals(true, k.contains(new Keyword("CD47", "CD47")));
        assertEquals(true, k.contains(new Keyword("肝衰竭", null)));
    }
}
