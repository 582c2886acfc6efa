package org.paperbridge.align;

import java.util.regex.Pattern;

/** Schwartz–Hearst checks: is a string an abbreviation, and is it made from a given full form. */
final class Abbreviations {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9\\p{IsGreek}][A-Za-z0-9\\p{IsGreek}\\-/+.]{0,19}");

    private Abbreviations() {
    }

    /** The abbreviation as written, with emphasis marks and spaces (left by Greek spacing) removed. */
    static String clean(String raw) {
        return raw.replace("*", "").replace("_", "").replaceAll("\\s+", "").strip();
    }

    /** Abbreviation-shaped: short, no Han, has a capital letter or a digit, or is mixed like "mTOR". */
    static boolean looksLike(String abbr) {
        if (!SHAPE.matcher(abbr).matches() || abbr.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return abbr.chars().anyMatch(Character::isUpperCase) || abbr.length() <= 6 && abbr.chars().anyMatch(Character::isDigit);
    }

    /**
     * Schwartz–Hearst: the abbreviation's letters and digits found right to left in the full form,
     * the first one at the start of a word. Returns the index in {@code full} where that first
     * character matched, or -1 when the full form does not make the abbreviation.
     */
    static int match(String full, String abbr) {
        String l = full.toLowerCase();
        String s = abbr.toLowerCase();
        int si = s.length() - 1;
        int li = l.length() - 1;
        int first = -1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c
                    || (si == firstAlnum(s) && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return -1;
            }
            first = li;
            li--;
            si--;
        }
        return first;
    }

    private static int firstAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
