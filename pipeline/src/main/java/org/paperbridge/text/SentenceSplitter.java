package org.paperbridge.text;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Span;

/**
 * Splits Chinese, English and mixed text into sentences, as code-point spans without the
 * whitespace between them.
 *
 * <p>A plain left-to-right scan, no regular expressions. Chinese 。！？ always end a sentence;
 * {@code . ! ?} end one only before whitespace and a capital, CJK character, digit or quote (or
 * at the end), and a period never ends one after a decimal, an initial or a known abbreviation.
 * Closing quotes and brackets after the terminator, and a citation marker such as {@code [7]}
 * right after it, stay with the sentence they close. Semicolons do not end sentences.
 *
 * <p>Text that lost its spaces (OCR, PDF converters: {@code astronauts.Within various periods})
 * also splits at a terminator followed directly by a capitalized word, when a lower-case or
 * capitalized word of three letters or more, or an acronym, ends there (so {@code U.S.},
 * {@code Fig.2}, {@code al.Smith}, {@code E.coli} do not).
 */
public final class SentenceSplitter {
    /** Words that a period follows without ending the sentence; a capitalized first letter also matches. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "al", "e.g", "i.e", "vs", "cf", "viz", "approx", "ca", "resp", "Fig", "Figs", "fig", "figs",
            "Ref", "Refs", "ref", "refs", "No", "Nos", "no", "Eq", "Eqs", "eq", "Tab", "Vol", "vol", "pp", "p",
            "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Dept", "Univ", "Suppl",
            "Ed", "Eds", "ed", "eds", "Ch", "Sec", "Sect");

    /** Sentence spans of {@code text}, in order; an empty list for blank text. */
    public List<Span> split(String text) {
        int[] cps = text.codePoints().toArray();
        List<Span> out = new ArrayList<>();
        int start = skipSpace(cps, 0);
        int i = start;
        while (i < cps.length) {
            int c = cps[i];
            int end = -1;
            if (isCjkTerminator(c)) {
                end = closeSentence(cps, i + 1);
            } else if (c == '.' || c == '．' || c == '!' || c == '?') {
                // ． (full-width full stop) is the period of many science journals' Chinese text
                int after = closeSentence(cps, i + 1);
                if (startsNextSentence(cps, after) && (c != '.' && c != '．' || !periodIsInternal(cps, i))) {
                    end = after;
                } else if (after == i + 1 && after < cps.length && opensPartLabel(cps, after)
                        && (c != '.' && c != '．' || !periodIsInternal(cps, i))) {
                    end = after; // China.[Method/process] In this paper…: the space lost before the next part
                } else if (after == i + 1 && runsIntoCapitalizedWord(cps, i)) {
                    end = after;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            add(out, cps, start, end);
            start = skipSpace(cps, end);
            i = start;
        }
        add(out, cps, start, cps.length);
        return out;
    }

    private static void add(List<Span> out, int[] cps, int start, int end) {
        int e = end;
        while (e > start && isSpace(cps[e - 1])) {
            e--;
        }
        if (e > start) {
            out.add(new Span(start, e));
        }
    }

    /** Index after the terminator run and whatever closes with it: more terminators, quotes, brackets, markers. */
    private static int closeSentence(int[] cps, int i) {
        boolean moved = true;
        while (moved && i < cps.length) {
            moved = false;
            if (isTerminator(cps[i]) || isCloser(cps[i])) {
                i++;
                moved = true;
            } else {
                int m = markerEnd(cps, i);
                if (m > 0) {
                    i = m;
                    moved = true;
                }
            }
        }
        return i;
    }

    /** Whether what follows position {@code i} (after an ASCII terminator) can begin a new sentence. */
    private static boolean startsNextSentence(int[] cps, int i) {
        if (i >= cps.length) {
            return true;
        }
        if (Scripts.isCjkLetter(cps[i])) {
            return true;
        }
        if (!isSpace(cps[i])) {
            return false;
        }
        int j = skipSpace(cps, i);
        if (j >= cps.length) {
            return true;
        }
        int c = cps[j];
        return Character.isUpperCase(c) || Character.isDigit(c) || Scripts.isCjkLetter(c) || isOpeningQuote(c)
                || opensPartLabel(cps, j);
    }

    /**
     * A bracketed word after a sentence end opens the next part of a structured abstract
     * ({@code … general conflict. [Methods] An online survey …}, {@code 【结果】}).
     */
    private static boolean opensPartLabel(int[] cps, int j) {
        return (cps[j] == '[' || cps[j] == '【' || cps[j] == '［') && j + 1 < cps.length
                && (Character.isUpperCase(cps[j + 1]) || Scripts.isCjkLetter(cps[j + 1]));
    }

    /** Whether the terminator at {@code t} closes a lower-case word and a capitalized word follows unspaced. */
    private static boolean runsIntoCapitalizedWord(int[] cps, int t) {
        if (t + 2 >= cps.length || !Character.isUpperCase(cps[t + 1]) || !Character.isLetter(cps[t + 2])
                || Scripts.isCjkLetter(cps[t + 2])) {
            return false;
        }
        int s = t;
        while (s > 0 && Character.isLetter(cps[s - 1]) && !Scripts.isCjkLetter(cps[s - 1])) {
            s--;
        }
        if (t - s < 2 || s > 0 && cps[s - 1] == '.') {
            return false;
        }
        String word = new String(cps, s, t - s);
        // a lower-case or capitalized word of three letters or more (cells.The, China.In), or an
        // acronym of two or more (PN.For); a word then capitals (functions.THz) is a new sentence too
        boolean lower = word.length() >= 3 && word.substring(1).chars().allMatch(Character::isLowerCase);
        boolean acronym = word.chars().allMatch(Character::isUpperCase) && Character.isLowerCase(cps[t + 2]);
        return (lower || acronym) && !ABBREVIATIONS.contains(word)
                && !ABBREVIATIONS.contains(Character.toLowerCase(word.charAt(0)) + word.substring(1));
    }

    /** Whether the period at {@code dot} belongs to a number, an initial or an abbreviation. */
    private static boolean periodIsInternal(int[] cps, int dot) {
        if (dot > 0 && dot + 1 < cps.length && Character.isDigit(cps[dot - 1]) && Character.isDigit(cps[dot + 1])) {
            return true;
        }
        int s = dot;
        while (s > 0 && (Character.isLetter(cps[s - 1]) || cps[s - 1] == '.') && !Scripts.isCjkLetter(cps[s - 1])) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        String word = new String(cps, s, dot - s);
        String sentenceInitial = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        if (ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(sentenceInitial)) {
            return true;
        }
        // A single capital (J. Smith) or dotted capitals (U.S.) are initials, not sentence ends.
        return isInitials(word);
    }

    private static boolean isInitials(String word) {
        String[] parts = word.split("\\.", -1);
        for (String p : parts) {
            if (p.length() != 1 || !Character.isUpperCase(p.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** End of a numeric citation marker such as [7] or [3,5-7] starting at {@code i}, else -1. */
    private static int markerEnd(int[] cps, int i) {
        if (i >= cps.length || (cps[i] != '[' && cps[i] != '［')) {
            return -1;
        }
        boolean digit = false;
        for (int j = i + 1; j < cps.length && j < i + 40; j++) {
            int c = cps[j];
            if (c == ']' || c == '］') {
                return digit ? j + 1 : -1;
            }
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (",，、;-–—~～ ".indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpace(int[] cps, int i) {
        while (i < cps.length && isSpace(cps[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCjkTerminator(int c) {
        return c == '。' || c == '！' || c == '？' || c == '｡';
    }

    private static boolean isTerminator(int c) {
        return isCjkTerminator(c) || c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(int c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '）' || c == ']'
                || c == '】' || c == '」' || c == '』' || c == '》' || c == '〉';
    }

    private static boolean isOpeningQuote(int c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '「' || c == '『';
    }

}
