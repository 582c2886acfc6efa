package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MinerUJsonExtractorTest {
    private final MinerUJsonExtractor extractor = new MinerUJsonExtractor();

    @Test
    void mapsTypesLevelsAndPages() throws Exception {
        String json = """
                [{"type":"text","text":"标题","text_level":1,"page_idx":0},
                 {"type":"text","text":"正文。","page_idx":0},
                 {"type":"page_footnote","text":"收稿日期: 2023-10-31","page_idx":0},
                 {"type":"table","table_caption":["表1 结果"],"table_body":"<table><tr><td>a</td><td>b</td></tr></table>","page_idx":1},
                 {"type":"image","img_path":"x.jpg","image_caption":["图1 流程"],"page_idx":1},
                 {"type":"equation","text":"$$E=mc^2$$","text_format":"latex","page_idx":2}]
                """;
        Blocks blocks = extractor.extract(json.getBytes(StandardCharsets.UTF_8), "content_list.json");
        assertEquals(3, blocks.pages());
        assertEquals(new Block("标题", BlockKind.HEADING, Zone.UNKNOWN, 1, 1), blocks.blocks().get(0));
        assertEquals(BlockKind.PARAGRAPH, blocks.blocks().get(1).kind());
        assertEquals(BlockKind.FOOTNOTE, blocks.blocks().get(2).kind());
        assertEquals(new Block("表1 结果", BlockKind.CAPTION, Zone.UNKNOWN, 2, 0), blocks.blocks().get(3));
        assertEquals(new Block("a b", BlockKind.TABLE, Zone.UNKNOWN, 2, 0), blocks.blocks().get(4));
        assertEquals(new Block("图1 流程", BlockKind.CAPTION, Zone.UNKNOWN, 2, 0), blocks.blocks().get(5));
        assertEquals(BlockKind.EQUATION, blocks.blocks().get(6).kind());
    }

    @Test
    void readsFixtureWithSectionLevels() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.MINERU_JSON), "content_list.json");
        assertEquals("mineru-json", blocks.format());
        assertEquals(2, blocks.blocks().stream()
                .filter(b -> b.text().equals("2.1 骨髓间充质干细胞抑制免疫炎性损伤")).findFirst().orElseThrow().level());
    }
}
