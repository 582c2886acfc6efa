package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Stage;
import org.paperbridge.model.PipelineException;

class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    private Blocks extract(String text) throws PipelineException {
        return extractor.extract(text.getBytes(StandardCharsets.UTF_8), "t.md");
    }

    private String failure(byte[] bytes) {
        PipelineException e = assertThrows(PipelineException.class, () -> extractor.extract(bytes, "bad.txt"));
        assertEquals(Stage.INGEST, e.stage());
        return e.getMessage();
    }

    @Test
    void stripsByteOrderMark() throws PipelineException {
        byte[] body = "摘要: 肝衰竭".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("摘要: 肝衰竭", extractor.extract(bytes, "bom.txt").blocks().get(0).text());
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertEquals("empty file", failure(new byte[0]));
        assertEquals("empty file", failure(" \n\t\n　\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("empty file", failure(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    }

    @Test
    void rejectsBinaryContent() {
        assertEquals("binary file, not text", failure(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 'x'}));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertEquals("binary file, not text", failure(controls));
    }

    @Test
    void reportsTheOffsetOfADamagedByteInUtf8Text() {
        byte[] ok = "肝衰竭是临床".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[ok.length + 4];
        System.arraycopy(ok, 0, bytes, 0, ok.length);
        bytes[ok.length] = (byte) 0xFF;
        bytes[ok.length + 1] = 'a';
        bytes[ok.length + 2] = 'b';
        bytes[ok.length + 3] = 'c';
        assertEquals("not valid UTF-8: malformed byte sequence at byte 18", failure(bytes));
    }

    @Test
    void reportsTruncatedSequenceAtTheEnd() {
        byte[] ok = "肝衰竭是临床".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(ok, ok.length + 2);
        bytes[ok.length] = ok[0];
        bytes[ok.length + 1] = ok[1];
        assertEquals("not valid UTF-8: malformed byte sequence at byte 18", failure(bytes));
    }

    @Test
    void decodesLegacyChineseEncodings() throws PipelineException {
        String text = "肝衰竭是临床一类急危重症肝病。";
        byte[] gbk = text.getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals(text, extractor.extract(gbk, "gbk.txt").blocks().get(0).text());
        // Windows writes UTF-16 with a byte order mark; Java's "UTF-16" encoder does too.
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
        assertEquals(text, extractor.extract(utf16, "utf16.txt").blocks().get(0).text());
    }

    @Test
    void tellsMarkdownFromPlainText() throws PipelineException {
        assertEquals("text", extract("肝衰竭是临床一类急危重症肝病。\n\n1 引言").format());
        assertEquals("markdown", extract("干细胞可被诱导分化成肝细胞^[1],发挥抗炎作用").format());
        assertEquals("markdown", extract("# 引言\n\n正文").format());
        assertEquals("markdown", extract("核受体 *Nr4a1* 活化").format());
        assertEquals("markdown", extract("注射 $1.0 \\times 10^5$ 细胞").format());
    }

    @Test
    void joinsWrappedLinesByScript() throws PipelineException {
        List<Block> blocks = extract("原位肝移植虽被证明是\n有效的治疗\n\nLiver failure is\na severe disease").blocks();
        assertEquals(2, blocks.size());
        assertEquals("原位肝移植虽被证明是有效的治疗", blocks.get(0).text());
        assertEquals("Liver failure is a severe disease", blocks.get(1).text());
        assertEquals(BlockKind.PARAGRAPH, blocks.get(0).kind());
        assertEquals(Zone.UNKNOWN, blocks.get(0).zone());
        assertEquals(0, blocks.get(0).page());
    }

    @Test
    void keepsALineEndHyphenForTheCleanStage() throws PipelineException {
        assertEquals("anti-pyrop-tosis pathway", extract("anti-pyrop-\ntosis pathway").blocks().get(0).text());
    }

    @Test
    void takesHeadingLevelFromHashes() throws PipelineException {
        List<Block> blocks = extract("## 2.1 骨髓间充质干细胞抑制免疫炎性损伤\n正文第一句。").blocks();
        assertEquals(new Block("2.1 骨髓间充质干细胞抑制免疫炎性损伤", BlockKind.HEADING, Zone.UNKNOWN, 0, 2), blocks.get(0));
        assertEquals("正文第一句。", blocks.get(1).text());
    }

    @Test
    void splitsReferenceListItemsKeepingTheirNumbers() throws PipelineException {
        String md = "参考文献:\n\n- [1] Wesley BT, *et al.* Single-cell atlas[J].\n - [2] Purwaningrum M.\n"
                + "- [7] Shi H. doi:10.1126/scitrans-\n\n- lmed.abp8309.\n  * 3. Third style";
        List<Block> blocks = extract(md).blocks();
        assertEquals(List.of("参考文献:", "[1] Wesley BT, *et al.* Single-cell atlas[J].", "[2] Purwaningrum M.",
                "[7] Shi H. doi:10.1126/scitrans-", "lmed.abp8309.", "3. Third style"),
                blocks.stream().map(Block::text).toList());
        assertEquals(BlockKind.LIST_ITEM, blocks.get(4).kind());
    }

    @Test
    void startsABlockAtEachNumberedEntryLine() throws PipelineException {
        List<Block> blocks = extract("参考文献\n[1] 王某. 肝衰竭[J].\n中华肝脏病杂志, 2019.\n［2］ 张某. 铁蛋白[J].\n"
                + "1. Sarin SK. Acute-on-chronic liver failure[J].\n2. Wesley BT. Atlas[J].").blocks();
        assertEquals(List.of("参考文献", "[1] 王某. 肝衰竭[J].中华肝脏病杂志, 2019.", "［2］ 张某. 铁蛋白[J].",
                "1. Sarin SK. Acute-on-chronic liver failure[J].", "2. Wesley BT. Atlas[J]."),
                blocks.stream().map(Block::text).toList());
        assertEquals(BlockKind.LIST_ITEM, blocks.get(3).kind());
    }

    @Test
    void keepsTablesAndDropsImagesAndComments() throws PipelineException {
        String md = "| 组别 | n |\n|---|---|\n| 治疗组 | 56 |\n\n![图1](images/a.jpg)\n\n<!-- page 2 -->\n正文。";
        List<Block> blocks = extract(md).blocks();
        assertEquals(2, blocks.size());
        assertEquals(BlockKind.TABLE, blocks.get(0).kind());
        assertEquals("| 组别 | n |\n|---|---|\n| 治疗组 | 56 |", blocks.get(0).text());
        assertEquals("正文。", blocks.get(1).text());
    }
}
