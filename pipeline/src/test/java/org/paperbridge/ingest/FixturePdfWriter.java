package org.paperbridge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets the seed article as a journal-style PDF: full-width front matter, body in one or
 * two columns, running header, page numbers, a first-page footnote block in small type,
 * superscript citation markers. The CJK font is embedded as a subset.
 */
final class FixturePdfWriter {
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 57;
    private static final float GUTTER = 18;
    private static final float TOP = 82;
    private static final float BOTTOM = 780;
    private static final Pattern INLINE = Pattern.compile("\\^\\[([^\\]]+)]|\\^\\{([^}]*)}|\\*([^*]+)\\*");

    private final int columns;
    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream out;
    private int pageNo;
    private int column;
    private float y;
    private float footnoteTop = BOTTOM;

    FixturePdfWriter(int columns) {
        this.columns = columns;
    }

    byte[] write(SeedArticle article) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile())) {
            doc = document;
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            font = PDType0Font.load(doc, ttf, true);
            newPage();
            List<String> front = article.front();
            float[] sizes = {16, 11, 8.5f};
            int k = 0;
            for (String line : front) {
                boolean centered = k < 3 || k >= 7 && k < 10;
                float size = k == 0 || k == 7 ? 15 : centered ? (k == 1 || k == 8 ? 11 : 8.5f) : 9;
                paragraph(line, size, MARGIN, W - 2 * MARGIN, centered, 0, size * 1.55f);
                y += size * 0.5f;
                k++;
            }
            footnotes(article.notes());
            y += 8;
            float bodyTop = y;
            column = 0;
            for (SeedArticle.Part part : article.body()) {
                if (part.heading()) {
                    y += 4;
                    flow(part.text(), 10.5f, 0);
                    y += 2;
                } else {
                    flow(part.text(), 9, 18);
                }
            }
            y += 6;
            flow(article.referencesTitle(), 10.5f, 0);
            for (String reference : article.references()) {
                flow(reference, 7.5f, 0);
            }
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private float columnWidth() {
        return columns == 1 ? W - 2 * MARGIN : (W - 2 * MARGIN - GUTTER) / 2;
    }

    private float columnX() {
        return MARGIN + column * (columnWidth() + GUTTER);
    }

    private float bottom() {
        return pageNo == 1 ? footnoteTop - 10 : BOTTOM;
    }

    /** A paragraph in the column flow, moving to the next column or page as it fills. */
    private void flow(String text, float size, float indent) throws IOException {
        for (Line line : breakLines(text, size, columnWidth(), indent)) {
            if (y + size * 1.6f > bottom()) {
                nextColumn();
            }
            y += size * 1.6f;
            draw(line, columnX() + line.indent, y);
        }
    }

    private void nextColumn() throws IOException {
        if (column + 1 < columns) {
            column++;
            y = pageNo == 1 ? firstPageBodyTop : TOP;
        } else {
            column = 0;
            newPage();
        }
    }

    private float firstPageBodyTop;

    private void paragraph(String text, float size, float x, float width, boolean centered, float indent,
                           float leading) throws IOException {
        for (Line line : breakLines(text, size, width, indent)) {
            y += leading;
            float lx = centered ? x + (width - line.width()) / 2 : x + line.indent;
            draw(line, lx, y);
        }
        firstPageBodyTop = y + 14;
    }

    private void footnotes(List<String> notes) throws IOException {
        float size = 7.5f;
        List<Line> lines = new ArrayList<>();
        for (String note : notes) {
            lines.addAll(breakLines(note, size, W - 2 * MARGIN, 0));
        }
        footnoteTop = BOTTOM - lines.size() * size * 1.5f;
        out.moveTo(MARGIN, H - footnoteTop + 4);
        out.lineTo(MARGIN + 120, H - footnoteTop + 4);
        out.stroke();
        float fy = footnoteTop;
        for (Line line : lines) {
            fy += size * 1.5f;
            draw(line, MARGIN, fy);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pageNo++;
        String header = pageNo == 1 ? "基础医学与临床 Basic & Clinical Medicine    2024年11月 第44卷 第11期"
                : pageNo % 2 == 0 ? pageNo + "    基础医学与临床 Basic & Clinical Medicine    2024.44(11)"
                : "骨髓间充质干细胞治疗肝衰竭的作用机制    " + pageNo;
        draw(breakLines(header, 8, W, 0).get(0), pageNo % 2 == 0 || pageNo == 1 ? MARGIN : W - MARGIN
                - breakLines(header, 8, W, 0).get(0).width(), 50);
        out.moveTo(MARGIN, H - 55);
        out.lineTo(W - MARGIN, H - 55);
        out.stroke();
        Line number = breakLines("- " + pageNo + " -", 8, W, 0).get(0);
        draw(number, (W - number.width()) / 2, 815);
        y = TOP;
    }

    private record Piece(String text, float size, boolean raised) {
    }

    private record Line(List<Piece> pieces, float indent, float width) {
    }

    private void draw(Line line, float x, float baseline) throws IOException {
        float cx = x;
        for (Piece p : line.pieces) {
            out.beginText();
            out.setFont(font, p.size);
            out.newLineAtOffset(cx, H - baseline + (p.raised ? p.size * 0.6f : 0));
            out.showText(p.text);
            out.endText();
            cx += width(p.text, p.size);
        }
    }

    /** Breaks text into lines: CJK between any characters, Latin only at spaces. */
    private List<Line> breakLines(String text, float size, float width, float indent) throws IOException {
        List<Piece> units = units(text, size);
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float used = indent;
        float lineIndent = indent;
        for (Piece u : units) {
            float w = width(u.text, u.size);
            if (!current.isEmpty() && used + w > width && !u.raised && !u.text.isBlank()) {
                lines.add(line(current, lineIndent));
                current = new ArrayList<>();
                used = 0;
                lineIndent = 0;
            }
            if (current.isEmpty() && u.text.isBlank()) {
                continue;
            }
            current.add(u);
            used += w;
        }
        if (!current.isEmpty()) {
            lines.add(line(current, lineIndent));
        }
        return lines;
    }

    private Line line(List<Piece> pieces, float indent) throws IOException {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).text.isBlank()) {
            trimmed.remove(trimmed.size() - 1);
        }
        float w = 0;
        for (Piece p : trimmed) {
            w += width(p.text, p.size);
        }
        return new Line(trimmed, indent, w);
    }

    private List<Piece> units(String text, float size) {
        List<Piece> units = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            plainUnits(text.substring(at, m.start()), size, units);
            if (m.group(1) != null) {
                units.add(new Piece(supported("[" + m.group(1) + "]"), size * 0.6f, true));
            } else if (m.group(2) != null) {
                units.add(new Piece(supported(m.group(2)), size * 0.6f, true));
            } else {
                plainUnits(m.group(3), size, units);
            }
            at = m.end();
        }
        plainUnits(text.substring(at), size, units);
        return units;
    }

    private void plainUnits(String text, float size, List<Piece> units) {
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = supported(new String(Character.toChars(cp)));
            if (Scripts.isCjk(cp) || cp == ' ') {
                if (word.length() > 0) {
                    units.add(new Piece(word.toString(), size, false));
                    word.setLength(0);
                }
                units.add(new Piece(c, size, false));
            } else {
                word.append(c);
            }
        });
        if (word.length() > 0) {
            units.add(new Piece(word.toString(), size, false));
        }
    }

    private String supported(String s) {
        StringBuilder ok = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                ok.append(c);
            } catch (IOException | IllegalArgumentException e) {
                ok.append('?');
            }
        });
        return ok.toString();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }
}
