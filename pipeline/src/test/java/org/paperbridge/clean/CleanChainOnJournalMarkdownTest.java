package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.TextExtractor;
import org.paperbridge.ingest.Zone;

/** The chain over typical Chinese-journal Markdown: # headings, <sup> marks, $^{[n]}$ citations. */
class CleanChainOnJournalMarkdownTest {
    private static List<Block> blocks;

    @BeforeAll
    static void clean() throws Exception {
        Path md = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures/md/zh_journal_mineru.md");
        blocks = CleanChain.standard().apply(new TextExtractor().extract(Files.readAllBytes(md), "md")).blocks();
    }

    private static Block find(String start) {
        return blocks.stream().filter(b -> b.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    @Test
    void singleHashHeadingsGetTheirLevelFromTheNumber() {
        List<String> headings = blocks.stream().filter(b -> b.zone() == Zone.BODY && b.kind() == BlockKind.HEADING)
                .map(b -> b.text() + "@" + b.level()).toList();
        assertEquals(List.of("1 引言@1", "2 资料与方法@1", "2.1 研究对象@2", "2.2 统计学方法@2", "3 结果@1"), headings);
    }

    @Test
    void keepsAuthorMarksInFrontMatterAndCanonicalCitationsInTheBody() {
        assertEquals(Zone.FRONT, find("张明").zone());
        assertEquals("张明^{1}，李华^{1,2*}", find("张明").text());
        Block intro = find("慢加急性肝衰竭（acute");
        assertTrue(intro.text().contains("临床综合征[1,2]。铁蛋白是反映机体铁储备的指标[3-5]，近年研究发现其"), intro.text());
    }

    @Test
    void bracketLabelledFrontMatterAndTrailingEnglishFrontMatterAreFront() {
        assertEquals(Zone.FRONT, find("【关键词】").zone());
        assertEquals(Zone.FRONT, find("中图分类号").zone());
        assertEquals(Zone.FRONT, find("Relationship between serum ferritin").zone());
        assertEquals(Zone.FRONT, find("Key words:").zone());
    }

    @Test
    void joinsTheHyphenatedReferenceWordAndKeepsFootnotesApart() {
        assertTrue(find("[2] Sarin SK").text().contains("mechanisms and management[J]."));
        assertEquals(7, blocks.stream().filter(b -> b.zone() == Zone.REFERENCES && b.kind() != BlockKind.HEADING).count());
        assertEquals(2, blocks.stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).count());
    }

    @Test
    void normalizesGreekAndMathInTheBody() {
        Block results = find("2 周后复查");
        assertEquals(BlockKind.PARAGRAPH, results.kind());
        assertTrue(results.text().contains("TNF-α与 IL-1β水平升高"), results.text());
        assertTrue(results.text().contains("500 μg/L"), results.text());
    }
}
