package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreekSpacingFixerTest {
    @Test
    void closesSpacesInsideNames() {
        assertEquals("SIRPα表达", GreekSpacingFixer.fix("SIRP α 表达"));
        assertEquals("TNF-α等显著降低", GreekSpacingFixer.fix("TNF- α 等显著降低"));
        assertEquals("IL-1β释放", GreekSpacingFixer.fix("IL-1 β 释放"));
        assertEquals("转化生长因子β1 可通过", GreekSpacingFixer.fix("转化生长因子 β 1 可通过"));
        assertEquals("表达 TNF-α、IFN-γ、", GreekSpacingFixer.fix("表达 TNF- α 、IFN- γ 、"));
        assertEquals("(signal regulatory protein α, SIRPα)", GreekSpacingFixer.fix("(signal regulatory protein α , SIRP α)"));
    }

    @Test
    void keepsSpacesBetweenGreekLettersAndEnglishWords() {
        assertEquals("α and β cells", GreekSpacingFixer.fix("α and β cells"));
        assertEquals("TNF-α and IFN-γ", GreekSpacingFixer.fix("TNF- α and IFN- γ"));
        assertEquals("注射 10 μg 蛋白", GreekSpacingFixer.fix("注射 10 μg 蛋白"));
    }
}
