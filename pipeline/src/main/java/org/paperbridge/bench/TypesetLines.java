package org.paperbridge.bench;

import org.paperbridge.bench.ArticlePdfWriter;
import org.paperbridge.lang.Scripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks marked-up text into lines of one font for {@link ArticlePdfWriter}: CJK may break
 * between any two characters, Latin only at spaces; {@code ^[n]} and {@code ^{x}} become raised
 * small pieces, {@code *it*} plain text. Characters the font lacks are set as "?".
 */
final class TypesetLines {
    private static final Pattern INLINE = Pattern.compile("\\^\\[([^\\]]+)]|\\^\\{([^}]*)}|\\*([^*]+)\\*");

    /** A run of text set in one size, raised (superscript) or on the baseline. */
    record Piece(String text, float size, boolean raised) {
    }

    /** One line: its pieces, the indent of its first line and its width in points. */
    record Line(List<Piece> pieces, float indent, float width) {
    }

    private final PDType0Font font;
    private final CmapLookup cmap;

    TypesetLines(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    /** The text broken into lines of at most {@code width} points, the first indented. */
    List<Line> breakLines(String text, float size, float width, float indent) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float used = indent;
        float lineIndent = indent;
        for (Piece u : units(text, size)) {
            float w = width(u.text(), u.size());
            if (!current.isEmpty() && used + w > width && !u.raised() && !u.text().isBlank()) {
                lines.add(line(current, lineIndent));
                current = new ArrayList<>();
                used = 0;
                lineIndent = 0;
            }
            if (current.isEmpty() && u.text().isBlank()) {
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

    float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    private Line line(List<Piece> pieces, float indent) throws IOException {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).text().isBlank()) {
            trimmed.remove(trimmed.size() - 1);
        }
        float w = 0;
        for (Piece p : trimmed) {
            w += width(p.text(), p.size());
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

    /** One unit per CJK character or space, one per Latin word. */
    private void plainUnits(String text, float size, List<Piece> units) {
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Scripts.isCjkGlyph(cp) || cp == ' ') {
                if (word.length() > 0) {
                    units.add(new Piece(word.toString(), size, false));
                    word.setLength(0);
                }
                units.add(new Piece(supported(Character.toString(cp)), size, false));
            } else {
                word.appendCodePoint(has(cp) ? cp : '?');
            }
        });
        if (word.length() > 0) {
            units.add(new Piece(word.toString(), size, false));
        }
    }

    private String supported(String s) {
        StringBuilder ok = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> ok.appendCodePoint(has(cp) ? cp : '?'));
        return ok.toString();
    }

    private boolean has(int cp) {
        return cp == ' ' || cmap.getGlyphId(cp) > 0;
    }
}
