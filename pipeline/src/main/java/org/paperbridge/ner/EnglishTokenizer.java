package org.paperbridge.ner;

import java.util.Arrays;

/**
 * Cuts English text the way the biomedical NER corpora are tokenized: runs of letters and digits
 * are tokens (NLRP3, IL1B, TNFα), every other visible character is a token of its own, so
 * "PU.1", "AP-1" and "IL-1β" come out as PU . 1, AP - 1 and IL - 1β.
 */
public final class EnglishTokenizer {
    private EnglishTokenizer() {
    }

    public static Tokens split(String text) {
        int[] starts = new int[Math.max(4, text.length() / 3)];
        int[] ends = new int[starts.length];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            int cp = text.codePointAt(i);
            int w = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                i += w;
                continue;
            }
            int start = i;
            i += w;
            if (Character.isLetterOrDigit(cp)) {
                while (i < len) {
                    int next = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = i;
            n++;
        }
        return new Tokens(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
}
