package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperbridge.clean.TestBlocks.body;
import static org.paperbridge.clean.TestBlocks.in;
import static org.paperbridge.clean.TestBlocks.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class PageBreakJoinerTest {
    private final PageBreakJoiner joiner = new PageBreakJoiner();

    private static Block ref(String text) {
        return in(Zone.REFERENCES, BlockKind.LIST_ITEM, text);
    }

    @Test
    void joinsSentenceSplitAcrossPageBreak() {
        List<Block> out = joiner.apply(List.of(body("原位肝移植虽被证明是肝衰竭最有效的治疗"),
                body("方法,但因肝衰竭疾病进展迅速。"), body("下一段。")));
        assertEquals(List.of("原位肝移植虽被证明是肝衰竭最有效的治疗方法,但因肝衰竭疾病进展迅速。", "下一段。"), texts(out));
    }

    @Test
    void stepsOverFootnotesAndKeepsThemAfterTheParagraph() {
        Block note = in(Zone.BODY, BlockKind.FOOTNOTE, "收稿日期: 2023-10-31");
        Block running = in(Zone.BODY, BlockKind.RUNNING, "基础医学与临床 2024");
        List<Block> out = joiner.apply(List.of(body("因此有望延缓肝脏疾病进展甚"), note, running,
                body("至实现肝病治愈。"), body("1 骨髓间充质干细胞").withKind(BlockKind.HEADING)));
        assertEquals(List.of("因此有望延缓肝脏疾病进展甚至实现肝病治愈。", "收稿日期: 2023-10-31", "基础医学与临床 2024",
                "1 骨髓间充质干细胞"), texts(out));
    }

    @Test
    void aCitationOrClosingBracketAfterTheFullStopStillEndsTheParagraph() {
        assertTrue(PageBreakJoiner.endsSentence("促进肝细胞再生与功能修复。[5]"));
        assertTrue(PageBreakJoiner.endsSentence("发挥抗炎作用。^[9]"));
        assertTrue(PageBreakJoiner.endsSentence("as shown (Fig. 1.)"));
        assertTrue(PageBreakJoiner.endsSentence("伴随累积生存率升高。”"));
        assertFalse(PageBreakJoiner.endsSentence("BM-MSCs 可通过减少[14]"));
        assertFalse(PageBreakJoiner.endsSentence("可有效缓解肝纤"));
    }

    @Test
    void neverJoinsHeadingsFrontMatterOrAcrossZones() {
        List<Block> out = joiner.apply(List.of(in(Zone.FRONT, BlockKind.PARAGRAPH, "骨髓间充质干细胞治疗肝衰竭的作用机制"),
                in(Zone.FRONT, BlockKind.PARAGRAPH, "齐泽强, 王亚东*"), body("2 骨髓间充质干细胞治疗肝衰竭的机制")
                        .withKind(BlockKind.HEADING), body("积极去除诱因。")));
        assertEquals(4, out.size());
    }

    @Test
    void joinsLatinWithASpaceAndUndoesAHyphenThatSplitAWord() {
        assertEquals("via anti-pyroptosis pathway", PageBreakJoiner.joinAcrossBreak("via anti-pyrop-", "tosis pathway"));
        assertEquals("the liver and spleen", PageBreakJoiner.joinAcrossBreak("the liver", "and spleen"));
        assertEquals("TNF-α levels", PageBreakJoiner.joinAcrossBreak("TNF-", "α levels"));
        assertEquals("an anti-inflammatory effect", PageBreakJoiner.joinAcrossBreak("an anti-", "inflammatory effect"));
        assertEquals("IL-6 和", PageBreakJoiner.joinAcrossBreak("IL-", "6 和"));
        assertEquals("再生平衡中均发挥", PageBreakJoiner.joinAcrossBreak("再生平衡中", "均发挥"));
    }

    @Test
    void appendsBrokenOffPiecesToTheirReferenceEntry() {
        List<Block> out = joiner.apply(List.of(in(Zone.REFERENCES, BlockKind.HEADING, "参考文献:"),
                ref("[7] Shi H, et al. Sci Transl Med, 2022, 14: eabp8309. doi:10.1126/scitrans-"),
                ref("lmed.abp8309."), ref("[8] Sheng M, et al. Hepatology, 2021, 74: 1560-"), ref("1577."),
                ref("[9] 王亚东, 齐泽强. 肝衰竭[J]. 中华肝脏病"), ref("杂志, 2020, 28(1): 1-5.")));
        assertEquals(List.of("参考文献:", "[7] Shi H, et al. Sci Transl Med, 2022, 14: eabp8309. doi:10.1126/scitranslmed.abp8309.",
                "[8] Sheng M, et al. Hepatology, 2021, 74: 1560-1577.",
                "[9] 王亚东, 齐泽强. 肝衰竭[J]. 中华肝脏病杂志, 2020, 28(1): 1-5."), texts(out));
    }

    @Test
    void aBareNumberStartsAnEntryOnlyWhenItFollowsThePreviousOne() {
        List<Block> out = joiner.apply(List.of(ref("1. Smith J. Title one. J Hepatol."), ref("11. Suppl 2: 1-2."),
                ref("2. Jones M. Title two. Hepatology, 2021.")));
        assertEquals(List.of("1. Smith J. Title one. J Hepatol. 11. Suppl 2: 1-2.", "2. Jones M. Title two. Hepatology, 2021."),
                texts(out));
    }

    @Test
    void keepsAHyphenBetweenDigitsInADoi() {
        assertEquals("doi:10.1186/s13287-023-03494-2.",
                PageBreakJoiner.joinReference("doi:10.1186/s13287-", "023-03494-2."));
        assertEquals("doi:10.1038/s41556-022-00989-7.",
                PageBreakJoiner.joinReference("doi:10.1038/", "s41556-022-00989-7."));
    }
}
