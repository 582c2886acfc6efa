package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TikaExtractorTest {
    private static final TikaExtractor TIKA = new TikaExtractor();

    @Test
    void keepsHtmlHeadingLevelsListsAndFootnotes() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.HTML), "article.html");
        assertEquals("html", blocks.format());
        List<Block> headings = blocks.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
        assertTrue(headings.contains(new Block("2.1 骨髓间充质干细胞抑制免疫炎性损伤", BlockKind.HEADING, Zone.UNKNOWN, 0, 3)),
                headings.toString());
        assertTrue(headings.contains(new Block("4 问题与展望", BlockKind.HEADING, Zone.UNKNOWN, 0, 2)));
        assertEquals(25, blocks.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).count());
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.kind() == BlockKind.FOOTNOTE && b.text().startsWith("收稿日期")));
    }

    @Test
    void writesSuperscriptCitationsAsBrackets() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.HTML), "article.html");
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("分化成肝细胞[1]")));
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("Ly6C^{hi}")));
    }

    @Test
    void readsDocxParagraphsInOrder() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.DOCX), "article.docx");
        assertEquals("docx", blocks.format());
        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", blocks.blocks().get(0).text());
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().startsWith("2.1 骨髓间充质干细胞抑制免疫炎性损伤")));
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("分化成肝细胞[1]")),
                "superscript runs become citation markers");
    }

    @Test
    void keepsOdtOutlineLevelsAsHeadingLevels() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.ODT), "article.odt");
        assertEquals("odt", blocks.format());
        assertTrue(blocks.blocks().contains(new Block("2.1 骨髓间充质干细胞抑制免疫炎性损伤", BlockKind.HEADING, Zone.UNKNOWN, 0, 2)));
        assertTrue(blocks.blocks().contains(new Block("4 问题与展望", BlockKind.HEADING, Zone.UNKNOWN, 0, 1)));
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("分化成肝细胞[1]")),
                "superscript spans become citation markers");
    }

    @Test
    void readsEpubChaptersInSpineOrderWithTheirFootnotes() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.EPUB), "article.epub");
        assertEquals("epub", blocks.format());
        List<String> texts = blocks.blocks().stream().map(Block::text).toList();
        int lastHeading = texts.indexOf("4 问题与展望");
        int firstReference = texts.indexOf(texts.stream().filter(t -> t.startsWith("[1] ")).findFirst().orElseThrow());
        assertTrue(lastHeading >= 0 && lastHeading < firstReference, "chapter 1 before chapter 2");
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.kind() == BlockKind.FOOTNOTE && b.text().startsWith("收稿日期")));
    }

    @Test
    void readsRtfParagraphsWithSuperscriptMarkers() throws Exception {
        Blocks blocks = TIKA.extract(Fixtures.bytes(FixtureGenerator.RTF), "article.rtf");
        assertEquals("rtf", blocks.format());
        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", blocks.blocks().get(0).text());
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().startsWith("2.1 骨髓间充质干细胞抑制免疫炎性损伤")));
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("分化成肝细胞[1]")));
    }
}
