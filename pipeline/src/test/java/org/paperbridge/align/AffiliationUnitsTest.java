package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.AffiliationUnit;

class AffiliationUnitsTest {
    static final String SEED_ZH = "河北医科大学第三医院 感染科, 河北 石家庄 050051";
    static final String SEED_EN = "Department of Infectious Disease, the Third Hospital of Hebei Medical University, "
            + "Shijiazhuang 050051, China";

    private static ParsedUnit u(String kind, String text) {
        return new ParsedUnit(kind, text);
    }

    @Test
    void splitsAChineseAffiliationIntoInstitutionsDepartmentPlacesAndPostcode() {
        assertEquals(List.of(u("institution", "河北医科大学"), u("institution", "第三医院"), u("department", "感染科"),
                u("province", "河北"), u("city", "石家庄"), u("postcode", "050051")), ChineseAffiliationUnits.parse(SEED_ZH));
    }

    @Test
    void cutsChineseUnitsThatRunTogetherButNotInsideLongerWords() {
        assertEquals(List.of(u("institution", "某某大学"), u("institution", "附属第三医院"), u("department", "消化内科"),
                u("province", "广东"), u("city", "广州"), u("postcode", "510630")),
                ChineseAffiliationUnits.parse("某某大学附属第三医院消化内科，广东 广州 510630"));
        assertEquals(List.of(u("institution", "中国科学院"), u("department", "生物物理研究所"), u("province", "北京"),
                u("postcode", "100101")), ChineseAffiliationUnits.parse("中国科学院生物物理研究所, 北京 100101"));
        assertEquals(List.of(u("institution", "某市中心医院"), u("department", "中心实验室"), u("province", "江苏省"),
                u("city", "南京市")), ChineseAffiliationUnits.parse("某市中心医院中心实验室，江苏省南京市"));
        assertEquals(List.of(u("institution", "某某理工大学"), u("department", "计算机科学与技术学院")),
                ChineseAffiliationUnits.parse("1. 某某理工大学 计算机科学与技术学院"));
    }

    @Test
    void splitsAnEnglishAffiliationAndAHospitalOfAUniversityIntoTwo() {
        assertEquals(List.of(u("department", "Department of Infectious Disease"), u("institution", "the Third Hospital"),
                u("institution", "Hebei Medical University"), u("city", "Shijiazhuang"), u("postcode", "050051"),
                u("country", "China")), EnglishAffiliationUnits.parse(SEED_EN));
        assertEquals(List.of(u("institution", "Chinese Academy of Sciences"), u("province", "Guangdong Province"),
                u("country", "P. R. China")),
                EnglishAffiliationUnits.parse("Chinese Academy of Sciences, Guangdong Province, P. R. China"));
        assertEquals(List.of(u("department", "School of Computer Science"), u("institution", "Moumou University"),
                u("institution", "People's Hospital")),
                EnglishAffiliationUnits.parse("School of Computer Science; Moumou University People's Hospital"));
    }

    @Test
    void aMedicalSchoolOfAUniversityPairsWithItsChineseUnit() {
        List<AffiliationUnit> units = new AffiliationUnitPairer().pair("某某大学医学院附属某某医院 检验科，上海 200025",
                "Department of Laboratory Medicine, Moumou Hospital, Moumou University School of Medicine, Shanghai 200025, China");
        assertTrue(units.contains(new AffiliationUnit("department", "医学院", "School of Medicine", 1.0)), units.toString());
        assertTrue(units.contains(new AffiliationUnit("institution", "某某大学", "Moumou University", 1.0)), units.toString());
        assertTrue(units.contains(new AffiliationUnit("department", "检验科", "Department of Laboratory Medicine", 1.0)),
                units.toString());
    }

    @Test
    void aLoneInstituteIsTheInstitutionButALoneDepartmentIsNot() {
        assertEquals("institution", EnglishAffiliationUnits.parse("Institute of Biophysics, Beijing 100101").get(0).kind());
        assertEquals("department", EnglishAffiliationUnits.parse("Department of Surgery, Beijing 100101").get(0).kind());
    }

    @Test
    void pairsTheSeedUnitsByKindAndEvidence() {
        List<AffiliationUnit> units = new AffiliationUnitPairer().pair(SEED_ZH, SEED_EN);
        assertEquals(List.of(
                new AffiliationUnit("institution", "河北医科大学", "Hebei Medical University", 1.0),
                new AffiliationUnit("institution", "第三医院", "the Third Hospital", 1.0),
                new AffiliationUnit("department", "感染科", "Department of Infectious Disease", 1.0),
                new AffiliationUnit("province", "河北", null, 0),
                new AffiliationUnit("city", "石家庄", "Shijiazhuang", 1.0),
                new AffiliationUnit("postcode", "050051", "050051", 1.0),
                new AffiliationUnit("country", null, "China", 0)), units);
    }

    @Test
    void ordinalsAndInstitutionWordsTranslateAndPlacesMatchByPinyin() {
        assertEquals(1.0, AffiliationUnitPairer.coverage("第三附属医院", "Third Affiliated Hospital"), 1e-9);
        assertEquals(1.0, AffiliationUnitPairer.coverage("第十人民医院", "the Tenth People's Hospital"), 1e-9);
        assertEquals(0.0, AffiliationUnitPairer.coverage("第三医院", "Sixth Clinic"), 1e-9);
        assertEquals(1.0, AffiliationUnitPairer.placeScore("广州", "Guangzhou"), 1e-9);
        assertEquals(1.0, AffiliationUnitPairer.placeScore("广东省", "Guangdong Province"), 1e-9);
        assertEquals(1.0, AffiliationUnitPairer.placeScore("陕西", "Shaanxi"), 1e-9);
        assertEquals(0.0, AffiliationUnitPairer.placeScore("广州", "Shenzhen"), 1e-9);
    }

    @Test
    void unitsOfUnrelatedKindsNeverPairAndReorderedUnitsFindTheirPartners() {
        assertEquals(0.0, AffiliationUnitPairer.score(u("postcode", "510630"), u("city", "Guangzhou")), 1e-9);
        List<AffiliationUnit> units = new AffiliationUnitPairer().pair("某某大学 生命科学学院，广东 广州 510630",
                "College of Life Sciences, Moumou University, Guangzhou, Guangdong 510630, China");
        assertTrue(units.contains(new AffiliationUnit("department", "生命科学学院", "College of Life Sciences", 1.0)), units.toString());
        assertTrue(units.contains(new AffiliationUnit("province", "广东", "Guangdong", 1.0)), units.toString());
        assertTrue(units.contains(new AffiliationUnit("city", "广州", "Guangzhou", 1.0)), units.toString());
        assertTrue(units.contains(new AffiliationUnit("institution", "某某大学", "Moumou University", 1.0)), units.toString());
        assertEquals(new AffiliationUnit("institution", "某某大学", "Moumou University", 1.0), units.get(0), "Chinese order");
    }
}
