package org.paperbridge.lang;

/**
 * Which writing system a character belongs to, as far as the stages care: the one home of every
 * script test (Han, CJK letters, full-width forms) and of the rule for joining text across them.
 */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Whether {@code cp} is a Han character (Unicode script Han: the ideographs of every CJK block,
     * 〇, 々). It runs on every character of a Chinese text, so the common block is answered before
     * the script table's binary search.
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

    public static boolean containsHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isHan(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Han, kana and hangul: letters of scripts written without spaces between words. */
    public static boolean isCjkLetter(int cp) {
        if (isHan(cp)) {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /** CJK punctuation (、。「」) and the half- and full-width forms block (，：Ａ１). */
    public static boolean isFullWidth(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Han characters, CJK punctuation and full-width forms: text joined to them takes no space. */
    public static boolean joinsTight(int cp) {
        return isHan(cp) || isFullWidth(cp);
    }

    /**
     * The PDF extractor's test for glyphs that join without a space: CJK letters, CJK punctuation,
     * the full-width punctuation (not the full-width letters and digits, which stand in Latin words)
     * and the dash, ellipsis, curly quotes and middle dot that Chinese typesetting sets full width.
     */
    public static boolean isCjkGlyph(int cp) {
        if (isCjkLetter(cp)) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) // ！（），：；？
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
                || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x00B7;
    }

    public static boolean startsWithCjkGlyph(String s) {
        return !s.isEmpty() && isCjkGlyph(s.codePointAt(0));
    }

    public static boolean endsWithCjkGlyph(String s) {
        return !s.isEmpty() && isCjkGlyph(s.codePointBefore(s.length()));
    }

    public static boolean isLatinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    /** Joins two pieces of running text: nothing between CJK, one space between Latin words. */
    public static String joinWithSpace(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        boolean tight = joinsTight(last) || joinsTight(first) || last == '-' || last == '/';
        return tight ? left + right : left + " " + right;
    }

    /** Folds full-width ASCII forms (［１］, －, ，) to ASCII; used for marker and label tests. */
    public static String foldWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out.appendCodePoint(cp - 0xFEE0);
            } else if (cp == 0x3000) {
                out.append(' ');
            } else if (cp == 0x2212 || cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2011) {
                out.append('-');
            } else if (cp == 0x3001) {
                out.append(',');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
