package org.paperbridge.index;

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
    private static final Map<String, String> GREEK_NAMES = Map.ofEntries(
            Map.entry("alpha", "a"), Map.entry("beta", "b"), Map.entry("gamma", "g"), Map.entry("delta", "d"),
            Map.entry("epsilon", "e"), Map.entry("kappa", "k"), Map.entry("lambda", "l"), Map.entry("theta", "t"),
            Map.entry("sigma", "s"), Map.entry("omega", "o"), Map.entry("zeta", "z"), Map.entry("eta", "e"),
            Map.entry("iota", "i"), Map.entry("mu", "m"), Map.entry("nu", "n"), Map.entry("xi", "x"),
            Map.entry("pi", "p"), Map.entry("rho", "r"), Map.entry("tau", "t"), Map.entry("phi", "p"),
            Map.entry("chi", "c"), Map.entry("psi", "p"));
    private static final Pattern GREEK_NAME_AFTER_SYMBOL =
            Pattern.compile("(?<=[0-9-])(alpha|beta|gamma|delta|epsilon|kappa|lambda|theta|sigma|omega)");
    // Greek letters in alphabet order with the Latin letter each folds to.
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψωςϵϑϰϱϕ";
    private static final String LATIN = "abgdezetiklmnxoprstupcposetkrp";

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
        return Character.isLetterOrDigit(cp) && !CodePoints.isHan(cp);
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    static boolean isGreekLetter(String token) {
        return token.codePointCount(0, token.length()) == 1
                && Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.GREEK;
    }

    static boolean isGreekName(String token) {
        return GREEK_NAMES.containsKey(token.toLowerCase(Locale.ROOT));
    }

    /** A symbol rather than a word: has a digit, a Greek letter, a hyphen, or a capital after the first letter. */
    static boolean isSymbol(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isDigit(c) || isHyphen(c) || GREEK.indexOf(Character.toLowerCase(c)) >= 0
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
        s = GREEK_NAME_AFTER_SYMBOL.matcher(s).replaceAll(m -> GREEK_NAMES.get(m.group()));
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int g = GREEK.indexOf(c);
            if (g >= 0) {
                out.append(LATIN.charAt(g));
            } else if (!isHyphen(c) && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String greekNameInitial(String name) {
        return GREEK_NAMES.get(name.toLowerCase(Locale.ROOT));
    }
}
