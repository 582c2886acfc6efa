package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.kinds;
import static org.paperbridge.clean.TestBlocks.para;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;

class FootnoteClassifierTest {
    private final FootnoteClassifier filter = new FootnoteClassifier();

    private BlockKind kindOf(String text) {
        return filter.apply(List.of(para(text))).get(0).kind();
    }

    @Test
    void marksFirstPageFootnotesDroppedMidBody() {
        List<Block> out = filter.apply(List.of(
                para("干细胞可被诱导分化成肝细胞^[1],因此有望延缓肝脏疾病进展甚"),
                para("收稿日期: 2023-10-31 修回日期: 2024-05-08"),
                para("基金项目: 河北省自然科学基金(H2023206042)"),
                para("* 通信作者(corresponding author): wangyadong@hebmu.edu.cn"),
                para("至实现肝病治愈。")));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.FOOTNOTE, BlockKind.FOOTNOTE, BlockKind.FOOTNOTE,
                BlockKind.PARAGRAPH), kinds(out));
    }

    @Test
    void acceptsSpacedBracketedAndMarkedLabels() {
        assertEquals(BlockKind.FOOTNOTE, kindOf("收 稿 日 期：2023-10-31"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("【基金项目】国家自然科学基金（81870123）"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("†通讯作者：张三，E-mail: a@b.cn"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("<sup>*</sup>作者简介：李四（1980—），男"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("Received: 2023-10-31; Accepted: 2024-01-02"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("Foundation item: National Natural Science Foundation of China"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("Corresponding author: WANG Yadong, E-mail: w@x.cn"));
        assertEquals(BlockKind.FOOTNOTE, kindOf("网络出版日期 2024-06-01"));
    }

    @Test
    void leavesRunningTextAndHeadingsAlone() {
        assertEquals(BlockKind.PARAGRAPH, kindOf("收稿日期对结果没有影响，研究者在随访中发现…"));
        assertEquals(BlockKind.PARAGRAPH, kindOf("Received wisdom holds that liver failure is fatal."));
        Block heading = Block.of("基金项目: x", BlockKind.HEADING);
        assertEquals(BlockKind.HEADING, filter.apply(List.of(heading)).get(0).kind());
    }
}
