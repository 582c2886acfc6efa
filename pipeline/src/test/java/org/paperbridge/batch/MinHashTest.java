package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    private static int[] signature(String s) {
        int[] cp = codePoints(s);
        return MinHash.of(cp, cp.length);
    }

    /** A text of {@code n} random Han characters: no repeated shingles to speak of. */
    private static String han(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(0x4E00 + r.nextInt(3000));
        }
        return sb.toString();
    }

    private static double jaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static Set<String> shingles(String s) {
        int[] cp = codePoints(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= cp.length; i++) {
            out.add(new String(cp, i, MinHash.SHINGLE));
        }
        return out;
    }

    @Test
    void theSameTextHasTheSameSignatureAndSimilarityOne() {
        String text = han(3000, 1);
        assertArrayEquals(signature(text), signature(text));
        assertEquals(1.0, MinHash.similarity(signature(text), signature(text)));
    }

    @Test
    void estimatesTheJaccardSimilarityOfShingleSets() {
        String base = han(6000, 2);
        for (int cut : new int[] {100, 600, 1500, 3000}) {
            // The second text shares a prefix with the first and then goes its own way.
            String other = base.substring(0, base.length() - cut) + han(cut, 100 + cut);
            double truth = jaccard(base, other);
            double estimate = MinHash.similarity(signature(base), signature(other));
            // 128 bins: a standard error of at most 0.045.
            assertEquals(truth, estimate, 0.15, "cut " + cut + ": true " + truth + ", estimated " + estimate);
        }
    }

    @Test
    void aLostCharacterKeepsTheCopyNearAndADifferentTextIsFar() {
        String text = han(4000, 3);
        String lost = text.substring(0, 2000) + text.substring(2001);
        assertTrue(MinHash.similarity(signature(text), signature(lost)) >= ArticleCopies.NEAR);
        assertTrue(MinHash.similarity(signature(text), signature(han(4000, 4))) < 0.1);
    }

    @Test
    void shortTextsAreDensifiedAndTextsWithoutAShingleAreEmpty() {
        int[] short1 = signature("abcdefgh"); // 4 shingles over 128 bins
        for (int v : short1) {
            assertTrue(v >= 0, "every bin filled");
        }
        assertEquals(1.0, MinHash.similarity(short1, signature("abcdefgh")));
        assertTrue(MinHash.isEmpty(signature("abcd")));
        assertEquals(0.0, MinHash.similarity(signature("abcd"), signature("abcd")), "no shingle, no near match");
    }
}
