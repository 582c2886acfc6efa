package org.paperbridge.model;

/**
 * Converts between Java's UTF-16 indices and the code-point offsets the corpus stores.
 * Python's {@code str}, BioC and PubTator count code points; a CJK Extension B character such
 * as 𠀀 is one code point but two Java chars.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * Whether {@code cp} is a Han character (Unicode script Han: the ideographs of every CJK block,
     * 〇, 々). The one test every stage uses; it runs on every character of a Chinese text, so the
     * common block is answered before the script table's binary search.
     */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FCC) {
            // CJK Unified Ideographs as assigned since Unicode 6.1 (every JDK's table has them):
            // nearly every character of a Chinese article. Later additions go through the table.
            return true;
        }
        // Nothing before the CJK Radicals Supplement (U+2E80) belongs to the Han script.
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Code-point offset of the UTF-16 index {@code charIndex} in {@code text}. */
    public static int fromChar(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** UTF-16 index of the code-point offset {@code cpOffset} in {@code text}. */
    public static int toChar(String text, int cpOffset) {
        return text.offsetByCodePoints(0, cpOffset);
    }

    /** The span of UTF-16 range {@code [start, end)} counted in code points. */
    public static Span span(String text, int charStart, int charEnd) {
        int cpStart = fromChar(text, charStart);
        return new Span(cpStart, cpStart + text.codePointCount(charStart, charEnd));
    }

    /** The substring covered by a code-point span. */
    public static String substring(String text, Span span) {
        int s = toChar(text, span.start());
        return text.substring(s, text.offsetByCodePoints(s, span.length()));
    }

    /** Length of {@code text} in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
