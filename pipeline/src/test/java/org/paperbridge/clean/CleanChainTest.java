package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.TextExtractor;
import org.paperbridge.ingest.Zone;

/** TextExtractor and the standard chain over the seed review article (MinerU-style Markdown). */
class CleanChainTest {
    private static List<Block> blocks;

    @BeforeAll
    static void cleanSeed() throws Exception {
        Path seed = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures/seed/000_ce62bb77f3435be5.txt");
        Blocks extracted = new TextExtractor().extract(Files.readAllBytes(seed), seed.toString());
        assertEquals("markdown", extracted.format());
        blocks = CleanChain.standard().apply(extracted).blocks();
    }

    private static List<Block> where(Zone zone, BlockKind kind) {
        return blocks.stream().filter(b -> b.zone() == zone && b.kind() == kind).toList();
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void rejoinsParagraphsSplitByPageBreaks() {
        List<String> paragraphs = where(Zone.BODY, BlockKind.PARAGRAPH).stream()
                .map(b -> squeezed(b.text())).toList();
        for (String joined : List.of("最有效的治疗方法,但因", "延缓肝脏疾病进展甚至实现肝病治愈", "可有效缓解肝纤维化",
                "再生平衡中均发挥重要作用", "交互信号通路与相关机制", "上述临床研究为")) {
            assertTrue(paragraphs.stream().anyMatch(p -> p.contains(joined)), joined);
        }
        assertEquals(10, paragraphs.size());
    }

    @Test
    void bodyHasNoFootnotesOrMarkupLeft() {
        List<Block> body = blocks.stream()
                .filter(b -> b.zone() == Zone.BODY && b.kind() != BlockKind.FOOTNOTE).toList();
        for (Block b : body) {
            for (String bad : List.of("收稿日期", "基金项目", "通信作者", "wangyadong@hebmu.edu.cn", "^[", "$", "\\times",
                    "\\text", "^{", "*Nr4a1*")) {
                assertFalse(b.text().contains(bad), bad + " in " + b.text());
            }
        }
        String text = body.stream().map(Block::text).collect(Collectors.joining("\n"));
        for (String good : List.of("1.0×10^5/kg", "Ly6Chi", "Ly6Clo", "Nr4a1", "circDIDO1", "SIRPα", "TNF-α", "[12]")) {
            assertTrue(text.contains(good), good);
        }
    }

    @Test
    void findsTheSectionHeadingsAndTheReferenceHeading() {
        List<Block> headings = blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
        assertEquals(List.of("1", "2", "2.1", "2.2", "2.3", "3", "4", "参考文献:"),
                headings.stream().map(b -> b.text().split(" ")[0]).toList());
        assertEquals(List.of(1, 1, 2, 2, 2, 1, 1, 1), headings.stream().map(Block::level).toList());
        assertEquals(Zone.REFERENCES, headings.get(7).zone());
    }

    @Test
    void setsTheFrontMatterApart() {
        List<Block> front = blocks.stream().filter(b -> b.zone() == Zone.FRONT).toList();
        assertEquals(12, front.size());
        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", front.get(0).text());
        assertEquals("齐泽强, 郭庭煜, 吴治念, 王亚东*", front.get(1).text());
        assertTrue(front.get(11).text().startsWith("Key words:"));
    }

    @Test
    void classifiesTheThreeFirstPageFootnotes() {
        List<Block> notes = blocks.stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
        assertEquals(3, notes.size());
        assertTrue(notes.get(0).text().startsWith("收稿日期"));
        assertTrue(notes.get(2).text().contains("wangyadong@hebmu.edu.cn"));
    }

    @Test
    void rejoinsTheReferenceEntries() {
        List<Block> entries = where(Zone.REFERENCES, BlockKind.LIST_ITEM);
        assertEquals(25, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertTrue(entries.get(i).text().startsWith("[" + (i + 1) + "] "), entries.get(i).text());
        }
        assertTrue(entries.get(6).text().contains("10.1126/scitranslmed.abp8309"), entries.get(6).text());
        assertTrue(entries.get(0).text().contains("Muraro D, et al. Single-cell"), entries.get(0).text());
        assertTrue(entries.get(7).text().contains("1560-1577"));
    }
}
