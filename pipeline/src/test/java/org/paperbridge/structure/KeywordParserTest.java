package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeywordParserTest {
    private final KeywordParser parser = new KeywordParser();

    @Test
    void splitsOnEverySeparatorJournalsUse() {
        assertEquals(List.of("肝衰竭", "间充质干细胞", "再生"), parser.parse("肝衰竭; 间充质干细胞; 再生"));
        assertEquals(List.of("肝衰竭", "再生"), parser.parse("肝衰竭；再生。"));
        assertEquals(List.of("肝衰竭", "再生", "移植"), parser.parse("肝衰竭，再生、移植"));
        assertEquals(List.of("肝衰竭", "再生"), parser.parse("肝衰竭  再生"));
        assertEquals(List.of("liver failure", "regeneration"), parser.parse("liver failure, regeneration."));
    }

    @Test
    void semicolonsWinOverCommasInsideKeywords() {
        assertEquals(List.of("cells, cultured", "liver"), parser.parse("cells, cultured; liver"));
    }

    @Test
    void keepsEnglishPhraseWithoutSeparatorsWhole() {
        assertEquals(List.of("liver failure"), parser.parse("liver failure"));
    }

    @Test
    void repairsSeparatorsAndSpacesAConverterLost() {
        // MinerU Markdown of 电波科学学报 articles (ChinaXiv).
        assertEquals(List.of("HY-2 satellite", "calibration and validation", "wind field"),
                parser.parse("HY-2 satellite; calibration and validation,wind field"));
        assertEquals(List.of("Gaussian minimum shift keying (GMSK)", "Tausworthe code"),
                parser.parse("Gaussian minimum shift keying（GMSK)；Tausworthe code"));
        assertEquals(List.of("Goldwasser-Micali encryption", "cells, cultured"),
                parser.parse("Goldwasser-Micali encryption; cells, cultured"));
    }

    @Test
    void dropsTheJournalsCitationAfterTheLastKeyword() {
        // 心理学通讯 (MinerU, ChinaXiv 201902.00039).
        assertEquals(List.of("情绪面孔", "自闭症"), parser.parse("情绪面孔；自闭症[心理学通讯, 2018, 1(3):216-222]"));
        // the same with the doi inside the brackets, which ended the field before the closing bracket
        assertEquals(List.of("情绪面孔", "自闭症"), parser.parse("情绪面孔，自闭症[心理学通讯，2018,1(3): 216-222"));
    }
}
