package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;
import org.paperbridge.model.GlossaryEntry;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lexicon tagger's rules. English tests of symbol case, context and folding rules use the
 * lexicon-only tagger: with the learned models the model decides which English spans are mentions
 * (see LearnedMentionsTest), and these rules still decide how the spans are normalized.
 */
class EntityTaggerTest {
    private final EntityTagger tagger = TestLexicon.tagger();
    private final EntityTagger lexiconOnly = new EntityTagger(TestLexicon.lexicon(), null);

    private Optional<Entity> only(String text, String lang, String mention) {
        return tagger.tag(text, lang, "p1").stream().filter(e -> e.text().equals(mention)).findFirst();
    }

    private String norm(String text, String mention) {
        return only(text, "en", mention).map(Entity::norm).orElse("<none>");
    }

    private Optional<Entity> lexOnly(String text, String mention) {
        return lexiconOnly.tag(text, "en", "p1").stream().filter(e -> e.text().equals(mention)).findFirst();
    }

    private String lexNorm(String text, String mention) {
        return lexOnly(text, mention).map(Entity::norm).orElse("<none>");
    }

    @Test
    void foldsGreekLettersSpelledAndWritten() {
        assertEquals("IL1B", lexNorm("IL-1β was released", "IL-1β"));
        assertEquals("IL1B", lexNorm("IL-1 beta was released", "IL-1 beta"));
        assertEquals("IL1B", lexNorm("IL1B was released", "IL1B"));
        assertEquals("TNF", lexNorm("TNF-α levels rose", "TNF-α"));
        assertEquals("TNF", lexNorm("TNFa levels rose", "TNFa"));
        assertEquals("TGFB1", lexNorm("TGF-beta1 signalling", "TGF-beta1"));
    }

    @Test
    void tagsTraditionalScriptAsSimplifiedWithOffsetsIntoThePrintedText() {
        Entity simplified = only("抑制肝纤维化的发生", "zh", "肝纤维化").orElseThrow();
        Entity traditional = only("抑制肝纖維化的發生", "zh", "肝纖維化").orElseThrow();
        assertEquals(simplified.norm(), traditional.norm());
        assertEquals(simplified.id(), traditional.id());
        assertEquals(List.of(2, 6), List.of(traditional.start(), traditional.end()));
    }

    @Test
    void matchesHyphenSpaceAndFullWidthVariants() {
        assertEquals("MMP13", norm("MMP-13 was secreted", "MMP-13"));
        assertEquals("MMP13", norm("MMP 13 was secreted", "MMP 13"));
        assertEquals("STAT3", only("ＳＴＡＴ３信号", "zh", "ＳＴＡＴ３").map(Entity::norm).orElse("<none>"));
        assertEquals("TGFB1", only("转化生长因子 β 1 可通过", "zh", "转化生长因子 β 1").map(Entity::norm).orElse("<none>"));
    }

    @Test
    void keepsSymbolsCaseAndWordBoundaries() {
        assertTrue(lexOnly("we set the dose", "set").isEmpty());
        assertTrue(lexOnly("CD470 is not CD47", "CD470").isEmpty());
        assertEquals("CD47", lexNorm("CD470 is not CD47", "CD47"));
        assertEquals("NR4A1", lexNorm("the receptor Nr4a1 was induced", "Nr4a1"));
        assertEquals("MTOR", lexNorm("mTOR signalling", "mTOR"));
    }

    @Test
    void longestMatchWins() {
        assertEquals("CL:0000815", only("调节性 T 细胞增加", "zh", "调节性 T 细胞").orElseThrow().id());
        assertEquals("CL:0002540", only("骨髓间充质干细胞治疗", "zh", "骨髓间充质干细胞").orElseThrow().id());
    }

    @Test
    void readsMirnaNames() {
        String text = "miR-182-5p, hsa-miR-21-5p, let-7a-5p, microRNA-21, miR-29a/b and the miR-200 family";
        List<Entity> found = tagger.tag(text, "en", "p1").stream().filter(e -> e.type().equals("mirna")).toList();
        assertEquals(List.of("miR-182-5p", "miR-21-5p", "let-7a-5p", "miR-21", "miR-29a", "miR-200 family"),
                found.stream().map(Entity::norm).toList());
        assertEquals("MIMAT0000259", found.get(0).id());
        assertEquals("hsa-miR-21-5p", found.get(1).text());
        assertEquals("miR-29a/b", found.get(4).text());
    }

    @Test
    void readsCircAndLncRnas() {
        Entity circ = only("将 circDIDO1 转染", "zh", "circDIDO1").orElseThrow();
        assertEquals("ncrna", circ.type());
        assertEquals(TestLexicon.lexicon().approvedSymbol("dido1").id(), circ.id());
        assertTrue(only("一种 circRNA 分子", "zh", "circRNA").isEmpty());
        assertEquals("ncrna", only("lncRNA H19 was high", "en", "lncRNA H19").orElseThrow().type());
        assertEquals("ncrna", only("MALAT1 was high", "en", "MALAT1").orElseThrow().type());
    }

    @Test
    void ccl4NextToAModelIsCarbonTetrachloride() {
        assertEquals("chemical", only("在 CCL4 小鼠肝损伤模型中", "zh", "CCL4").orElseThrow().type());
        assertEquals("chemical", only("CCl4-induced liver fibrosis", "en", "CCl4").orElseThrow().type());
        assertEquals("chemical", only("the CCl4 group", "en", "CCl4").orElseThrow().type());
    }

    @Test
    void ccl4AsAChemokineStaysAGene() {
        Entity e = only("the chemokine CCL4 binds CCR5", "en", "CCL4").orElseThrow();
        assertEquals("gene", e.type());
        assertEquals("CCL4", e.norm());
    }

    @Test
    void englishWordSymbolsNeedGeneContext() {
        assertTrue(lexOnly("IMPACT OF CAT OWNERSHIP", "CAT").isEmpty());
        assertTrue(lexOnly("SET the REST aside", "SET").isEmpty());
        assertEquals("CAT", lexNorm("CAT gene expression fell", "CAT"));
    }

    @Test
    void articleDefinitionBeatsAliasTable() {
        assertEquals("YAP1", norm("Yes-associated protein (YAP) activation; YAP moved", "YAP"));
        List<Entity> withGlossary = tagger.tag("HSC 活化", "zh", "p1",
                List.of(new GlossaryEntry("肝星状细胞", "hepatic stellate cells", "HSC")));
        assertEquals("CL:0000632", withGlossary.get(0).id());
    }

    @Test
    void offsetsCountCodePointsPastSupplementaryCharacters() {
        String text = "𠀀𠀀 CD47 与 SIRPα";
        List<Entity> found = tagger.tag(text, "zh", "p1");
        Entity cd47 = found.stream().filter(e -> e.norm().equals("CD47")).findFirst().orElseThrow();
        assertEquals(3, cd47.start());
        assertEquals(7, cd47.end());
        for (Entity e : found) {
            int s = text.offsetByCodePoints(0, e.start());
            assertEquals(e.text(), text.substring(s, text.offsetByCodePoints(s, e.end() - e.start())));
        }
    }

    @Test
    void ordersEntitiesByPosition() {
        List<Entity> found = tagger.tag("小鼠 巨噬细胞 表达 STAT3", "zh", "p1");
        assertEquals(List.of("mouse", "macrophage", "STAT3"), found.stream().map(Entity::norm).toList());
    }

    @Test
    void bloodGroupSystemIsNoGene() {
        assertTrue(lexOnly("ABO-incompatible liver transplantation", "ABO").isEmpty());
        assertTrue(only("ABO 不相容肝移植", "zh", "ABO").isEmpty());
        assertEquals("ABO", lexNorm("ABO gene expression", "ABO"));
    }

    @Test
    void groupNamesAreNotTheirFirstMember() {
        assertTrue(lexOnly("stimulated with IFN-α and IL-6", "IFN-α").isEmpty());
        assertTrue(lexOnly("IFN signalling was induced", "IFN").isEmpty());
        assertTrue(only("MMP 活性升高", "zh", "MMP").isEmpty());
        assertEquals("AKT1", lexNorm("AKT phosphorylation rose", "AKT"));
        assertEquals("TNF", lexNorm("TNFA levels rose", "TNFA"));
    }

    @Test
    void likeModifierNamesAFamily() {
        assertTrue(only("NOD-like receptors sense bacteria", "en", "NOD").isEmpty());
        assertTrue(only("Toll 样受体", "zh", "Toll").isEmpty());
    }
}
