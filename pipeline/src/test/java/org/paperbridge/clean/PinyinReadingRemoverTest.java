package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue #16 class 6: ruby readings a web page's copy leaves inline. */
class PinyinReadingRemoverTest {
    @Test
    void dropsTonedReadingsAfterHanCharacters() {
        assertEquals("乳腺癌复发的危险因素", PinyinReadingRemover.remove("乳腺癌复(fù)发的危险因素"));
        assertEquals("龋齿与牙龈炎", PinyinReadingRemover.remove("龋（qǔ）齿与牙龈（yín）炎"));
        assertEquals("氨甲环酸", PinyinReadingRemover.remove("氨甲环(huán)酸"));
        assertEquals("蛋白质", PinyinReadingRemover.remove("蛋白质(dàn bái zhì)"));
    }

    @Test
    void keepsGlossesAbbreviationsAndUntonedWords() {
        assertEquals("肝细胞癌(hepatocellular carcinoma，HCC)", PinyinReadingRemover.remove("肝细胞癌(hepatocellular carcinoma，HCC)"));
        assertEquals("方法(method)", PinyinReadingRemover.remove("方法(method)"));
        assertEquals("Pérez (café) 法", PinyinReadingRemover.remove("Pérez (café) 法"));
        assertEquals("见表1(a)", PinyinReadingRemover.remove("见表1(a)"));
    }
}
