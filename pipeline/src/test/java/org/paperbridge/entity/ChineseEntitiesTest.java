package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese composition, span rules and species context (issue #19), on the shipped lexicons. */
class ChineseEntitiesTest {
    private final EntityTagger tagger = new EntityTagger(TestLexicon.lexicon(), null);

    private List<Entity> tag(String text) {
        return tagger.tag(text, "zh", "p1");
    }

    private Optional<Entity> mention(String text, String mention) {
        return tag(text).stream().filter(e -> e.text().equals(mention)).findFirst();
    }

    @Test
    void composesOrganAndDiseaseHeadAndFindsTheIdThroughTheEnglishName() {
        Entity e = mention("检测膀胱癌组织中的表达", "膀胱癌").orElseThrow();
        assertEquals(List.of("disease", "DOID:11054"), List.of(e.type(), e.id()));
        assertEquals("DOID:10283", mention("前列腺癌患者", "前列腺癌").orElseThrow().id());
    }

    @Test
    void longerComposedNameWinsOverTheNameInsideIt() {
        List<Entity> es = tag("肾透明细胞癌和甲状腺乳头状腺癌的发生");
        assertEquals(List.of("肾透明细胞癌", "甲状腺乳头状腺癌"), es.stream().map(Entity::text).toList());
        assertEquals("DOID:3969", es.get(1).id());
    }

    @Test
    void composedNameWithoutATermIsADiseaseWithoutId() {
        Entity e = mention("热应激造成肠道黏膜损伤", "肠道黏膜损伤").orElseThrow();
        assertEquals("disease", e.type());
        assertNull(e.id());
    }

    @Test
    void bareInflammationIsNoDiseaseAndNeitherIsXInflammation() {
        assertTrue(tag("气道炎症和炎症反应").stream().noneMatch(e -> e.type().equals("disease")), tag("气道炎症和炎症反应").toString());
        assertEquals("DOID:0050589", mention("炎症性肠病的发病", "炎症性肠病").orElseThrow().id());
    }

    @Test
    void cellsNamedByTheirDiseaseAreTheDisease() {
        List<Entity> es = tag("乳腺癌细胞增殖");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("disease", "乳腺癌"), List.of(es.get(0).type(), es.get(0).text()));
    }

    @Test
    void organBeforeACellTypeComposesTheCellType() {
        assertEquals("CL:0000583", mention("哮喘小鼠肺泡巨噬细胞", "肺泡巨噬细胞").orElseThrow().id());
        // No CL term for the composition: the head's id.
        assertEquals("CL:0000097", mention("骨髓来源肥大细胞共培养", "骨髓来源肥大细胞").orElseThrow().id());
    }

    @Test
    void markerDefinedSubsetIsOneCellMention() {
        List<Entity> es = tag("外周血CD4+CD25+Treg细胞比例下降");
        Entity cell = es.stream().filter(e -> e.type().equals("cell_type")).findFirst().orElseThrow();
        assertEquals("CD4+CD25+Treg细胞", cell.text());
        assertEquals("CL:0000815", cell.id());
        assertTrue(es.stream().noneMatch(e -> e.type().equals("gene")), es.toString());
        assertEquals("CL:0000624", mention("小鼠CD4T细胞混合培养", "CD4T细胞").orElseThrow().id());
    }

    @Test
    void markersGluedToALatinCellNameAreOneMentionButOtherLettersAreNot() {
        assertEquals("CL:0000625", mention("脾脏CD8T淋巴细胞数量", "CD8T淋巴细胞").orElseThrow().id());
        assertEquals("CL:0000815", mention("CD4CD25Treg细胞减少", "CD4CD25Treg细胞").orElseThrow().id());
        // Not a marker before the name: no T-cell mention inside the word.
        assertTrue(tag("经ABCT细胞处理").stream().noneMatch(e -> e.type().equals("cell_type")), tag("经ABCT细胞处理").toString());
    }

    @Test
    void geneInsideAPlasmidConstructIsNoMention() {
        String text = "构建pmir-TLR2-3'UTR及pmir-mutant-TLR2质粒，检测TLR2表达";
        List<Entity> es = tag(text);
        List<Entity> genes = es.stream().filter(e -> e.type().equals("gene")).toList();
        assertEquals(1, genes.size(), es.toString());
        assertEquals(List.of("TLR2", "HGNC:11848"), List.of(genes.get(0).text(), genes.get(0).id()));
        assertEquals(text.lastIndexOf("TLR2"), genes.get(0).start());
    }

    @Test
    void nameCutByLatexIsNoMentionButTheNextIs() {
        List<Entity> es = tag("促炎因子TNF- $\\mathbf { \\alpha }$、IL1 $\\boldsymbol { \\beta }$ 和IL-6");
        assertEquals(List.of("IL-6"), es.stream().filter(e -> e.type().equals("gene")).map(Entity::text).toList());
    }

    @Test
    void insulinResistanceAndSensitivityAreProcessesNotTheGene() {
        assertTrue(tag("诱导胰岛素抵抗，恢复胰岛素敏感性").stream().noneMatch(e -> e.type().equals("gene")));
        assertEquals("HGNC:6081", mention("血清胰岛素水平升高", "胰岛素").orElseThrow().id());
    }

    @Test
    void familiesAreGenesWithoutIdAndKeepTheirPhosphoPrefix() {
        List<Entity> es = tag("降低Erk1/2蛋白的磷酸化，抑制p-ERK1/2及LC3-II表达");
        assertEquals(List.of("Erk1/2", "p-ERK1/2", "LC3-II"), es.stream().map(Entity::text).toList());
        assertTrue(es.stream().allMatch(e -> e.type().equals("gene") && e.id() == null), es.toString());
    }

    @Test
    void familyWrittenInTitleCaseInChineseTextIsAGene() {
        List<Entity> es = tag("降低Akt和p-Akt的表达");
        assertEquals(List.of("Akt", "p-Akt"), es.stream().map(Entity::text).toList());
        assertTrue(es.stream().allMatch(e -> e.type().equals("gene")), es.toString());
    }

    @Test
    void supplierAfterPurchasedFromIsNoMention() {
        assertTrue(tag("细胞培养瓶购自 NEST，酶购自NEB").isEmpty(), tag("细胞培养瓶购自 NEST，酶购自NEB").toString());
    }

    @Test
    void abbreviationOfHyphenJoinedNamesNamesTheMixture() {
        String text = "次黄嘌呤-氨基蝶呤-胸腺嘧啶核苷（HAT）培养基筛选，HAT培养";
        List<Entity> es = tag(text);
        assertTrue(es.stream().noneMatch(e -> e.text().equals("HAT")), es.toString());
        assertEquals("chemical", mention(text, "胸腺嘧啶核苷").orElseThrow().type());
        // A single name still defines its abbreviation.
        assertEquals("chemical", mention("苯肾上腺素(PE)处理后PE组", "PE").orElseThrow().type());
    }

    @Test
    void tCellSubsetAbbreviationsAreCellsButNotInCytokineClasses() {
        assertEquals("CL:0000899", mention("诱导Th17细胞分化", "Th17细胞").orElseThrow().id());
        assertEquals("CL:0000546", mention("抑制Th1和Th2的分化", "Th2").orElseThrow().id());
        assertTrue(tag("促进Th2型细胞因子的产生").stream().noneMatch(e -> e.type().equals("cell_type")));
    }

    @Test
    void patientsOfADiseaseEndingIn病AreTheDiseaseAndThePatients() {
        List<Entity> es = tag("哮喘病人气道");
        assertEquals(List.of("哮喘", "病人"), es.stream().map(Entity::text).toList());
        assertEquals(List.of("disease", "species"), es.stream().map(Entity::type).toList());
    }

    @Test
    void humanBeforeADiseaseOrCellIsTheSpecies() {
        Entity human = mention("利用人肾小球内皮细胞", "人").orElseThrow();
        assertEquals("NCBITaxon:9606", human.id());
        assertTrue(mention("个人肾小球内皮细胞", "人").isEmpty());
    }

    @Test
    void pathogenThenInfectionIsTheDisease() {
        Entity e = mention("在MTB感染的巨噬细胞中", "MTB感染").orElseThrow();
        assertEquals(List.of("disease", "DOID:399"), List.of(e.type(), e.id()));
    }

    @Test
    void abbreviationDefinedInTheTextAppliesToTheRest() {
        List<Entity> es = tag("模型组加入苯肾上腺素(PE)诱导;加入PE培养后");
        assertEquals(2, es.stream().filter(e -> e.text().equals("PE") && "MESH:D010656".equals(e.id())).count(), es.toString());
    }

    @Test
    void mirnaIdFollowsTheSpeciesOfTheSentenceThenOfTheText() {
        // miRBase: rno-miR-144-3p MIMAT0000850, hsa-miR-144-3p MIMAT0000436.
        assertEquals("MIMAT0000850", mention("大鼠巨噬细胞中miR-144表达升高", "miR-144").orElseThrow().id());
        assertEquals("MIMAT0000436", mention("患者血清中miR-144表达升高", "miR-144").orElseThrow().id());
        assertEquals("MIMAT0000850", mention("取大鼠心肌。检测miR-144的表达。", "miR-144").orElseThrow().id());
        // An explicit prefix stands whatever the context.
        assertEquals("MIMAT0000436", mention("大鼠中hsa-miR-144-3p", "hsa-miR-144-3p").orElseThrow().id());
    }

    @Test
    void mirnaWithoutArmIsTheStemsFirstMature() {
        // hsa-miR-20b-5p MIMAT0001413 was hsa-miR-20b; its -3p arm came later (MIMAT0004752).
        assertEquals("MIMAT0001413", mention("miR-20b可以负性调节", "miR-20b").orElseThrow().id());
        assertEquals("MIMAT0000255", mention("微小RNA-34a(miR-34a)对膀胱癌", "微小RNA-34a").orElseThrow().id());
    }

    @Test
    void solubleMembraneAndPhosphoFormsKeepThePrefix() {
        assertEquals("PDCD1", mention("将sPD-1基因导入", "sPD-1").orElseThrow().norm());
        assertEquals("IL6R", mention("与mIL-6R结合", "mIL-6R").orElseThrow().norm());
        assertEquals("STAT3", mention("p-STAT3水平", "p-STAT3").orElseThrow().norm());
        assertEquals("TLR2", mention("TLR2mRNA的3'UTR", "TLR2").orElseThrow().norm());
        assertEquals("SMAD4", mention("SMAD家族蛋白4(SMAD4)", "SMAD家族蛋白4").orElseThrow().norm());
    }

    @Test
    void lncRnaIntroducedOnceIsTaggedWhereverItIsWrittenBare() {
        List<Entity> es = tag("长链非编码RNAPTENP1在膀胱癌中的作用。PTENP1与PTEN的表达正相关");
        assertEquals(2, es.stream().filter(e -> e.type().equals("ncrna") && e.text().equals("PTENP1")).count(), es.toString());
        assertEquals("PTEN", es.stream().filter(e -> e.type().equals("gene")).findFirst().orElseThrow().norm());
    }

    @Test
    void familiesWithoutOneMemberGetNoId() {
        Entity e = mention("激活AMPK通路", "AMPK").orElseThrow();
        assertEquals("gene", e.type());
        assertNull(e.id());
    }
}
