package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import java.util.List;
import java.util.regex.Pattern;

/** Writes a line's glyphs as text: spaces from gaps, none between CJK, superscripts as markers. */
final class LineText {
    /** A gap wider than this share of the font size is a word space between Latin glyphs. */
    private static final float WORD_GAP = 0.2f;
    private static final Pattern SPACED_CJK = Pattern.compile(
            "(?<![\\p{IsHan}])\\p{IsHan}( \\p{IsHan}(?![\\p{IsHan}]))+");
    private static final Pattern CITATION_BODY = Pattern.compile("\\d+(\\s*[-,]\\s*\\d+)*");

    private LineText() {
    }

    static String render(List<Glyph> glyphs, MarkerStyle style) {
        StringBuilder out = new StringBuilder();
        Glyph previous = null;
        int i = 0;
        while (i < glyphs.size()) {
            Glyph g = glyphs.get(i);
            if (g.raised() && style != null) {
                StringBuilder raw = new StringBuilder();
                float end = g.right();
                int j = i;
                while (j < glyphs.size() && glyphs.get(j).raised()) {
                    raw.append(glyphs.get(j).text());
                    end = glyphs.get(j).right();
                    j++;
                }
                out.append(marker(raw.toString(), previous, style));
                previous = new Glyph("]", g.x(), g.baseline(), end - g.x(), g.size(), false, true);
                i = j;
                continue;
            }
            if (previous != null && needsSpace(previous, g)) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
            i++;
        }
        return joinSpacedCharacters(out.toString());
    }

    /**
     * Letter-spaced words ({@code 总      结}, two-character names padded to three, {@code 郜 帅})
     * come out as single CJK characters between spaces; no Chinese word is one character
     * alone between such gaps, so runs of them are closed up.
     */
    static String joinSpacedCharacters(String text) {
        return SPACED_CJK.matcher(text).replaceAll(m -> m.group().replace(" ", ""));
    }

    private static boolean needsSpace(Glyph a, Glyph b) {
        float gap = b.x() - a.right();
        float size = Math.max(Math.min(a.size(), b.size()), 1f);
        if (a.isCjk() && b.isCjk()) {
            // Justified Chinese spreads characters; only a full em apart (names) is a space.
            return gap > size * 0.8f;
        }
        if (a.raised() && b.isCjk()) {
            return false;
        }
        if (a.isCjk() || b.isCjk()) {
            return gap > size * 0.2f;
        }
        return gap > size * WORD_GAP;
    }

    /** A superscript as a marker; brackets, full-width forms and dashes normalized. */
    static String marker(String raw, Glyph before, MarkerStyle style) {
        String folded = Scripts.foldWidth(raw).replaceAll("\\s+", "");
        String inner = folded.replaceAll("^\\[|]$", "");
        boolean afterDigit = before != null && !before.raised() && Character.isDigit(before.text().codePointAt(0));
        if (style == MarkerStyle.CITATION && CITATION_BODY.matcher(inner).matches() && !afterDigit) {
            return "[" + inner.replaceAll(",", ",") + "]";
        }
        if (style == MarkerStyle.CITATION && folded.startsWith("[")) {
            return "[" + inner + "]";
        }
        return "^{" + inner + "}";
    }
}
