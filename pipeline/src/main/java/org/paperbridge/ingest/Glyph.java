package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;

/**
 * One character drawn on a PDF page: {@code x} is its left edge and {@code baseline} its
 * baseline, in points from the top-left corner; {@code size} is the font size in points.
 * {@code raised} marks a superscript (small type above the baseline of its line).
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold,
             boolean raised) {

    float right() {
        return x + width;
    }

    float top() {
        return baseline - size * 0.8f;
    }

    Glyph asRaised() {
        return new Glyph(text, x, baseline, width, size, bold, true);
    }

    boolean isCjk() {
        return Scripts.isCjkGlyph(text.codePointAt(0));
    }
}
