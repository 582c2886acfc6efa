package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paperbridge.structure.FrontBlockClassifier.Shape;

class FrontBlockClassifierTest {
    private final FrontBlockClassifier classifier = new FrontBlockClassifier();

    private Shape shape(String text) {
        return classifier.classify(text).shape();
    }

    @Test
    void tellsTitlesAuthorsAndAffiliationsApart() {
        assertEquals(Shape.TEXT, shape("骨髓间充质干细胞治疗肝衰竭的作用机制"));
        assertEquals(Shape.AUTHORS, shape("齐泽强, 郭庭煜, 吴治念, 王亚东*"));
        assertEquals(Shape.AFFILIATION, shape("河北医科大学第三医院 感染科, 河北 石家庄 050051"));
        assertEquals(Shape.TEXT, shape("Mechanism of bone marrow-derived mesenchymal stem cells in the treatment of liver failure"));
        assertEquals(Shape.AUTHORS, shape("QI Zeqiang, GUO Tingyu, WU Zhinian, WANG Yadong*"));
        assertEquals(Shape.AFFILIATION, shape("Department of Infectious Disease, the Third Hospital of Hebei Medical University, Shijiazhuang 050051, China"));
    }

    @Test
    void chineseTitleNamingAnInstitutionStaysATitle() {
        assertEquals(Shape.TEXT, shape("以患者为中心的三级医院肝衰竭管理模式探讨"));
    }

    @Test
    void skipsJournalHeadersColumnNamesAndReadsDoiLines() {
        assertEquals(Shape.SKIP, shape("第44卷 第11期 2024年11月"));
        assertEquals(Shape.SKIP, shape("综 述"));
        assertEquals(Shape.SKIP, shape("【论著】"));
        assertEquals(Shape.DOI, shape("https://doi.org/10.1038/s41556-022-00989-7"));
    }

    @Test
    void languageFollowsTheScriptThatDominates() {
        assertTrue(FrontBlockClassifier.isChinese("长链非编码RNA MALAT1通过miR-101-3p/EZH2轴促进肝星状细胞活化"));
        assertFalse(FrontBlockClassifier.isChinese("Liver failure (肝衰竭) is severe and often fatal"));
    }
}
