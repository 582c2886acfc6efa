package org.paperbridge.bench;

import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.TypesetLines;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets {@link ArticleParts} as a journal-style A4 PDF: full-width front matter, body in one or
 * two columns, running header, page numbers, a first-page footnote block in small type,
 * superscript citation markers; the font (TrueType or a collection's first font) is embedded as
 * a subset. The font is read once and reused for every document; one writer per thread, because
 * fontbox reads glyphs lazily from one shared file.
 */
public final class ArticlePdfWriter implements Closeable {
    /**
     * The font every writer embeds unless given another: WenQuanYi Micro Hei (Apache-2.0) cut to
     * the CJK Unified Ideographs block, GB2312, Big5, Latin, Greek and symbols, in the jar, so
     * typesetting needs no font installed on the machine (fonts/README.md beside it says where it
     * comes from and how it was cut).
     */
    public static final String BUNDLED_FONT = "fonts/wqy-microhei-subset.ttf";

    /** The header line of the first page, of even pages (after the number) and of odd pages (before it). */
    public record RunningHeader(String firstPage, String evenPages, String oddPages) {
        /** Journal on the first and even pages, the article's title on odd pages. */
        public static RunningHeader of(String journal, ArticleParts article) {
            return new RunningHeader(journal, journal, article.front().isEmpty() ? journal : article.front().get(0));
        }
    }

    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float MARGIN = 57;
    private static final float GUTTER = 18;
    private static final float TOP = 82;
    private static final float BOTTOM = 780;
    /** "摘要:", "DOI:", "Key words:" — a labelled front-matter line, set flush left. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z ]{0,15}[:：]");

    private final Closeable file;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;

    /** A writer with the bundled CJK font. */
    public ArticlePdfWriter() throws IOException {
        try (InputStream in = ArticlePdfWriter.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                throw new IOException("the bundled font " + BUNDLED_FONT + " is missing from the class path");
            }
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        file = ttf;
        cmap = ttf.getUnicodeCmapLookup();
    }

    /** Reads the font file (.ttf, or the first font of a .ttc); fails if it is missing or unreadable. */
    public ArticlePdfWriter(Path fontFile) throws IOException {
        if (isCollection(fontFile)) {
            TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            file = collection;
            ttf = first[0];
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
            file = ttf;
        }
        if (ttf == null) {
            file.close();
            throw new IOException("no font in " + fontFile);
        }
        cmap = ttf.getUnicodeCmapLookup();
    }

    private static boolean isCollection(Path fontFile) throws IOException {
        try (InputStream in = Files.newInputStream(fontFile)) {
            return Arrays.equals(in.readNBytes(4), "ttcf".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The article as PDF bytes, its body in {@code columns} (1 or 2) columns. */
    public byte[] write(ArticleParts article, int columns, RunningHeader header) throws IOException {
        if (columns != 1 && columns != 2) {
            throw new IllegalArgumentException("1 or 2 columns, not " + columns);
        }
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            new Layout(doc, font, new TypesetLines(font, cmap), columns, header).article(article);
            fileId(doc, article + "|" + columns + "|" + header);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A file identifier from the content: PDFBox would hash the clock; a corpus must not depend on when it is made. */
    private static void fileId(PDDocument doc, String content) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** The pages of one document as they fill: the current page, column and baseline. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final TypesetLines lines;
        private final int columns;
        private final RunningHeader header;
        private PDPageContentStream out;
        private int pageNo;
        private int column;
        private float y;
        private float footnoteTop = BOTTOM;
        private float firstPageBodyTop;

        Layout(PDDocument doc, PDType0Font font, TypesetLines lines, int columns, RunningHeader header) {
            this.doc = doc;
            this.font = font;
            this.lines = lines;
            this.columns = columns;
            this.header = header;
        }

        void article(ArticleParts article) throws IOException {
            newPage();
            front(article.front());
            footnotes(article.notes());
            y += 8;
            column = 0;
            for (ArticleParts.Part part : article.body()) {
                if (part.heading()) {
                    y += 4;
                    flow(part.text(), 10.5f, 0);
                    y += 2;
                } else {
                    flow(part.text(), 9, 18);
                }
            }
            if (!article.references().isEmpty()) {
                y += 6;
                flow(article.referencesTitle(), 10.5f, 0);
                for (String reference : article.references()) {
                    flow(reference, 7.5f, 0);
                }
            }
            out.close();
        }

        /**
         * Each language's group (title, authors, affiliation, then labelled lines) is centred
         * down to its first labelled line; an unlabelled line after a labelled one opens the
         * next group (the English title after the Chinese DOI line).
         */
        private void front(List<String> front) throws IOException {
            int inGroup = 0;
            boolean labelledBefore = false;
            for (String line : front) {
                boolean labelled = LABEL.matcher(line).find();
                if (!labelled && labelledBefore) {
                    inGroup = 0;
                }
                boolean centered = !labelled;
                float size = inGroup == 0 ? 15 : centered ? (inGroup == 1 ? 11 : 8.5f) : 9;
                paragraph(line, size, centered, size * 1.55f);
                y += size * 0.5f;
                inGroup++;
                labelledBefore = labelled;
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
            for (TypesetLines.Line line : lines.breakLines(text, size, columnWidth(), indent)) {
                if (y + size * 1.6f > bottom()) {
                    nextColumn();
                }
                y += size * 1.6f;
                draw(line, columnX() + line.indent(), y);
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

        /** A full-width front-matter paragraph. */
        private void paragraph(String text, float size, boolean centered, float leading) throws IOException {
            float width = W - 2 * MARGIN;
            for (TypesetLines.Line line : lines.breakLines(text, size, width, 0)) {
                y += leading;
                draw(line, centered ? MARGIN + (width - line.width()) / 2 : MARGIN + line.indent(), y);
            }
            firstPageBodyTop = y + 14;
        }

        private void footnotes(List<String> notes) throws IOException {
            float size = 7.5f;
            List<TypesetLines.Line> noteLines = new ArrayList<>();
            for (String note : notes) {
                noteLines.addAll(lines.breakLines(note, size, W - 2 * MARGIN, 0));
            }
            footnoteTop = BOTTOM - noteLines.size() * size * 1.5f;
            if (noteLines.isEmpty()) {
                return;
            }
            out.moveTo(MARGIN, H - footnoteTop + 4);
            out.lineTo(MARGIN + 120, H - footnoteTop + 4);
            out.stroke();
            float fy = footnoteTop;
            for (TypesetLines.Line line : noteLines) {
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
            boolean left = pageNo == 1 || pageNo % 2 == 0;
            String text = pageNo == 1 ? header.firstPage()
                    : pageNo % 2 == 0 ? pageNo + "    " + header.evenPages() : header.oddPages() + "    " + pageNo;
            TypesetLines.Line head = lines.breakLines(text, 8, W - 2 * MARGIN, 0).get(0);
            draw(head, left ? MARGIN : W - MARGIN - head.width(), 50);
            out.moveTo(MARGIN, H - 55);
            out.lineTo(W - MARGIN, H - 55);
            out.stroke();
            TypesetLines.Line number = lines.breakLines("- " + pageNo + " -", 8, W, 0).get(0);
            draw(number, (W - number.width()) / 2, 815);
            y = TOP;
        }

        /** One text object per run of pieces on the same baseline and size. */
        private void draw(TypesetLines.Line line, float x, float baseline) throws IOException {
            float cx = x;
            List<TypesetLines.Piece> pieces = line.pieces();
            int i = 0;
            while (i < pieces.size()) {
                TypesetLines.Piece first = pieces.get(i);
                StringBuilder run = new StringBuilder(first.text());
                int j = i + 1;
                while (j < pieces.size() && pieces.get(j).raised() == first.raised()
                        && pieces.get(j).size() == first.size()) {
                    run.append(pieces.get(j++).text());
                }
                out.beginText();
                out.setFont(font, first.size());
                out.newLineAtOffset(cx, H - baseline + (first.raised() ? first.size() * 0.6f : 0));
                out.showText(run.toString());
                out.endText();
                cx += lines.width(run.toString(), first.size());
                i = j;
            }
        }
    }
}
