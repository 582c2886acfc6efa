package org.paperbridge.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison keys of {@code check-docs}: what counts as the same string in a gold field. */
final class TextKeys {
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Free text matches at this similarity ratio or above. */
    static final double SIMILAR = 0.9;

    private TextKeys() {
    }

    /** Chinese-ish key: NFKC, all whitespace removed. */
    static String zh(String s) {
        return SPACE.matcher(nfkc(s)).replaceAll("");
    }

    /** English key: NFKC, case-folded, dashes folded to '-', whitespace collapsed. */
    static String en(String s) {
        String t = nfkc(s).toLowerCase(Locale.ROOT).replace('‐', '-').replace('–', '-').replace('−', '-');
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** Both at once, for fields that mix the languages (reference titles and authors). */
    static String loose(String s) {
        return zh(en(s));
    }

    static boolean similar(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || SequenceRatio.ratio(a, b) >= SIMILAR;
    }

    private static String nfkc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
