package org.paperbridge.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.paperbridge.model.Keyword;

/**
 * Pairs the printed Chinese and English keyword lists. Equal counts pair by position unless the
 * dictionary says a keyword translates one at another position; otherwise pairs are matched by
 * translation evidence, and equal-sized gaps between evidenced pairs are filled by position.
 * Keywords left over keep a null side.
 */
public final class KeywordAligner {
    /** Evidence from which a pair counts as a translation. */
    private static final double STRONG = 0.5;

    private final TranslationEvidence evidence;

    public KeywordAligner(BilingualDictionary dictionary) {
        this.evidence = new TranslationEvidence(dictionary);
    }

    public List<Keyword> align(List<String> zh, List<String> en) {
        double[][] s = new double[zh.size()][en.size()];
        for (int i = 0; i < zh.size(); i++) {
            for (int j = 0; j < en.size(); j++) {
                s[i][j] = evidence.score(zh.get(i), en.get(j));
            }
        }
        if (zh.size() == en.size() && !contradicted(s)) {
            List<Keyword> out = new ArrayList<>();
            for (int i = 0; i < zh.size(); i++) {
                out.add(new Keyword(zh.get(i), en.get(i)));
            }
            return out;
        }
        return byEvidence(zh, en, s);
    }

    /** Whether some keyword has strong evidence for a partner other than the one at its position. */
    private static boolean contradicted(double[][] s) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (j != i && s[i][j] >= STRONG && s[i][j] > s[i][i] && s[i][j] > s[j][j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Greedy one-to-one matching on strong evidence, then the gaps it leaves filled by position. */
    private static List<Keyword> byEvidence(List<String> zh, List<String> en, double[][] s) {
        int n = zh.size();
        int m = en.size();
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        boolean[] enUsed = new boolean[m];
        while (true) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    if (partner[i] < 0 && !enUsed[j] && s[i][j] >= STRONG && (bi < 0 || s[i][j] > s[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            partner[bi] = bj;
            enUsed[bj] = true;
        }
        List<Integer> matchedEn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                matchedEn.add(partner[i]);
            }
        }
        boolean monotone = true;
        for (int k = 1; k < matchedEn.size(); k++) {
            monotone &= matchedEn.get(k) > matchedEn.get(k - 1);
        }
        // gap g holds the unmatched keywords after the g-th matched pair (all in one gap when pairs cross)
        int gaps = monotone ? matchedEn.size() + 1 : 1;
        List<List<Integer>> gapZh = new ArrayList<>();
        List<List<Integer>> gapEn = new ArrayList<>();
        for (int g = 0; g < gaps; g++) {
            gapZh.add(new ArrayList<>());
            gapEn.add(new ArrayList<>());
        }
        int seen = 0;
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                seen++;
            } else {
                gapZh.get(monotone ? seen : 0).add(i);
            }
        }
        for (int j = 0; j < m; j++) {
            if (!enUsed[j]) {
                final int jj = j;
                gapEn.get(monotone ? (int) matchedEn.stream().filter(e -> e < jj).count() : 0).add(j);
            }
        }
        Keyword[] byZh = new Keyword[n];
        List<Keyword> englishOnly = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                byZh[i] = new Keyword(zh.get(i), en.get(partner[i]));
            }
        }
        for (int g = 0; g < gaps; g++) {
            List<Integer> gz = gapZh.get(g);
            List<Integer> ge = gapEn.get(g);
            boolean fill = gz.size() == ge.size();
            for (int k = 0; k < gz.size(); k++) {
                byZh[gz.get(k)] = new Keyword(zh.get(gz.get(k)), fill ? en.get(ge.get(k)) : null);
            }
            if (!fill) {
                ge.forEach(j -> englishOnly.add(new Keyword(null, en.get(j))));
            }
        }
        List<Keyword> out = new ArrayList<>(Arrays.asList(byZh));
        out.addAll(englishOnly);
        return out;
    }
}
