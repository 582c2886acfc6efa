package org.paperbridge.ingest;

/** Character classes that decide how PDF lines and glyphs join: CJK needs no spaces. */
public final class Scripts {
    private Scripts() {
    }

    /** Han ideographs, kana, hangul and CJK/full-width punctuation (but not full-width letters). */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) // CJK punctuation: 、。「」
                || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) // ！（），：；？
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
                || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x00B7;
    }

    static boolean startsCjk(String s) {
        return !s.isEmpty() && isCjk(s.codePointAt(0));
    }

    static boolean endsCjk(String s) {
        return !s.isEmpty() && isCjk(s.codePointBefore(s.length()));
    }

    /** Folds full-width ASCII forms (［１］, －, ，) to ASCII; used for marker and label tests. */
    static String foldWidth(String s) {
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
