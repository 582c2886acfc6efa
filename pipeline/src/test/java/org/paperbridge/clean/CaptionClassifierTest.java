package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperbridge.clean.TestBlocks.body;
import static org.paperbridge.clean.TestBlocks.kinds;
import static org.paperbridge.clean.TestBlocks.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;

class CaptionClassifierTest {
    @Test
    void recognizesFigureAndTableCaptions() {
        assertTrue(CaptionClassifier.isCaption("图 1 骨髓间充质干细胞治疗肝衰竭的作用机制"));
        assertTrue(CaptionClassifier.isCaption("表2 两组患者基线资料比较"));
        assertTrue(CaptionClassifier.isCaption("Fig. 3 Mechanism of BM-MSCs in liver failure"));
        assertTrue(CaptionClassifier.isCaption("Table 1 Baseline characteristics"));
    }

    @Test
    void runningTextThatMentionsAFigureIsNotACaption() {
        assertFalse(CaptionClassifier.isCaption("图 1 显示，治疗组生存率更高。"));
        assertFalse(CaptionClassifier.isCaption("Table 1 shows the baseline characteristics of the patients."));
        assertFalse(CaptionClassifier.isCaption("表达升高。图 1 中可见"));
    }

    @Test
    void captionBetweenTwoHalvesLetsTheParagraphJoin() {
        List<Block> out = new PageBreakJoiner().apply(new CaptionClassifier().apply(List.of(body("治疗组患者的"),
                body("图 1 两组患者生存曲线"), body("生存率更高。"))));
        assertEquals(List.of("治疗组患者的生存率更高。", "图 1 两组患者生存曲线"), texts(out));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.CAPTION), kinds(out));
    }
}
