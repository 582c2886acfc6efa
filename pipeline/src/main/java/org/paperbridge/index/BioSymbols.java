package org.paperbridge.index;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.paperbridge.text.TermDictionary;
import org.paperbridge.model.CodePoints;

/**
 * How biomedical symbols are cut and folded: IL-1β, "IL-1 beta" and IL1B share the key {@code il1b},
 * TNF-α and TNFa share {@code tnfa}, BM-MSCs and BM-MSC share {@code bmmsc}.
 */
final class BioSymbols {
    private static final Pattern GREEK_NAME_AFTER_SYMBOL =
            Pattern.compile("(?<=[0-9-])(" + String.join("|", Greek.SYMBOL_NAMES) + ")");

    private BioSymbols() {
    }

    /** End (exclusive) of the symbol starting at {@code i}: non-Han letters and digits, inner hyphens. */
    static int symbolEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (isSymbolChar(cp)) {
                j += Character.charCount(cp);
            } else if (isHyphen(cp) && j > i && j + 1 < s.length() && isSymbolChar(s.codePointAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isSymbolChar(int cp) {
        return Character.isLetterOrDigit(cp) && !Scripts.isHan(cp);
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    static boolean isGreekLetter(String token) {
        return token.codePointCount(0, token.length()) == 1
                && Greek.isGreek(token.codePointAt(0));
    }

    static boolean isGreekName(String token) {
        return Greek.letter(token.toLowerCase(Locale.ROOT)) != null;
    }

    /** A symbol rather than a word: has a digit, a Greek letter, a hyphen, or a capital after the first letter. */
    static boolean isSymbol(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isDigit(c) || isHyphen(c) || Greek.latin(c) != 0
                    || (k > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /** The variant-free key of a symbol: lower case, Greek folded to Latin initials, no hyphens or spaces. */
    static String fold(String symbol) {
        String s = symbol;
        if (s.length() > 2 && s.endsWith("s") && Character.isUpperCase(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1); // plural of an acronym: MSCs
        }
        s = s.toLowerCase(Locale.ROOT);
        s = GREEK_NAME_AFTER_SYMBOL.matcher(s).replaceAll(m -> greekNameInitial(m.group()));
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            char g = Greek.latin(c);
            if (g != 0) {
                out.append(g);
            } else if (!isHyphen(c) && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String greekNameInitial(String name) {
        String letter = Greek.letter(name.toLowerCase(Locale.ROOT));
        return letter == null ? null : String.valueOf(Greek.latin(letter.charAt(0)));
    }
}
