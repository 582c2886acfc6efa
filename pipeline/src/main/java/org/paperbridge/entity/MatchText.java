package org.paperbridge.entity;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Text folded for dictionary matching, with a map from every folded char back to the original
 * UTF-16 range it came from. Folding: whitespace and hyphens dropped, full-width forms to ASCII,
 * lower case, Greek letters and spelled-out Greek words to one Latin letter (β, beta → b), so
 * IL-1β, IL1B and "IL-1 beta" all fold to {@code il1b}; traditional Han characters to simplified ones,
 * one for one, so 肝纖維化 matches the key 肝纤维化 with offsets into the traditional text.
 */
record MatchText(String original, String folded, int[] from, int[] to) {

    /** Folds {@code text}; keys and running text go through the same function so they agree. */
    static MatchText of(String text) {
        int[] from = new int[text.length() + 1];
        int[] to = new int[text.length() + 1];
        return new MatchText(text, fold(text, from, to), from, to);
    }

    /** The folded form of a dictionary key. */
    static String key(String text) {
        return fold(text, null, null);
    }

    /** Folds {@code text}, recording each folded char's original range in {@code from}/{@code to} when given. */
    private static String fold(String text, int[] from, int[] to) {
        StringBuilder out = new StringBuilder(text.length());
        boolean offsets = from != null;
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int word = greekWordLength(text, i);
            if (word > 0) {
                if (offsets) {
                    from[n] = i;
                    to[n] = i + word;
                }
                out.append(Character.toLowerCase(c));
                n++;
                i += word;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                // Both halves map to the whole character, so no match can split it.
                for (int k = 0; k < 2; k++) {
                    if (offsets) {
                        from[n] = i;
                        to[n] = i + 2;
                    }
                    out.append(text.charAt(i + k));
                    n++;
                }
                i += 2;
                continue;
            }
            char f = fold(c);
            if (f != 0) {
                if (offsets) {
                    from[n] = i;
                    to[n] = i + 1;
                }
                out.append(f);
                n++;
            }
            i++;
        }
        return out.toString();
    }

    /** UTF-16 start in the original of folded position {@code i}. */
    int start(int i) {
        return from[i];
    }

    /** UTF-16 end in the original of the folded range ending (exclusive) at {@code end}. */
    int end(int end) {
        return to[end - 1];
    }

    /** Marks a char not folded yet in {@link #FOLDED} (a char that folds to it is just folded again each time). */
    private static final char UNKNOWN = '\uFFFF';
    /**
     * {@link #foldChar} of the chars met so far, so folding a text costs one array read a char;
     * filled as chars come (threads that race on a char write the same value).
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(FOLDED, UNKNOWN);
    }

    /** One folded char for {@code c}, or 0 when the char is dropped. */
    static char fold(char c) {
        char f = FOLDED[c];
        if (f == UNKNOWN) {
            f = foldChar(c);
            FOLDED[c] = f;
        }
        return f;
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            // ASCII fast path; the same answers as below (no Greek or full-width forms here).
            if (c == ' ' || c == '-' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')) {
                return 0;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isHyphen(c)) {
            return 0;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        char g = Greek.latin(c);
        if (g != 0) {
            return g;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c >= 0x3400) {
            return TraditionalChinese.toSimplified(c);
        }
        return Character.toLowerCase(c);
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212'
                || c == '\uFF0D' || c == '\u00AD';
    }

    /** First letters of {@link Greek#SYMBOL_NAMES}: most characters are ruled out by one look-up. */
    private static final String SYMBOL_NAME_INITIALS = Greek.SYMBOL_NAMES.stream().map(w -> w.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    /** Chars whose lower case is one of {@link #SYMBOL_NAME_INITIALS} (Han text asked this of every char). */
    private static final CharFlags SYMBOL_NAME_INITIAL = new CharFlags(
            c -> SYMBOL_NAME_INITIALS.indexOf(Character.toLowerCase((char) c)) >= 0);

    /**
     * Length of a spelled-out Greek letter starting at {@code i} ("TNF-alpha", "IL-1beta",
     * "TGFbeta1"), or 0. Inside a lower-case word ("alphabet", "betaine") it is an ordinary word.
     */
    private static int greekWordLength(String text, int i) {
        char c = text.charAt(i);
        if (!SYMBOL_NAME_INITIAL.test(c)) {
            return 0;
        }
        if (i > 0 && isLowerAscii(text.charAt(i - 1))) {
            return 0;
        }
        for (String w : Greek.SYMBOL_NAMES) {
            if (text.regionMatches(true, i, w, 0, w.length())) {
                int end = i + w.length();
                if (end < text.length() && isLowerAscii(text.charAt(end))) {
                    return 0;
                }
                // "Beta" alone in running text still folds; capitalised words like "Delta" are rare in names.
                return w.length();
            }
        }
        return 0;
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }
}
