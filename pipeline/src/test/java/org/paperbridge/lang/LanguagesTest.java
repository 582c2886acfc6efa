package org.paperbridge.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {
    @Test
    void aQuarterOfHanLettersMakesChinese() {
        assertEquals("zh", Languages.of("采用 qRT-PCR 检测"));
        assertEquals("en", Languages.of("The expression of 细胞 was measured by qRT-PCR in all samples"));
        assertEquals("en", Languages.of(null));
        assertEquals("en", Languages.of("38.9 ± 2.1"));
    }

    @Test
    void kangxiRadicalsAPdfFontPutInPlaceOfIdeographsCountAsHan() {
        // ⽅法 with U+2F45 KANGXI RADICAL SQUARE for 方: Han by script, not an ideograph to Character.
        assertEquals("zh", Languages.of("\u2F45法 and so"));
    }
}
