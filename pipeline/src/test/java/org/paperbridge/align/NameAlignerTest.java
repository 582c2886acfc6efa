package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;

class NameAlignerTest {
    private final NameAligner names = new NameAligner();

    @Test
    void matchesUpperCaseSurnameFirst() {
        assertEquals(1.0, names.score("齐泽强", "QI Zeqiang"));
    }

    @Test
    void matchesGivenNameFirst() {
        assertEquals(1.0, names.score("齐泽强", "Zeqiang Qi"));
    }

    @Test
    void matchesSurnameWithInitials() {
        assertTrue(names.score("齐泽强", "Qi Z") >= 0.6);
        assertTrue(names.score("齐泽强", "Qi ZQ") > names.score("齐泽强", "Qi Z"));
        assertTrue(names.score("齐泽强", "Qi Z.Q.") > 0.8);
    }

    @Test
    void matchesHyphenatedGivenName() {
        assertEquals(1.0, names.score("董巧凤", "DONG Qiao-feng"));
    }

    @Test
    void matchesCompoundSurnames() {
        assertEquals(1.0, names.score("欧阳晓明", "OUYANG Xiaoming"));
        assertEquals(1.0, names.score("司马光", "Guang Sima"));
        assertEquals(1.0, names.score("诸葛亮", "ZHUGE Liang"));
        assertEquals(1.0, names.score("上官婉儿", "Shangguan Wan'er"));
    }

    @Test
    void readsSurnamesWithTheirNameReading() {
        assertEquals(1.0, names.score("单伟", "SHAN Wei"));
        assertEquals(1.0, names.score("曾明", "ZENG Ming"));
        assertEquals(1.0, names.score("解放", "Xie Fang"));
        assertEquals(1.0, names.score("仇军", "QIU Jun"));
        assertEquals(1.0, names.score("区华", "OU Hua"));
        assertEquals(1.0, names.score("查伟", "ZHA Wei"));
        assertEquals(1.0, names.score("朴永", "PIAO Yong"));
        assertEquals(1.0, names.score("盖丽", "GE Li"));
        assertEquals(1.0, names.score("缪军", "MIAO Jun"));
        assertEquals(1.0, names.score("翟鹏", "ZHAI Peng"));
        assertEquals(1.0, names.score("覃华", "QIN Hua"));
    }

    @Test
    void rejectsADifferentPerson() {
        assertEquals(0.0, names.score("齐泽强", "GUO Tingyu"));
        assertEquals(0.0, names.score("王亚东", "WANG Yading"));
    }

    @Test
    void repairsAuthorsPairedWronglyByPositionAndSaysWhichHaveNoMatch() {
        List<Author> in = List.of(
                new Author(new Bilingual("齐泽强", "GUO Tingyu"), false, null, List.of(0)),
                new Author(new Bilingual("郭庭煜", "QI Zeqiang"), false, null, List.of(0)),
                new Author(new Bilingual("王亚东", "LI Hua"), true, "wangyadong@hebmu.edu.cn", List.of(0)));
        List<Author> out = names.align(in);
        assertEquals(new Bilingual("齐泽强", "QI Zeqiang"), out.get(0).name());
        assertEquals(new Bilingual("郭庭煜", "GUO Tingyu"), out.get(1).name());
        assertEquals(new Bilingual("王亚东", null), out.get(2).name());
        assertTrue(out.get(2).corresponding());
        assertEquals(new Bilingual(null, "LI Hua"), out.get(3).name());
    }

    @Test
    void pairsNamesWhenTheEnglishListIsInAnotherOrder() {
        List<NameAligner.NamePair> p = names.pair(List.of("齐泽强", "郭庭煜", "吴治念", "王亚东"),
                List.of("Wu ZN", "Wang YD", "Qi ZQ", "Guo TY"));
        assertEquals("Qi ZQ", p.get(0).en());
        assertEquals("Guo TY", p.get(1).en());
        assertEquals("Wu ZN", p.get(2).en());
        assertEquals("Wang YD", p.get(3).en());
    }

    @Test
    void pairsLeftoverNamesByOrderWhenHalfOfEachMatches() {
        // 高血压合并支气管哮喘 (中国全科医学): the English line spells 王建新 as WANG Jianxing.
        List<NameAligner.NamePair> p = names.pair(List.of("孙瑞", "潘熠", "王建新", "王璇"),
                List.of("SUN Rui", "PAN Yi", "WANG Jianxing", "WANG Xuan"));
        assertEquals("WANG Jianxing", p.get(2).en());
        assertEquals(4, p.size());
        // 西藏3种野生牧草: OCR read 蔺永和 as 葡永和; the given name still agrees with LIN Yonghe.
        assertEquals("LIN Yonghe", names.pair(List.of("闫天芳", "葡永和", "徐雅梅"),
                List.of("YAN Tianfang", "LIN Yonghe", "XU Yamei")).get(1).en());
        assertFalse(names.resembles("王亚东", "LI Hua"));
    }
}
