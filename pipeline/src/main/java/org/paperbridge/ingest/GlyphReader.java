package org.paperbridge.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the glyphs of every page of a PDF with position, size and weight. */
final class GlyphReader extends PDFTextStripper {
    private static final Charset GBK = Charset.forName("GBK");
    /** Bold weights, and the Hei/heavy faces (FZHTK = 方正黑体) Chinese journals set headings in. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Z}\\p{Cc}\\p{Cf}\\s]+");
    private static final Pattern HEAVY_FACE = Pattern.compile(
            "bold|black|heavy|demi|hei|黑|粗|fz(ht|dh|zdh|xbs|cuh)|simhe|stxihei");
    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current;

    GlyphReader() throws IOException {
        super();
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Pages in order; each page's glyphs in drawing order, blanks left out. */
    List<List<Glyph>> read(PDDocument document) throws IOException {
        pages.clear();
        setStartPage(1);
        setEndPage(Integer.MAX_VALUE);
        getText(document);
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        current = new ArrayList<>();
        pages.add(current);
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (current == null || unicode == null) {
            return;
        }
        String visible = INVISIBLE.matcher(unicode).replaceAll("");
        float size = text.getFontSizeInPt();
        if (visible.isEmpty() || size <= 0.5f || text.getWidthDirAdj() <= 0) {
            return; // spaces, zero-width marks and size-0 glyphs carry no text; gaps give the spaces
        }
        current.add(new Glyph(visible, text.getXDirAdj(), text.getYDirAdj(),
                text.getWidthDirAdj(), size, isBold(text.getFont()), false));
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
            return true;
        }
        String name = readableName(font.getName()).toLowerCase(Locale.ROOT);
        // Chinese journals set headings in a Hei (sans, heavy) face rather than a bold weight.
        return HEAVY_FACE.matcher(name).find();
    }

    /** Font names of some Chinese producers are GBK bytes read as Latin-1 (·½ÕýºÚÌå = 方正黑体). */
    private static String readableName(String name) {
        if (name == null) {
            return "";
        }
        boolean latin1 = name.chars().anyMatch(c -> c >= 0x80) && name.chars().allMatch(c -> c <= 0xFF);
        return latin1 ? new String(name.getBytes(StandardCharsets.ISO_8859_1), GBK) : name;
    }
}
