package org.paperbridge.clean;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.ingest.Block;

/**
 * Turns full-width punctuation inside Latin-script text into ASCII ({@code network，but} →
 * {@code network, but}; {@code 2022－12－29} → {@code 2022-12-29}); between Chinese it stays.
 *
 * <p>Chinese journals often set English abstracts, names and identifiers with the Chinese
 * font's punctuation; English sentence splitting, dates and DOIs need the ASCII forms.
 * Brackets and quotes are left alone: they come in pairs that may straddle both scripts.
 */
public final class LatinPunctuationFolder implements BlockFilter {
    /** A full stop or comma at the end of a text folds only after this many English words. */
    private static final int MIN_WORDS_AT_END = 3;

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withText(fold(b.text())));
        }
        return out;
    }

    static String fold(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int ascii = ascii(cps[i]);
            if (ascii < 0 || !insideLatin(cps, i)) {
                sb.appendCodePoint(cps[i]);
                continue;
            }
            int left = neighbour(cps, i, -1);
            int right = neighbour(cps, i, 1);
            if (isSentencePunctuation(ascii)) {
                while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1); // "network ，but": no space before a comma
                }
            }
            sb.append((char) ascii);
            boolean glued = i + 1 < cps.length && !Character.isWhitespace(cps[i + 1]);
            if (glued && right >= 0 && spaceAfter(ascii, cps[i], left, right)) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The ASCII form of a full-width punctuation mark this filter folds, or -1. */
    private static int ascii(int cp) {
        return switch (cp) {
            case '，' -> ',';
            case '．', '。' -> '.';
            case '：' -> ':';
            case '；' -> ';';
            case '！' -> '!';
            case '？' -> '?';
            case '－' -> '-';
            case '／' -> '/';
            default -> -1;
        };
    }

    private static boolean isSentencePunctuation(int ascii) {
        return ascii == ',' || ascii == '.' || ascii == ':' || ascii == ';' || ascii == '!' || ascii == '?';
    }

    /**
     * A comma or colon before a word gets a space; a full-width full stop only between a word and
     * a capital ({@code network．With}), since {@code j．issn} and {@code 12．5} stay tight.
     */
    private static boolean spaceAfter(int ascii, int original, int left, int right) {
        if (!Character.isLetter(right)) {
            return false;
        }
        if (ascii == '.') {
            return original == '。' || Character.isLowerCase(left) && Character.isUpperCase(right);
        }
        return isSentencePunctuation(ascii);
    }

    /** Neither neighbour is East Asian, and the mark follows Latin text that goes on or is long. */
    private static boolean insideLatin(int[] cps, int i) {
        int left = neighbour(cps, i, -1);
        int right = neighbour(cps, i, 1);
        if (left < 0 || isEastAsian(left) || right >= 0 && isEastAsian(right)) {
            return false;
        }
        if (!Character.isLetterOrDigit(left) && (right < 0 || !Character.isLetterOrDigit(right))) {
            return latinWordsBefore(cps, i) >= MIN_WORDS_AT_END && isLatinish(left);
        }
        if (right < 0) {
            // 称为 NLRP3。 ends a Chinese sentence; an English abstract's last full stop folds.
            return latinWordsBefore(cps, i) >= MIN_WORDS_AT_END;
        }
        return isLatinish(left) && isLatinish(right);
    }

    /** The nearest code point before (step -1) or after (step 1) that is not a space, or -1. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (!Character.isWhitespace(cps[j]) && cps[j] != '\u3000') {
                return cps[j];
            }
        }
        return -1;
    }

    /** English words between the last East Asian character before {@code i} and {@code i}. */
    private static int latinWordsBefore(int[] cps, int i) {
        int words = 0;
        boolean inWord = false;
        for (int j = i - 1; j >= 0 && !isEastAsian(cps[j]); j--) {
            boolean letter = Character.UnicodeScript.of(cps[j]) == Character.UnicodeScript.LATIN;
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean isLatinish(int cp) {
        return cp > 0x20 && cp < 0x7F || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                || Greek.isLetter(cp);
    }

    private static boolean isEastAsian(int cp) {
        if (Scripts.joinsTight(cp)) {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }
}
