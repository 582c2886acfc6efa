package org.paperbridge.model;

/**
 * Converts between Java's UTF-16 indices and the code-point offsets the corpus stores.
 * Python's {@code str}, BioC and PubTator count code points; a CJK Extension B character such
 * as 𠀀 is one code point but two Java chars.
 */
public final class CodePoints {
    private CodePoints() {
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
