package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
    void wordFootnotesBecomeFootnoteBlocksAndTheirReferenceMarksGo() throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        byte[] docx = zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document " + w + "><w:body>"
                        + "<w:p><w:r><w:t>张三</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>，李四</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>正文引用文献[3]。</w:t></w:r></w:p></w:body></w:document>",
                "word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes " + w + ">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>收稿日期：2024-01-02</w:t></w:r></w:p></w:footnote>"
                        + "</w:footnotes>"));
        List<Block> blocks = TIKA.extract(docx, "notes.docx").blocks();
        assertEquals(List.of(new Block("张三，李四", BlockKind.PARAGRAPH, Zone.UNKNOWN, 0, 0)),
                blocks.stream().filter(b -> b.text().startsWith("张三")).toList());
        assertTrue(blocks.contains(new Block("收稿日期：2024-01-02", BlockKind.FOOTNOTE, Zone.UNKNOWN, 0, 0)), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.text().equals("正文引用文献[3]。")), "citations stay");
    }

    private static byte[] zip(Map<String, String> entries) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
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
