package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdentifierParserTest {
    private final IdentifierParser parser = new IdentifierParser();

    @Test
    void readsDoiBehindAnyPrefix() {
        assertEquals("10.16352/j.issn.1001-6325.2024.11.1608", parser.doi("10.16352/j.issn.1001-6325.2024.11.1608"));
        assertEquals("10.1038/s41556-022-00989-7", parser.doi("https://doi.org/10.1038/s41556-022-00989-7."));
        assertEquals("10.1002/hep.31831", parser.doi("doi:10.1002/hep.31831"));
        assertNull(parser.doi("no identifier here"));
    }

    @Test
    void foldsFullWidthFormsOfADoi() {
        assertEquals("10.3969/j.issn.1673-629X.2023.10.010", parser.doi("doi： 10．3969／j．issn．1673－629X．2023．10．010"));
    }

    @Test
    void removesSpacesAroundTheSeparatorsOfADoi() {
        assertEquals("10.3969/j.issn.1673-629X.2023.10.010", parser.doi("doi: 10.3969 / j.issn. 1673 - 629X.2023.10.010"));
    }

    @Test
    void endsADoiAtTheNextSentenceOrChineseLabel() {
        assertEquals("10.1002/hep.31831", parser.doi("doi:10.1002/hep.31831. The next sentence"));
        assertEquals("10.3969/j.issn.1673-629X.2023.10.010", parser.doi("doi: 10.3969/j.issn.1673-629X.2023.10.010文章编号: 1673"));
    }

    @Test
    void readsSeveralClcCodes() {
        assertEquals(List.of("R575.3", "R457.7"), parser.clc("R575.3; R457.7"));
        assertEquals(List.of("R73-3", "TP391.1"), parser.clc("R73-3，TP391.1"));
    }

    @Test
    void readsClcCodesLetterSpacedByMathOrWithOReadAsZero() {
        // 电波科学学报 (MinerU wrote the code as math: $\\mathrm { T N } 8 2 0 . 1 ^ { + } 5$).
        assertEquals(List.of("TN820.1+5"), parser.clc("T N 8 2 0 . 1 + 5"));
        // 真空科学与技术学报 (MinerU): 中图分类号：0539, the class O read as a zero
        assertEquals(List.of("O539"), parser.clc("0539"));
        assertEquals(List.of("O4-34"), parser.clc("O4-34"));
    }

    @Test
    void readsDocumentCodeAndArticleNumber() {
        assertEquals("A", parser.documentCode(" A"));
        assertEquals("1001-6325(2024)11-1608-06", parser.articleNumber("1001-6325 (2024) 11-1608-06"));
    }

    @Test
    void readsDoisWhoseHyphensArePrintedAsOtherDashesOrFounderGlyphs() {
        // Founder output as quoted in issue #16: spaces after the separators, 鄄 for the hyphen.
        assertEquals("10.13190/j.xxxx.2020-203", parser.doi("DOI:10. 13190/ j. xxxx. 2020鄄203"));
        // Word/Distiller output: U+2212 MINUS SIGN in the ISSN part.
        assertEquals("10.11959/j.issn.1000-436x.2022084", parser.doi("DOI: 10.11959/j.issn.1000\u2212436x.2022084"));
        assertEquals("10.1000/abc-def", parser.doi("doi：１０．１０００／ａｂｃ\u2010ｄｅｆ"));
    }
}
