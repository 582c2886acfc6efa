package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Citation;

/**
 * Finds numeric citation markers ({@code [7]}, {@code [3,5]}, {@code [3-5]}, {@code [3, 5-7]},
 * {@code [2~4]}) in a paragraph and links them to reference numbers, ranges expanded.
 *
 * <p>The marker stays in the paragraph text, where a reader expects it; the citation's span
 * covers the marker itself, brackets included, in code points. Keeping the text as printed means
 * sentence and entity offsets need no remapping and {@code text[start:end]} shows the marker.
 *
 * <p>A marker counts only when every number it names is a reference of the article, so
 * {@code [2023]}, {@code [J]} and bracketed words are left alone. Without a reference list the
 * numbers 1..{@value #MAX_UNLISTED} are taken as plausible.
 */
public final class CitationLinker {
    static final int MAX_UNLISTED = 999;
    /** Longest range expanded; a longer one is more likely a misread than a citation. */
    private static final int MAX_RANGE = 200;

    /** Citations in {@code text}, in order of appearance. */
    public List<Citation> link(String text, Set<Integer> referenceNumbers) {
        List<Citation> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!isOpen(cps[i])) {
                continue;
            }
            int close = closing(cps, i + 1);
            if (close < 0) {
                continue;
            }
            List<Integer> refs = numbers(cps, i + 1, close, referenceNumbers);
            if (refs != null) {
                out.add(new Citation(i, close + 1, refs));
                i = close;
            }
        }
        return out;
    }

    private static boolean isOpen(int c) {
        return c == '[' || c == '［';
    }

    /** Index of the closing bracket if only marker characters come before it, else -1. */
    private static int closing(int[] cps, int from) {
        for (int j = from; j < cps.length && j < from + 40; j++) {
            int c = cps[j];
            if (c == ']' || c == '］') {
                return j > from ? j : -1;
            }
            if (!(isDigit(c) || isSeparator(c) || isDash(c) || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }

    /** The cited numbers, or null when the content is not a valid marker. */
    private static List<Integer> numbers(int[] cps, int from, int to, Set<Integer> known) {
        List<Integer> refs = new ArrayList<>();
        int i = from;
        while (i < to) {
            i = skipSpaces(cps, i, to);
            int a = readNumber(cps, i, to);
            if (a < 0) {
                return null;
            }
            i = skipSpaces(cps, i + digits(cps, i, to), to);
            int b = a;
            if (i < to && isDash(cps[i])) {
                i = skipSpaces(cps, i + 1, to);
                b = readNumber(cps, i, to);
                if (b < 0 || b < a || b - a > MAX_RANGE) {
                    return null;
                }
                i = skipSpaces(cps, i + digits(cps, i, to), to);
            }
            for (int n = a; n <= b; n++) {
                if (!plausible(n, known)) {
                    return null;
                }
                refs.add(n);
            }
            if (i < to) {
                if (!isSeparator(cps[i])) {
                    return null;
                }
                i++;
                if (skipSpaces(cps, i, to) == to) {
                    return null;
                }
            }
        }
        return refs.isEmpty() ? null : refs;
    }

    private static boolean plausible(int n, Set<Integer> known) {
        return known.isEmpty() ? n >= 1 && n <= MAX_UNLISTED : known.contains(n);
    }

    private static int readNumber(int[] cps, int i, int to) {
        int len = digits(cps, i, to);
        if (len == 0 || len > 4) {
            return -1;
        }
        int n = 0;
        for (int k = i; k < i + len; k++) {
            n = n * 10 + (cps[k] - '0');
        }
        return n;
    }

    private static int digits(int[] cps, int i, int to) {
        int k = i;
        while (k < to && isDigit(cps[k])) {
            k++;
        }
        return k - i;
    }

    private static int skipSpaces(int[] cps, int i, int to) {
        while (i < to && cps[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(int c) {
        return c == ',' || c == '，' || c == '、' || c == ';';
    }

    private static boolean isDash(int c) {
        return c == '-' || c == '–' || c == '—' || c == '~' || c == '～' || c == '‒' || c == '−';
    }
}
