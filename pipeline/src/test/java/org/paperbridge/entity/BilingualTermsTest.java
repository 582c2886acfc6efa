package org.paperbridge.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BilingualTermsTest {
    private final BilingualTerms terms = BilingualTerms.load();

    @Test
    void translatesBothWaysIgnoringCase() {
        assertTrue(terms.translations("巨噬细胞").contains("macrophage"), terms.translations("巨噬细胞").toString());
        assertTrue(terms.translations("Macrophage").contains("巨噬细胞"));
        assertTrue(terms.translations("肝星状细胞").stream().anyMatch(t -> t.contains("stellate")));
        assertTrue(terms.translations("no such term").isEmpty());
    }

    @Test
    void listsChineseTermsForTheSegmenter() {
        assertTrue(terms.chinese().contains("肝星状细胞"));
        assertTrue(terms.chinese().stream().noneMatch(t -> t.chars().allMatch(c -> c < 128)));
    }
}
