package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperbridge.model.Stage;
import org.paperbridge.model.PipelineException;

class PdfExtractorTest {
    private final PdfExtractor extractor = new PdfExtractor();

    private static String bodyText(Blocks blocks) {
        List<Block> body = blocks.blocks().stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING)
                .collect(Collectors.toList());
        int start = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).text().startsWith("Key words")) {
                start = i + 1;
            }
        }
        int end = body.size();
        for (int i = start; i < body.size(); i++) {
            if (body.get(i).text().startsWith("参考文献")) {
                end = i;
            }
        }
        return body.subList(start, end).stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void readsTwoColumnBodyInReadingOrder() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF), "two-column.pdf");
        double similarity = Fixtures.similarity(bodyText(blocks), SeedArticle.load().bodyText());
        assertTrue(similarity >= 0.95, "reading-order similarity " + similarity);
        assertEquals("pdf", blocks.format());
    }

    @Test
    void readsOneColumnBodyInReadingOrder() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.ONE_COLUMN_PDF), "one-column.pdf");
        double similarity = Fixtures.similarity(bodyText(blocks), SeedArticle.load().bodyText());
        assertTrue(similarity >= 0.95, "reading-order similarity " + similarity);
    }

    @Test
    void setsRunningHeadersAndPageNumbersAside() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF), "two-column.pdf");
        assertTrue(blocks.pages() >= 3);
        for (Block b : blocks.blocks()) {
            if (b.kind() != BlockKind.RUNNING) {
                assertTrue(!b.text().contains("Clinical Medicine") && !b.text().matches("- \\d+ -"), b.text());
            }
        }
        assertTrue(blocks.blocks().stream().anyMatch(b -> b.kind() == BlockKind.RUNNING && b.page() == 2));
    }

    @Test
    void findsFirstPageFootnoteArea() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF), "two-column.pdf");
        List<Block> notes = blocks.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
        assertTrue(notes.size() >= 3, notes.toString());
        assertTrue(notes.get(0).text().startsWith("收稿日期"), notes.get(0).text());
        assertTrue(notes.stream().allMatch(b -> b.page() == 1));
        assertTrue(blocks.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .noneMatch(b -> b.text().contains("基金项目")));
    }

    @Test
    void writesRaisedCitationNumbersAsBracketsAndOtherRaisedTextAsCaret() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF), "two-column.pdf");
        String text = bodyText(blocks);
        assertTrue(text.contains("分化成肝细胞[1]"), text.substring(0, 400));
        assertTrue(text.contains("Ly6C^{hi}"), "raised letters are not citations");
    }

    @Test
    void marksNumberedLargerLinesAsHeadings() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF), "two-column.pdf");
        List<String> headings = blocks.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(Block::text).toList();
        assertTrue(headings.contains("2.1 骨髓间充质干细胞抑制免疫炎性损伤"), headings.toString());
        assertTrue(headings.contains("4 问题与展望"), headings.toString());
    }

    @Test
    void readsPdfProtectedByOwnerPasswordOnly() throws Exception {
        Blocks blocks = extractor.extract(Fixtures.bytes(FixtureGenerator.OWNER_PASSWORD_PDF), "owner.pdf");
        assertTrue(blocks.blocks().size() > 20);
    }

    @Test
    void asksForPasswordOfUserProtectedPdf() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> extractor.extract(Fixtures.bytes(FixtureGenerator.USER_PASSWORD_PDF), "user.pdf"));
        assertEquals("encrypted PDF: a password is needed to open it", e.getMessage());
        assertEquals(Stage.INGEST, e.stage());
    }

    @Test
    void saysOcrIsNeededForImageOnlyPdf() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> extractor.extract(Fixtures.bytes(FixtureGenerator.IMAGE_ONLY_PDF), "scan.pdf"));
        assertEquals("PDF has no text layer (scanned image?): OCR is needed", e.getMessage());
    }

    @Test
    void reportsTruncatedPdfAsDamaged() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> extractor.extract(Fixtures.bytes(FixtureGenerator.TRUNCATED_PDF), "cut.pdf"));
        assertTrue(e.getMessage().startsWith("damaged PDF: "), e.getMessage());
    }

    @Test
    void reportsNonPdfBytesAsDamaged() {
        PipelineException e = assertThrows(PipelineException.class,
                () -> extractor.extract("%PDF-1.7 nothing else".getBytes(), "junk.pdf"));
        assertTrue(e.getMessage().startsWith("damaged PDF: "), e.getMessage());
    }
}
