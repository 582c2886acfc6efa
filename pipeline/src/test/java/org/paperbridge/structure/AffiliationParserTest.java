package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.structure.AffiliationParser.NumberedAffiliation;

class AffiliationParserTest {
    private final AffiliationParser parser = new AffiliationParser();

    @Test
    void keepsUnnumberedAffiliationAsPrintedWithPostcode() {
        assertEquals(List.of(new NumberedAffiliation(null, "河北医科大学第三医院 感染科, 河北 石家庄 050051", "050051")),
                parser.parse("河北医科大学第三医院 感染科, 河北 石家庄 050051"));
    }

    @Test
    void splitsNumberedAffiliationsInBrackets() {
        assertEquals(List.of(new NumberedAffiliation(1, "河北医科大学第三医院 感染科, 河北 石家庄 050051", "050051"),
                        new NumberedAffiliation(2, "河北医科大学 基础医学院, 河北 石家庄 050017", "050017")),
                parser.parse("(1. 河北医科大学第三医院 感染科, 河北 石家庄 050051; 2. 河北医科大学 基础医学院, 河北 石家庄 050017)"));
    }

    @Test
    void readsNumbersGluedToTheInstitution() {
        List<NumberedAffiliation> a = parser.parse("1河北医科大学 感染科,石家庄 050051 2河北医科大学 基础医学院,石家庄 050017");
        assertEquals(List.of(1, 2), a.stream().map(NumberedAffiliation::number).toList());
        assertEquals("河北医科大学 感染科,石家庄 050051", a.get(0).text());
        assertEquals(1, parser.parse("^{1}河北医科大学").get(0).number());
        assertEquals(2, parser.parse("②河北医科大学").get(0).number());
    }

    @Test
    void readsEnglishNumberedAffiliationsOnePerLine() {
        List<NumberedAffiliation> a = parser.parse(
                "1 Department of Gastroenterology, No. 2 Hospital, Jinan 250021, China\n2 Key Laboratory, Jinan 250012, China");
        assertEquals(2, a.size());
        assertEquals("Department of Gastroenterology, No. 2 Hospital, Jinan 250021, China", a.get(0).text());
        assertEquals("250012", a.get(1).postcode());
    }

    @Test
    void tellsAddressesFromOtherText() {
        assertTrue(parser.looksLikeAffiliation("Department of Pathology, Peking University, Beijing 100191, China"));
        assertTrue(parser.looksLikeAffiliation("河北 石家庄 050051"));
        assertFalse(parser.looksLikeAffiliation("Mechanism of stem cells in liver failure"));
    }

    @Test
    void splitsBareNumberedEnglishLinesJoinedIntoOneBlock() {
        List<AffiliationParser.NumberedAffiliation> a = parser.parse("1 Department of Gastroenterology, Example "
                + "Hospital, Jinan 250021, China 2 Key Laboratory of Liver Diseases, Example University, Jinan 250012, China");
        assertEquals(2, a.size(), a.toString());
        assertEquals(2, a.get(1).number());
        assertTrue(a.get(1).text().startsWith("Key Laboratory"), a.get(1).text());
        assertEquals(1, parser.parse("Department of Surgery, No. 2 Hospital of Example City, Jinan 250021, China").size());
    }
}
