package org.paperbridge.align;

import java.util.List;

import org.paperbridge.lang.TraditionalChinese;

/**
 * How often candidate term strings occur in a corpus of paragraphs (white space ignored, traditional
 * characters read as simplified).
 */
final class CorpusCounts {
    private final String joined;

    CorpusCounts(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append(squeeze(t)).append('\n');
        }
        joined = sb.toString();
    }

    int count(String s) {
        String needle = squeeze(s);
        if (needle.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = joined.indexOf(needle); i >= 0; i = joined.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Evidence for a term boundary at {@code c}: the candidate recurs in the corpus, and with this left
     * neighbour less often than without it (other words precede it elsewhere).
     */
    double leftBoundaryBonus(String window, int c) {
        String before = window.substring(0, c).strip();
        String term = window.substring(c);
        if (squeeze(term).codePointCount(0, squeeze(term).length()) < 3) {
            return 0; // two-character pieces (蛋白, 细胞) recur everywhere and say nothing about a boundary
        }
        int alone = count(term);
        if (alone < 2) {
            return 0;
        }
        if (before.isEmpty()) {
            return 0.5 * Math.min(2.0, Math.log(alone) / Math.log(2));
        }
        String left = before.substring(before.offsetByCodePoints(before.length(), -1));
        int withLeft = count(left + term);
        return withLeft < alone ? 0.5 * Math.min(2.0, Math.log(alone) / Math.log(2)) : 0;
    }

    private static String squeeze(String s) {
        return TraditionalChinese.fold(s.replaceAll("\\s+", ""));
    }
}
