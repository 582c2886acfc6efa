package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static Set<String> find(List<String> terms, String text) {
        Set<String> found = new TreeSet<>();
        new TermMatcher(terms).findIn(text, found);
        return found;
    }

    @Test
    void findsOverlappingAndNestedTerms() {
        List<String> terms = List.of("间充质干细胞", "骨髓间充质干细胞", "干细胞", "肝衰竭", "肝细胞");
        assertEquals(new TreeSet<>(List.of("间充质干细胞", "骨髓间充质干细胞", "干细胞", "肝衰竭")),
                find(terms, "骨髓间充质干细胞治疗肝衰竭"));
    }

    @Test
    void findsATermAfterAFailedLongerMatch() {
        // "肝细" starts 肝细胞 but goes on as 细胞因子: the failure link must still find 细胞因子.
        assertEquals(Set.of("肝细胞", "细胞因子"), find(List.of("肝细胞", "细胞因子"), "肝细胞因子"));
        assertEquals(Set.of("细胞因子"), find(List.of("肝细胞核", "细胞因子"), "肝细胞因子"));
    }

    @Test
    void agreesWithContainsOnEveryTerm() {
        List<String> terms = List.of("炎症", "炎症损伤", "损伤修复", "修复", "纤维化", "肝纤维化", "化");
        String text = "肝纤维化与炎症损伤修复";
        Set<String> expected = new TreeSet<>();
        terms.stream().filter(text::contains).forEach(expected::add);
        assertEquals(expected, find(terms, text));
    }
}
