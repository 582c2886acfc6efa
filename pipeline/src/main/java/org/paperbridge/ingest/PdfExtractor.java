package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import org.paperbridge.lang.TraditionalChinese;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.paperbridge.model.PipelineException;

/**
 * Reads a PDF with PDFBox into blocks in reading order: lines from glyph positions, columns,
 * running headers and footers (kind RUNNING), the first page's footnote area (FOOTNOTE),
 * superscript markers, headings, and paragraphs rejoined across lines, columns and pages.
 */
public final class PdfExtractor implements Extractor {
    /** CNKI-style continuation notes: （下转第 114 页） and （上接第 65 页）. */
    private static final Pattern CONTINUED_ON = TraditionalChinese.pattern("^[(（]?下转第\\d+页[)）]?$");
    private static final Pattern CONTINUED_FROM = TraditionalChinese.pattern("^[(（]?上接第\\d+页[)）]?$");
    private static final Pattern DOI = Pattern.compile("(?i)doi|10\\.\\d{4,9}/");
    /** Fewer characters than this per page on average means there is no real text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    /**
     * Largest page side in PDF units: the format's own limit (200 inches, ISO 32000-1 annex C).
     * Layout analysis works in steps of one unit across a page, so a lying MediaBox must stop here.
     */
    static final float MAX_PAGE_SIDE = 14_400;

    @Override
    public Blocks extract(byte[] bytes, String name) throws PipelineException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<Float> heights = new ArrayList<>();
            List<Float> widths = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                float height = page.getCropBox().getHeight();
                float width = page.getCropBox().getWidth();
                if (!(width <= MAX_PAGE_SIDE && height <= MAX_PAGE_SIDE)) {
                    throw new PipelineException(Stage.INGEST, String.format(java.util.Locale.ROOT,
                            "damaged PDF: page %d is %.6g x %.6g points, larger than the PDF format allows"
                                    + " (%.0f points, 200 inches, a side)", number, width, height, MAX_PAGE_SIDE));
                }
                heights.add(height);
                widths.add(width);
            }
            List<List<Glyph>> glyphs = new GlyphReader().read(document);
            int chars = glyphs.stream().mapToInt(List::size).sum();
            if (chars < MIN_CHARS_PER_PAGE * Math.max(1, glyphs.size()) / 4 + 1) {
                throw new PipelineException(Stage.INGEST, "PDF has no text layer (scanned image?): OCR is needed");
            }
            return new Blocks("pdf", glyphs.size(), layout(glyphs, heights, widths));
        } catch (InvalidPasswordException e) {
            throw new PipelineException(Stage.INGEST, "encrypted PDF: a password is needed to open it", e);
        } catch (IOException | RuntimeException e) {
            throw new PipelineException(Stage.INGEST, "damaged PDF: " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private List<Block> layout(List<List<Glyph>> glyphs, List<Float> heights, List<Float> widths) {
        LineBuilder lineBuilder = new LineBuilder();
        List<List<List<Glyph>>> rows = new ArrayList<>();
        for (List<Glyph> page : glyphs) {
            rows.add(lineBuilder.rows(page));
        }
        float bodySize = bodySize(glyphs);
        List<Set<Integer>> running = new RunningLines().find(rows, heights);
        Map<Integer, List<Block>> before = new HashMap<>();
        Map<Integer, List<Block>> after = new HashMap<>();
        List<PdfLine> body = new ArrayList<>();
        PageLayout pageLayout = new PageLayout();
        for (int p = 0; p < rows.size(); p++) {
            int page = p + 1;
            List<List<Glyph>> pageRows = rows.get(p);
            List<List<Glyph>> content = new ArrayList<>();
            for (int i = 0; i < pageRows.size(); i++) {
                PdfLine row = new PdfLine(page, pageRows.get(i), 0, 0);
                if (!running.get(p).contains(i)) {
                    content.add(pageRows.get(i));
                } else if (page == 1 && DOI.matcher(row.plainText()).find()) {
                    before.computeIfAbsent(page, k -> new ArrayList<>())
                            .add(new Block(row.plainText(), BlockKind.PARAGRAPH, Zone.FRONT, page, 0));
                } else {
                    boolean top = LineBuilder.baselineOf(pageRows.get(i)) < heights.get(p) / 2;
                    (top ? before : after).computeIfAbsent(page, k -> new ArrayList<>())
                            .add(new Block(row.plainText(), BlockKind.RUNNING, Zone.UNKNOWN, page, 0));
                }
            }
            if (page == 1) {
                List<Integer> footnoteRows = new FootnoteArea().find(content, bodySize);
                List<Block> footnotes = footnotes(content, footnoteRows, page);
                for (int k = footnoteRows.size() - 1; k >= 0; k--) {
                    content.remove((int) footnoteRows.get(k));
                }
                after.computeIfAbsent(page, k -> new ArrayList<>()).addAll(0, footnotes);
            }
            List<PdfLine> ordered = pageLayout.order(page, content, widths.get(p));
            body.addAll(setAsideOtherArticles(ordered, before, after));
        }
        List<Block> bodyBlocks = new BlockBuilder(body, bodySize).build(body);
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (int page = 1; page <= rows.size(); page++) {
            blocks.addAll(before.getOrDefault(page, List.of()));
            while (next < bodyBlocks.size() && bodyBlocks.get(next).page() <= page) {
                blocks.add(bodyBlocks.get(next++));
            }
            blocks.addAll(after.getOrDefault(page, List.of()));
        }
        blocks.addAll(bodyBlocks.subList(next, bodyBlocks.size()));
        return blocks;
    }

    /**
     * A page that says （上接第 N 页） holds another article's end before that note, and one that
     * says （下转第 N 页） may hold another article's start after it: both are set aside as RUNNING.
     */
    private static List<PdfLine> setAsideOtherArticles(List<PdfLine> ordered, Map<Integer, List<Block>> before,
                                                       Map<Integer, List<Block>> after) {
        int from = 0;
        int to = ordered.size();
        for (int i = 0; i < ordered.size(); i++) {
            String key = HeadingRules.key(ordered.get(i).plainText());
            if (CONTINUED_FROM.matcher(key).matches()) {
                from = i + 1;
            } else if (CONTINUED_ON.matcher(key).matches() && i >= from) {
                to = Math.min(to, i);
            }
        }
        if (from == 0 && to == ordered.size()) {
            return ordered;
        }
        int page = ordered.get(0).page();
        for (int i = 0; i < ordered.size(); i++) {
            if (i < from || i >= to) {
                PdfLine line = ordered.get(i);
                (i < from ? before : after).computeIfAbsent(page, k -> new ArrayList<>())
                        .add(new Block(line.plainText(), BlockKind.RUNNING, Zone.UNKNOWN, page, 0));
            }
        }
        return ordered.subList(from, Math.max(from, to));
    }

    private static List<Block> footnotes(List<List<Glyph>> rows, List<Integer> area, int page) {
        List<Block> blocks = new ArrayList<>();
        LineJoiner joiner = new LineJoiner(Set.of());
        String text = null;
        for (int index : area) {
            List<Glyph> row = rows.get(index);
            String line = new PdfLine(page, row, 0, 0).text(MarkerStyle.AFFILIATION).strip();
            if (text != null && FootnoteArea.startsWithLabel(row)) {
                blocks.add(new Block(text, BlockKind.FOOTNOTE, Zone.FRONT, page, 0));
                text = null;
            }
            text = text == null ? line : joiner.join(text, line);
        }
        if (text != null) {
            blocks.add(new Block(text, BlockKind.FOOTNOTE, Zone.FRONT, page, 0));
        }
        return blocks;
    }

    /** The most common font size by glyph count: the size of the running text. */
    private static float bodySize(List<List<Glyph>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<Glyph> page : pages) {
            for (Glyph g : page) {
                counts.merge(Math.round(g.size() * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f).orElse(10f);
    }
}
