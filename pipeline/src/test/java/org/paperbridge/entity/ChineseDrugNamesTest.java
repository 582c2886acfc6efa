package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drug and compound names by their form in Chinese text ({@link ChineseDrugNames}, {@link LatinDrugNames}). */
class ChineseDrugNamesTest {
    private final EntityTagger tagger = new EntityTagger(TestLexicon.lexicon(), null);

    private List<Entity> tag(String text) {
        return tagger.tag(text, "zh", "p1");
    }

    private Optional<Entity> mention(String text, String mention) {
        return tag(text).stream().filter(e -> e.text().equals(mention)).findFirst();
    }

    private List<String> chemicals(String text) {
        return tag(text).stream().filter(e -> e.type().equals("chemical")).map(Entity::text).toList();
    }

    @Test
    void innStemAfterTransliterationCharactersIsADrugWithoutId() {
        assertEquals(List.of("奥希替尼", "依维莫司", "达比加群"), chemicals("患者口服奥希替尼、依维莫司或达比加群治疗"));
        assertNull(mention("患者口服奥希替尼治疗", "奥希替尼").orElseThrow().id());
    }

    @Test
    void aStemAloneOrAfterTheEndOfAnotherWordIsNoName() {
        assertEquals(List.of(), chemicals("这种单抗与霉素无关"));
        // 白蛋白紫杉醇: 白 ends 白蛋白, it does not start a drug name.
        assertEquals(List.of("紫杉醇"), chemicals("给予白蛋白紫杉醇治疗"));
    }

    @Test
    void saltBeforeTheNameBelongsToItAndKeepsTheBaseNamesId() {
        Entity e = mention("局部注射盐酸利多卡因后", "盐酸利多卡因").orElseThrow();
        assertEquals(List.of("chemical", "MESH:D008012"), List.of(e.type(), e.id()));
        assertEquals(List.of("雌二醇"), chemicals("注射用雌二醇"));
    }

    @Test
    void stemWithClassSuffixNamesTheClass() {
        assertEquals(List.of("他汀类"), chemicals("长期服用他汀类药物"));
        assertEquals(List.of("青霉素类"), chemicals("青霉素类抗生素是首选"));
        assertEquals(List.of("多柔比星"), chemicals("多柔比星类似物"));
    }

    @Test
    void systematicNamesOfNomenclatureMorphemesAreCompounds() {
        assertEquals(List.of("甲羟戊酸", "5-氮杂-2-脱氧胞苷"), chemicals("加入甲羟戊酸和5-氮杂-2-脱氧胞苷处理"));
        assertEquals(List.of("乙酰乙酰辅酶A"), chemicals("缩合成乙酰乙酰辅酶A。"));
    }

    @Test
    void processesEnzymesAndBondsNamedAfterCompoundsAreNoCompounds() {
        assertEquals(List.of(), chemicals("磷酸化水平升高，乙酰胆碱酯酶活性下降，磷酸二酯键断裂"));
    }

    @Test
    void drugCodeInATreatmentSentenceIsAChemicalButACellLineIsNot() {
        assertEquals(List.of("SB203580"), chemicals("A549细胞经SB203580处理24 h后，A549的迁移减少"));
        assertEquals(List.of(), chemicals("检测其IC50值与抑制作用"));
        assertTrue(chemicals("HEK-293细胞转染后加入药物").isEmpty());
    }

    @Test
    void englishInnNameAndTheAliasesAChineseNameDefinesTakeItsSense() {
        assertEquals(List.of("osimertinib"), chemicals("三代药物osimertinib的耐药"));
        List<Entity> es = tag("伏立诺他(vorinostat，SAHA)已获批准，SAHA的疗效");
        assertEquals(List.of("伏立诺他", "vorinostat", "SAHA", "SAHA"), es.stream().map(Entity::text).toList());
        assertTrue(es.stream().allMatch(e -> "MESH:D000077337".equals(e.id())), es.toString());
    }

    @Test
    void cellularPrefixBelongsToTheProtoOncogene() {
        Entity e = mention("与其受体c-Met结合", "c-Met").orElseThrow();
        assertEquals(List.of("gene", "HGNC:7029"), List.of(e.type(), e.id()));
    }
}
