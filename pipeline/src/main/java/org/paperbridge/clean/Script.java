package org.paperbridge.clean;

import org.paperbridge.model.CodePoints;

/** Which writing system a character belongs to, as far as joining and spacing rules care. */
final class Script {
    private Script() {
    }

    /** Han characters, CJK punctuation and full-width forms: text joined to them takes no space. */
    static boolean isCjk(int cp) {
        return CodePoints.isHan(cp)
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    static boolean isGreekLetter(int cp) {
        return (cp >= 0x0391 && cp <= 0x03A9) || (cp >= 0x03B1 && cp <= 0x03C9);
    }

    static boolean isLatinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    static boolean containsHan(String s) {
        return s.codePoints().anyMatch(CodePoints::isHan);
    }

    /** Joins two pieces of running text: nothing between CJK, one space between Latin words. */
    static String joinWithSpace(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        boolean tight = isCjk(last) || isCjk(first) || last == '-' || last == '/';
        return tight ? left + right : left + " " + right;
    }
}
