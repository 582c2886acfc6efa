package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Affiliation;

class AffiliationAlignerTest {
    private static final String SEED_ZH = "河北医科大学第三医院 感染科, 河北 石家庄 050051";
    private static final String SEED_EN = "Department of Infectious Disease, the Third Hospital of Hebei Medical University, "
            + "Shijiazhuang 050051, China";
    private static final String OTHER_ZH = "首都医科大学附属北京佑安医院 肝病中心, 北京 100069";
    private static final String OTHER_EN = "Center of Liver Diseases, Beijing YouAn Hospital, Capital Medical University, "
            + "Beijing 100069, China";

    @Test
    void pairsUnitsInADifferentOrderByPostcodeAndPlaceNames() {
        List<Affiliation> a = new AffiliationAligner().align(List.of(SEED_ZH, OTHER_ZH), List.of(OTHER_EN, SEED_EN));
        assertEquals(new Affiliation(SEED_ZH, SEED_EN, "050051"), a.get(0));
        assertEquals(new Affiliation(OTHER_ZH, OTHER_EN, "100069"), a.get(1));
    }

    @Test
    void leavesAUnitWithoutTranslationUnpaired() {
        List<Affiliation> a = new AffiliationAligner().align(List.of(SEED_ZH, OTHER_ZH), List.of(SEED_EN));
        assertEquals(new Affiliation(SEED_ZH, SEED_EN, "050051"), a.get(0));
        assertEquals(new Affiliation(OTHER_ZH, null, "100069"), a.get(1));
    }

    @Test
    void keepsThePrintedPairingWhenTheEnglishListsOneAffiliationFewer() {
        List<Affiliation> printed = List.of(
                new Affiliation("某某医科大学附属医院 消化内科，北京 100000",
                        "Department of Gastroenterology, Affiliated Hospital, Beijing 100000, China", "100000"),
                new Affiliation("某某大学 公共卫生学院，北京 100000", null, "100000"));
        assertEquals(printed, new AffiliationAligner().realign(printed));
    }
}
