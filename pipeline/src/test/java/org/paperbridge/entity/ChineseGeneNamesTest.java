package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Receptors and numbered interleukins composed on Chinese gene names, and gene-name prefixes (issue #19). */
class ChineseGeneNamesTest {
    private final EntityTagger tagger = new EntityTagger(TestLexicon.lexicon(), null);

    private List<Entity> genes(String text) {
        return tagger.tag(text, "zh", "p1").stream().filter(e -> e.type().equals("gene")).toList();
    }

    private List<String> textsAndIds(List<Entity> es) {
        return es.stream().map(e -> e.text() + "=" + e.id()).toList();
    }

    @Test
    void receptorAfterALigandIsTheReceptorGene() {
        assertEquals(List.of("TGF-β受体2=HGNC:11773", "转化生长因子β受体II=HGNC:11773"),
                textsAndIds(genes("TGF-β受体2和转化生长因子β受体II表达")));
        assertEquals(List.of("IL-6 膜结合受体=HGNC:6019", "可溶性IL-6受体=HGNC:6019"),
                textsAndIds(genes("IL-6 膜结合受体与可溶性IL-6受体结合")));
    }

    @Test
    void receptorWithoutAnApprovedSymbolLeavesTheLigand() {
        // No HGNC symbol TNFR: the ligand stays the mention, 受体 outside.
        assertEquals(List.of("TNF-α=HGNC:11892"), textsAndIds(genes("TNF-α受体表达")));
    }

    @Test
    void numberedInterleukinIsAGeneAndHasAnIdOnlyWhereHgncHasOne() {
        List<Entity> es = genes("白细胞介素-12和白介素12、白细胞介素-1β");
        assertEquals(List.of("白细胞介素-12", "白介素12", "白细胞介素-1β"), es.stream().map(Entity::text).toList());
        assertNull(es.get(0).id());
        assertNull(es.get(1).id());
        assertEquals("HGNC:5992", es.get(2).id());
        assertTrue(tagger.tag("白细胞介素-12", "zh", "p1").stream().noneMatch(e -> e.type().equals("cell_type")));
    }

    @Test
    void phosphoPrefixTakesALowerCaseSymbolAndSuppliersAreNoGenes() {
        assertEquals(List.of("p-mTOR=HGNC:3942"), textsAndIds(genes("抑制p-mTOR表达")));
        assertTrue(genes("限制酶购自 NEB").isEmpty());
        assertEquals(List.of("NEB=HGNC:7720"), textsAndIds(genes("检测NEB基因突变")));
    }
}
