package org.paperbridge.ingest;

import org.paperbridge.lang.TraditionalChinese;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TraditionalChineseTest {
    private static final String SIMPLIFIED = "骨髓间充质干细胞通过抑制肝星状细胞活化减轻肝纤维化，细胞周期蛋白 D1 (CCND1) 表达下调。";
    private static final String TRADITIONAL = "骨髓間充質幹細胞通過抑制肝星狀細胞活化減輕肝纖維化，細胞週期蛋白 D1 (CCND1) 表達下調。";

    @Test
    void foldsOneCharacterForOneSoOffsetsStay() {
        String folded = TraditionalChinese.fold(TRADITIONAL);
        assertEquals(SIMPLIFIED, folded);
        assertEquals(TRADITIONAL.length(), folded.length());
    }

    @Test
    void leavesSimplifiedAndLatinTextAsItIs() {
        assertSame(SIMPLIFIED, TraditionalChinese.fold(SIMPLIFIED));
        assertEquals("NLRP3 α-SMA 10.1038/x", TraditionalChinese.fold("NLRP3 α-SMA 10.1038/x"));
    }

    @Test
    void tellsTraditionalScriptFromSimplified() {
        assertTrue(TraditionalChinese.isTraditional(TRADITIONAL));
        assertTrue(TraditionalChinese.isTraditional("肝臟作爲機體重要器官"));
        assertFalse(TraditionalChinese.isTraditional(SIMPLIFIED));
        assertFalse(TraditionalChinese.isTraditional("Liver failure is a severe disease."));
        // A simplified paragraph citing one traditional name stays simplified.
        assertFalse(TraditionalChinese.isTraditional(SIMPLIFIED + SIMPLIFIED + "见臺灣的报告。"));
    }

    @Test
    void widenedLabelPatternsMatchBothScripts() {
        Pattern references = TraditionalChinese.pattern("^(参考文献|关键[词字])[:：]?$");
        for (String label : new String[] {"参考文献", "參考文獻", "关键词", "關鍵詞", "關鍵字：", "关键字"}) {
            assertTrue(references.matcher(label).matches(), label);
        }
        assertFalse(references.matcher("参考书目").matches());
        assertEquals("\\d+[页頁]", TraditionalChinese.widen("\\d+页"));
        assertEquals("[词詞字]", TraditionalChinese.widen("[词字]"));
        assertEquals("\\Q参考\\E", TraditionalChinese.widen("\\Q参考\\E"));
    }
}
