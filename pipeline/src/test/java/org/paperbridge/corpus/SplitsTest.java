package org.paperbridge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class SplitsTest {
    @Test
    void ratiosAreReadAsPercentagesOrFractionsAndNormalized() {
        assertEquals(Splits.parse("0.8/0.1/0.1"), Splits.parse("80/10/10"));
        Splits s = Splits.parse("7/2/1");
        assertEquals(0.7, s.train(), 1e-12);
        assertEquals(0.1, s.test(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Splits.parse("80/20"));
        assertThrows(IllegalArgumentException.class, () -> Splits.parse("a/b/c"));
        assertThrows(IllegalArgumentException.class, () -> Splits.parse("0/0/0"));
        assertThrows(IllegalArgumentException.class, () -> new Splits(0.9, 0.2, -0.1));
    }

    @Test
    void anArticlesSplitDependsOnItsIdAloneAndTheSharesFollowTheRatios() {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            String id = "doi_10.1000_article." + i;
            String split = Splits.DEFAULT.of(id);
            assertEquals(split, new Splits(0.8, 0.1, 0.1).of(id), "no state: the same id, the same split");
            counts.merge(split, 1, Integer::sum);
        }
        assertTrue(Math.abs(counts.get("train") - 16_000) < 400, counts.toString());
        assertTrue(Math.abs(counts.get("dev") - 2_000) < 200, counts.toString());
        assertTrue(Math.abs(counts.get("test") - 2_000) < 200, counts.toString());
        assertEquals("train", new Splits(1, 0, 0).of("anything"));
        assertEquals("test", new Splits(0, 0, 1).of("anything"));
    }
}
