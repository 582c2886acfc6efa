package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Funding;

class FundingParserTest {
    private final FundingParser parser = new FundingParser();

    @Test
    void splitsFundersOnSemicolonsAndReadsBracketedGrants() {
        assertEquals(List.of(new Funding("河北省自然科学基金", "H2023206042"),
                        new Funding("河北省政府临床医学优秀人才培养计划", "ZF2023082")),
                parser.parse("河北省自然科学基金(H2023206042); 河北省政府临床医学优秀人才培养计划(ZF2023082)"));
    }

    @Test
    void ignoresTheEnglishVersionOfAChineseNote() {
        assertEquals(List.of(new Funding("国家重点研发计划项目", "2022YFB0000001"),
                        new Funding("国家自然科学基金项目", "61900001"), new Funding("国家自然科学基金项目", "61900002")),
                parser.parse("国家重点研发计划项目(2022YFB0000001)；国家自然科学基金项目（61900001,61900002）This work was "
                        + "supported by the National Key Research and Development Program of China (2022YFB0000001) "
                        + "and the National Natural Science Foundation of China (61900001, 61900002)."));
        assertEquals(List.of(new Funding("the National Natural Science Foundation of China", "61900001")),
                parser.parse("This work was supported by the National Natural Science Foundation of China (61900001)."));
    }

    @Test
    void givesOneRecordPerGrantInOneBracket() {
        assertEquals(List.of(new Funding("国家自然科学基金", "81970123"), new Funding("国家自然科学基金", "82070456")),
                parser.parse("国家自然科学基金资助项目(81970123, 82070456)"));
    }

    @Test
    void readsGrantNumbersWithoutBrackets() {
        assertEquals(List.of(new Funding("国家自然科学基金", "81970123")), parser.parse("国家自然科学基金 81970123"));
        assertEquals(List.of(new Funding("国家自然科学基金", "81970123"), new Funding("国家自然科学基金", "82070456")),
                parser.parse("国家自然科学基金 81970123、82070456"));
        assertEquals(List.of(new Funding("National Natural Science Foundation of China", "81970123")),
                parser.parse("National Natural Science Foundation of China (No. 81970123)"));
    }

    @Test
    void keepsCommasInsideEnglishFunderNames() {
        assertEquals(List.of(new Funding("Natural Science Foundation of Hebei Province, China", "H2023206042"),
                        new Funding("Hebei Talent Program", "ZF2023082")),
                parser.parse("Supported by the Natural Science Foundation of Hebei Province, China (Grant No. H2023206042)"
                        .replace("the ", "") + " and Hebei Talent Program (No. ZF2023082)"));
    }

    @Test
    void keepsFunderWithoutNumber() {
        assertEquals(List.of(new Funding("河北省重点研发计划项目", null)), parser.parse("河北省重点研发计划项目"));
        assertEquals(List.of(new Funding("国家自然科学基金面上项目", "81970123")), parser.parse("国家自然科学基金面上项目（81970123）"));
    }
}
