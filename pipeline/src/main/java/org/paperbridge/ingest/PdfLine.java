package org.paperbridge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of glyphs on one baseline, left to right, within one column (or across the page).
 * {@code column} is 0 for full width, 1 left, 2 right; {@code region} counts layout regions
 * down the page.
 */
record PdfLine(int page, List<Glyph> glyphs, int region, int column) {
    PdfLine {
        glyphs = List.copyOf(glyphs);
    }

    float left() {
        return glyphs.get(0).x();
    }

    float right() {
        float r = 0;
        for (Glyph g : glyphs) {
            r = Math.max(r, g.right());
        }
        return r;
    }

    float baseline() {
        for (Glyph g : glyphs) {
            if (!g.raised()) {
                return g.baseline();
            }
        }
        return glyphs.get(0).baseline();
    }

    /** Font size of the line's normal (not raised) glyphs, the largest when mixed. */
    float size() {
        float max = 0;
        for (Glyph g : glyphs) {
            if (!g.raised()) {
                max = Math.max(max, g.size());
            }
        }
        return max > 0 ? max : glyphs.get(0).size();
    }

    boolean bold() {
        int bold = 0;
        int all = 0;
        for (Glyph g : glyphs) {
            if (!g.raised()) {
                all++;
                bold += g.bold() ? 1 : 0;
            }
        }
        return all > 0 && bold * 2 > all;
    }

    PdfLine withPlace(int newRegion, int newColumn) {
        return new PdfLine(page, glyphs, newRegion, newColumn);
    }

    /** Text without superscripts, spaces put where the gaps are wide enough; for tests and labels. */
    String plainText() {
        List<Glyph> normal = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.raised()) {
                normal.add(g);
            }
        }
        return normal.isEmpty() ? "" : LineText.render(normal, null);
    }

    /** The line's text with superscripts written as markers of the given style. */
    String text(MarkerStyle style) {
        return LineText.render(glyphs, style);
    }
}
