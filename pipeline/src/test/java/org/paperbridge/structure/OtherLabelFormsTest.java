package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/** Issue #16 class 6: label forms other than 摘要：/关键词： — bracketed, and in traditional script. */
class OtherLabelFormsTest {
    private final FrontMatterParser parser = new FrontMatterParser();

    private static List<Block> front(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new Block(t, BlockKind.PARAGRAPH, Zone.FRONT, 0, 0)).toList();
    }

    @Test
    void readsBracketedLabelsWithTwoFieldsOnOneLine() {
        // The front matter of a 协和医学杂志 review as MinerU gives it (corpus: cx-201804.00695V1).
        FrontMatter fm = parser.parse(front(
                "机器人手术系统在妇科领域的应用",
                "王遥，杨佳欣",
                "中国医学科学院北京协和医学院北京协和医院妇产科，北京100730",
                "【摘要】随着医学进步和手术器械设备的日益更新及改善，机器人手术作为一种新兴的微创手术方式逐渐应用于妇科领域。",
                "【关键词】机器人手术；腹腔镜；微创手术；妇科",
                "【中图分类号】R713 【文献标志码】A",
                "【Abstract】 With the improvement of medicine and surgical instruments，robotic surgery has been increasingly applied.",
                "【Key words】 robotic surgery；laparoscopy；minimal invasive surgery；gynecology"));
        assertTrue(fm.abstractText().zh().startsWith("随着医学进步"), fm.abstractText().zh());
        assertTrue(fm.abstractText().en().startsWith("With the improvement"), fm.abstractText().en());
        assertEquals(List.of("机器人手术", "腹腔镜", "微创手术", "妇科"), fm.keywordsZh());
        assertEquals(List.of("robotic surgery", "laparoscopy", "minimal invasive surgery", "gynecology"), fm.keywordsEn());
        assertEquals(List.of("R713"), fm.identifiers().clc());
        assertEquals("A", fm.identifiers().documentCode());
    }

    @Test
    void readsAColonAfterTheBracket() {
        // 【Key words】: as cx-201803.00489V1 prints it.
        FrontMatter fm = parser.parse(front(
                "【Abstract】 Objective: To establish a mouse model that can trace the diferentiation of CD133 positive neural stem cells.",
                "【Key words】: CD133; Neural stem cells; Transgenic mouse"));
        assertEquals(List.of("CD133", "Neural stem cells", "Transgenic mouse"), fm.keywordsEn());
    }

    @Test
    void readsTraditionalScriptLabels() {
        // Not from the corpus (no traditional-script article with a clear origin was found): the
        // labels as Taiwan and Hong Kong journals print them, on a simplified article's fields.
        FrontMatter fm = parser.parse(front(
                "[摘要] 隨著醫學進步，機器人手術作為一種新興的微創手術方式逐漸應用於婦科領域。",
                "[關鍵詞] 機器人手術；腹腔鏡；婦科",
                "中圖分類號：R713  文獻標識碼：A"));
        assertTrue(fm.abstractText().zh().startsWith("隨著醫學進步"), fm.abstractText().zh());
        assertEquals(List.of("機器人手術", "腹腔鏡", "婦科"), fm.keywordsZh());
        assertEquals(List.of("R713"), fm.identifiers().clc());
        assertEquals("A", fm.identifiers().documentCode());
    }
}
