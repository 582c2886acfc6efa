package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.body;
import static org.paperbridge.clean.TestBlocks.in;
import static org.paperbridge.clean.TestBlocks.kinds;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class HeadingDetectorTest {
    private final HeadingDetector detector = new HeadingDetector();

    private static List<Integer> levels(List<Block> blocks) {
        return blocks.stream().map(Block::level).toList();
    }

    @Test
    void dottedNumbersGiveTheLevel() {
        List<Block> out = detector.apply(List.of(body("1 骨髓间充质干细胞的特性与优势"), body("正文。"),
                body("2 骨髓间充质干细胞治疗肝衰竭的机制"), body("2.1 骨髓间充质干细胞抑制免疫炎性损伤"),
                body("2.2 骨髓间充质干细胞抑制肝纤维化发生发展"), body("2.2.1 小节"), body("3 临床研究与转化")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.HEADING,
                BlockKind.HEADING, BlockKind.HEADING, BlockKind.HEADING), kinds(out));
        assertEquals(List.of(1, 0, 1, 2, 2, 3, 1), levels(out));
    }

    @Test
    void aNumberBeforeAFieldLabelIsNoSection() {
        // MinerU marked a footnote's mark (广西植物 2018) and a manuscript's line number (a ChinaXiv
        // manuscript, 2021) as headings: "# 1 收稿日期：…", "# 9 摘要：".
        List<Block> out = detector.apply(List.of(in(Zone.BODY, BlockKind.HEADING, "1 收稿日期：2018-02-28"),
                in(Zone.BODY, BlockKind.HEADING, "9 摘要："), in(Zone.BODY, BlockKind.HEADING, "1 材料"), body("2 方法")));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.HEADING), kinds(out));
        assertEquals(List.of(0, 0, 1, 1), levels(out));
    }

    @Test
    void aNumberThatDoesNotContinueTheNumberingIsText() {
        List<Block> out = detector.apply(List.of(body("1 引言"), body("3 例患者出现不良反应"),
                body("1.2 倍剂量组"), body("2 方法"), body("2 周后复查肝功能")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH), kinds(out));
        assertEquals(BlockKind.PARAGRAPH, detector.apply(List.of(body("2 周后复查肝功能"))).get(0).kind());
    }

    @Test
    void sentencesAndCitationsAreNotHeadings() {
        List<Block> out = detector.apply(List.of(body("1 引言"),
                body("2 周后，患者肝功能恢复正常。"), body("2 组患者的生存率无差异[12]"), body("2 方法")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING),
                kinds(out));
    }

    @Test
    void chineseSchemesNestInTheOrderTheArticleUsesThem() {
        List<Block> out = detector.apply(List.of(body("一、引言"), body("（一）研究背景"), body("1. 病因"),
                body("(1) 病毒性肝炎"), body("(2) 药物性肝损伤"), body("2. 诊断"), body("（二）研究意义"),
                body("二、方法"), body("（一）对象")));
        assertEquals(List.of(1, 2, 3, 4, 4, 3, 2, 1, 2), levels(out));
        assertEquals(List.of(BlockKind.HEADING), kinds(out).stream().distinct().toList());
    }

    @Test
    void markdownHeadingsTakeTheirLevelFromTheNumber() {
        List<Block> out = detector.apply(List.of(in(Zone.BODY, BlockKind.HEADING, "引言"),
                in(Zone.BODY, BlockKind.HEADING, "1 方法"), in(Zone.BODY, BlockKind.HEADING, "1.1 对象"),
                in(Zone.BODY, BlockKind.HEADING, "结论")));
        assertEquals(List.of(1, 1, 2, 1), levels(out));
        assertEquals(List.of(BlockKind.HEADING), kinds(out).stream().distinct().toList());
    }

    @Test
    void anOrderedListLineCanBeAHeading() {
        List<Block> out = detector.apply(List.of(in(Zone.BODY, BlockKind.LIST_ITEM, "1. Introduction"),
                body("Liver failure is severe."), in(Zone.BODY, BlockKind.LIST_ITEM, "2. Methods")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING), kinds(out));
    }

    @Test
    void referenceListHeadingIsAHeadingInTheReferenceZone() {
        List<Block> out = detector.apply(List.of(in(Zone.REFERENCES, BlockKind.PARAGRAPH, "参考文献:"),
                in(Zone.REFERENCES, BlockKind.LIST_ITEM, "[1] Wesley BT.")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.LIST_ITEM), kinds(out));
        assertEquals(Zone.REFERENCES, out.get(0).zone());
    }

    @Test
    void frontMatterIsNeverAHeading() {
        assertEquals(BlockKind.PARAGRAPH,
                detector.apply(List.of(in(Zone.FRONT, BlockKind.PARAGRAPH, "1 河北医科大学第三医院"))).get(0).kind());
    }

    @Test
    void numberedAffiliationLinesAreNoSections() {
        // MinerU Markdown of a 中国全科医学 case report: the affiliations are numbered like sections.
        List<Block> out = detector.apply(List.of(body("1.210002，江苏省南京市，东部战区总医院儿科"),
                body("2 福建师范大学地理科学学院，福州350007"), body("1 引言")));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING), kinds(out));
    }

    @Test
    void aMarkedNumberGoingBackIsNoSection() {
        // 轨道交通 BIM+GIS (MinerU marked "# 3 高性能存储架构" after "# 4 基础云平台建设": a cut-short 4.3).
        List<Block> out = detector.apply(List.of(in(Zone.BODY, BlockKind.HEADING, "3 数据标准与内容"),
                in(Zone.BODY, BlockKind.HEADING, "4 基础云平台建设"), in(Zone.BODY, BlockKind.HEADING, "3 高性能存储架构"),
                in(Zone.BODY, BlockKind.HEADING, "5 BIM云平台应用")));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING), kinds(out));
    }

    @Test
    void aStandardTitleRunIntoItsFirstParagraphIsCutOffAsTheHeading() {
        // 广西植物 2018 (MinerU content_list.json): the heading 1 and its paragraph in one text block.
        List<Block> out = detector.apply(List.of(body("1材料与方法将3年生的规格一致的古巴牛乳树、人心果幼苗各分成3组。"),
                body("2结果与分析"), body("2结果表明两种幼苗的耐盐性不同，人心果较强。")));
        assertEquals(List.of("1 材料与方法", "将3年生的规格一致的古巴牛乳树、人心果幼苗各分成3组。", "2结果与分析",
                "2结果表明两种幼苗的耐盐性不同，人心果较强。"), TestBlocks.texts(out));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH), kinds(out));
    }
}
