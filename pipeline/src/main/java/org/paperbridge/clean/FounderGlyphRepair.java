package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;

/**
 * Undoes the stand-in characters that PDFs typeset with Founder (方正) fonts extract to: 摇 for a
 * space, 鄄 for a hyphen, 郾 for a full stop or decimal point, 蒺 for an apostrophe, 椅 for the
 * {@code //} of a reference.
 *
 * <p>These are real characters too (摇滚, 鄄城, 郾城), so nothing changes unless the document shows
 * the substitution: stand-ins in places a real character never stands — 摇 before a space, 鄄
 * or 郾 between Latin letters or digits — at least {@link #EVIDENCE} times. Even then a character
 * is replaced only in such a place, so 摇滚 inside the same article stays.
 */
public final class FounderGlyphRepair implements BlockFilter {
    /** Occurrences in stand-in positions that mark a document as Founder output. */
    static final int EVIDENCE = 3;
    /** The spacing glyph extracts as 摇 followed by the space it stood for. */
    private static final Pattern SPACE_GLYPH = Pattern.compile("摇(?=[ \\t\\u00A0\\u3000])");
    private static final Pattern HYPHEN_GLYPH = Pattern.compile("(?<=[A-Za-z0-9])鄄(?=\\s?[A-Za-z0-9])");
    private static final Pattern POINT_GLYPH = Pattern.compile("(?<=[0-9])郾(?=\\s?[0-9])|(?<=[0-9])郾(?=\\s|$)");
    private static final Pattern APOSTROPHE_GLYPH = Pattern.compile("(?<=[A-Za-z])蒺(?=[A-Za-z\\s])");
    private static final Pattern SLASHES_GLYPH = Pattern.compile("(?<=[\\]］])\\s?椅");

    @Override
    public List<Block> apply(List<Block> blocks) {
        int evidence = 0;
        for (Block b : blocks) {
            evidence += count(SPACE_GLYPH, b.text()) + count(HYPHEN_GLYPH, b.text()) + count(POINT_GLYPH, b.text());
            if (evidence >= EVIDENCE) {
                break;
            }
        }
        if (evidence < EVIDENCE) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withText(repair(b.text())));
        }
        return out;
    }

    /** {@code text} with the stand-ins in stand-in positions replaced (for a document known to need it). */
    static String repair(String text) {
        if (text.indexOf('摇') < 0 && text.indexOf('鄄') < 0 && text.indexOf('郾') < 0
                && text.indexOf('蒺') < 0 && text.indexOf('椅') < 0) {
            return text;
        }
        String t = text;
        t = SPACE_GLYPH.matcher(t).replaceAll(" ");
        t = HYPHEN_GLYPH.matcher(t).replaceAll("-");
        t = POINT_GLYPH.matcher(t).replaceAll(".");
        t = APOSTROPHE_GLYPH.matcher(t).replaceAll("'");
        t = SLASHES_GLYPH.matcher(t).replaceAll("//");
        return t;
    }

    private static int count(Pattern p, String text) {
        if (text.indexOf('摇') < 0 && text.indexOf('鄄') < 0 && text.indexOf('郾') < 0) {
            return 0;
        }
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
