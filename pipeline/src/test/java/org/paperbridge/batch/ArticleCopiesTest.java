package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ArticleCopiesTest {
    private static String han(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(0x4E00 + r.nextInt(3000));
        }
        return sb.toString();
    }

    private static ArticleFingerprint fingerprint(String id, String doi, String text, boolean simplified, int warnings) {
        int[] cp = text.codePoints().toArray();
        return new ArticleFingerprint(id, doi, (id + "|" + text).hashCode(), text.hashCode(), cp.length, simplified, warnings,
                MinHash.of(cp, cp.length));
    }

    /** Five copies of one text (one simplified and complete), a different text, and a different text with a DOI. */
    private static List<ArticleFingerprint> corpus() {
        String text = han(3000, 7);
        String lost = text.substring(0, 1500) + text.substring(1501);
        return List.of(
                fingerprint("lost", null, lost, true, 0),
                fingerprint("traditional", null, text, false, 0),
                fingerprint("warned", null, text, true, 2),
                fingerprint("best", null, text, true, 0),
                fingerprint("tie", null, text, true, 0),
                fingerprint("other", null, han(3000, 8), true, 0),
                fingerprint("with-doi", "10.1/x", text, true, 0));
    }

    private static TreeSet<String> keptIds(List<ArticleFingerprint> order) {
        ArticleCopies copies = new ArticleCopies(true);
        for (ArticleFingerprint f : order) {
            copies.offer(f, f.id());
        }
        TreeSet<String> kept = new TreeSet<>();
        for (int i = 0; i < copies.size(); i++) {
            if (copies.isKept(i)) {
                kept.add(copies.id(i));
            }
        }
        return kept;
    }

    @Test
    void keepsTheSimplifiedCompleteCopyWithFewestWarningsAndAnArticleWithADoiApart() {
        assertEquals(new TreeSet<>(List.of("best", "other", "with-doi")), keptIds(corpus()));
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderOfTheSources() {
        Random r = new Random(11);
        TreeSet<String> expected = keptIds(corpus());
        for (int i = 0; i < 20; i++) {
            List<ArticleFingerprint> shuffled = new ArrayList<>(corpus());
            Collections.shuffle(shuffled, r);
            // The tie between "best" and "tie" goes to the earlier one, so it moves with the order.
            TreeSet<String> kept = keptIds(shuffled);
            kept.remove("tie");
            kept.add("best");
            assertEquals(expected, kept, shuffled.stream().map(ArticleFingerprint::id).toList().toString());
        }
    }

    @Test
    void aBetterLaterCopyWithdrawsTheOneKeptSoFarAndTheDroppedOnesSayWhy() {
        ArticleCopies copies = new ArticleCopies(true);
        List<ArticleFingerprint> c = corpus();
        assertTrue(copies.offer(c.get(0), "lost.txt").kept());
        ArticleCopies.Offer traditional = copies.offer(c.get(1), "traditional.txt");
        assertFalse(traditional.kept());
        ArticleCopies.Offer warned = copies.offer(c.get(2), "warned.txt");
        assertTrue(warned.kept());
        assertArrayEquals(new int[] {0}, warned.withdrawn(), "more text beats the copy that lost a character");
        ArticleCopies.Offer best = copies.offer(c.get(3), "best.txt");
        assertArrayEquals(new int[] {2}, best.withdrawn());
        copies.offer(c.get(4), "tie.txt");
        assertEquals("near-text", copies.dropped(0).match());
        assertTrue(copies.dropped(0).reason().contains("more text"), copies.dropped(0).reason());
        assertEquals("text", copies.dropped(1).match());
        assertTrue(copies.dropped(1).reason().contains("simplified script"), copies.dropped(1).reason());
        assertTrue(copies.dropped(2).reason().contains("fewer warnings"), copies.dropped(2).reason());
        assertTrue(copies.dropped(4).reason().contains("earlier in path order"), copies.dropped(4).reason());
        assertEquals("best.txt", copies.dropped(4).keeperPath());
    }

    @Test
    void byIdOnlyWhenContentDedupIsOff() {
        ArticleCopies copies = new ArticleCopies(false);
        List<ArticleFingerprint> c = corpus();
        for (ArticleFingerprint f : c) {
            assertTrue(copies.offer(f, f.id()).kept());
        }
        ArticleFingerprint sameId = fingerprint("best", null, "short text here", true, 0);
        assertFalse(copies.offer(sameId, "again").kept(), "less text: the earlier copy of the id stays");
        assertEquals("doi", copies.dropped(c.size()).match());
    }
}
