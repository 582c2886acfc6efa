package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;

/** The snippets are the forms issue #16 quotes from Founder-typeset PDFs (names anonymized there). */
class FounderGlyphRepairTest {
    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void repairsBylinesLabelsHeadingNumbersAndDoisOfAFounderDocument() {
        List<Block> in = List.of(
                TestBlocks.para("刘某1,摇 郜摇 某1,2"),
                TestBlocks.para("关摇 键摇 词: 数据访问控制; 门限秘密共享"),
                TestBlocks.para("2郾 1摇 方案设计"),
                TestBlocks.para("DOI:10. 13190/ j. xxxx. 2020鄄203"),
                TestBlocks.para("the consumer蒺s decryption over鄄head"),
                TestBlocks.para("[12] 摇 Boneh D. The decision diffie鄄hellman problem[ C] 椅In鄄ternational"));
        assertEquals(List.of(
                "刘某1,  郜  某1,2",
                "关  键  词: 数据访问控制; 门限秘密共享",
                "2. 1  方案设计",
                "DOI:10. 13190/ j. xxxx. 2020-203",
                "the consumer's decryption over-head",
                "[12]   Boneh D. The decision diffie-hellman problem[ C]//In-ternational"),
                texts(new FounderGlyphRepair().apply(in)));
    }

    @Test
    void keepsTheRealCharactersOutsideStandInPositions() {
        List<Block> in = List.of(
                TestBlocks.para("关摇 键摇 词: 摇滚音乐; 动摇。"),
                TestBlocks.para("2郾 1摇 研究区位于郾城与鄄城之间"));
        assertEquals(List.of("关  键  词: 摇滚音乐; 动摇。", "2. 1  研究区位于郾城与鄄城之间"),
                texts(new FounderGlyphRepair().apply(in)));
    }

    @Test
    void leavesADocumentWithoutEvidenceUntouched() {
        List<Block> in = List.of(
                TestBlocks.para("摇滚乐在郾城的流行 摇"),
                TestBlocks.para("鄄城县的调查 (2019)"));
        assertEquals(texts(in), texts(new FounderGlyphRepair().apply(in)));
    }
}
