package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word classes from made-up text in which drugs and genes fill different frames. */
class WordClustersTest {
    private static final String[] DRUGS = {"aspirin", "ibuprofen", "naproxen", "warfarin"};
    private static final String[] GENES = {"brca1", "tp53", "kras", "egfr"};

    static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String d : DRUGS) {
                out.add("Patients were treated with " + d + " daily for a week .");
                out.add("The dose of " + d + " was lowered in patients .");
            }
            for (String g : GENES) {
                out.add("The " + g + " gene was expressed in tumour cells .");
                out.add("Mutations of the " + g + " gene were found in cells .");
            }
        }
        return out;
    }

    private static WordClusters learn() {
        return WordClusters.learn(texts(), 6, 2, 3, 40, 10);
    }

    @Test
    void wordsInTheSameFramesShareAClassAndOthersDoNot() {
        WordClusters c = learn();
        int aspirin = c.packed("aspirin");
        for (String d : DRUGS) {
            assertEquals(aspirin, c.packed(d), d);
        }
        int brca1 = c.packed("brca1");
        for (String g : GENES) {
            assertEquals(brca1, c.packed(g), g);
        }
        assertNotEquals(aspirin & 0xFFFF, brca1 & 0xFFFF);
        assertEquals(WordClusters.UNKNOWN, c.packed("metformin"));
    }

    @Test
    void digitsShareTheirKey() {
        WordClusters c = WordClusters.learn(List.of("Il2 and il6 and il8 and il10 rose .",
                "Il2 and il6 fell ."), 2, 1, 2, 10, 5);
        assertNotEquals(WordClusters.UNKNOWN, c.packed("il7"));
        assertEquals(c.packed("il2"), c.packed("il7"));
        assertEquals(c.packed("il10"), c.packed("il12"));
        assertEquals("il00", WordClusters.key("il12"));
        assertEquals("il", WordClusters.key("il"));
    }

    @Test
    void theSameTextsGiveTheSameFileAndItReadsBack() throws IOException {
        byte[] a = bytes(learn());
        byte[] b = bytes(learn());
        assertArrayEquals(a, b);
        WordClusters back = WordClusters.read(new ByteArrayInputStream(a));
        WordClusters c = learn();
        assertEquals(c.size(), back.size());
        for (String w : DRUGS) {
            assertEquals(c.packed(w), back.packed(w));
        }
        assertTrue(new String(a, StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("aspirin\t")));
    }

    private static byte[] bytes(WordClusters c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        return out.toByteArray();
    }

    @Test
    void aBadLineIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("aspirin\t1\t2\nkras\tx\t3\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("word classes, line 2: bad class number", e.getMessage());
        assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("aspirin 1 2\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theExtractorAddsClassFeaturesThatClassMatesShare() {
        WordClusters c = learn();
        FeatureExtractor plain = new FeatureExtractor(18);
        FeatureExtractor withClasses = new FeatureExtractor(18, c);
        Tokens a = EnglishTokenizer.split("treated with aspirin daily");
        Tokens b = EnglishTokenizer.split("treated with warfarin daily");
        int[] pa = plain.extract(a, DictionaryHints.NONE)[2];
        int[] ca = withClasses.extract(a, DictionaryHints.NONE)[2];
        int[] cb = withClasses.extract(b, DictionaryHints.NONE)[2];
        assertEquals(pa.length + 8, ca.length);
        assertArrayEquals(pa, Arrays.copyOf(ca, pa.length));
        // the class features of the two drugs are the same buckets; their word features are not
        List<Integer> shared = new ArrayList<>();
        for (int f : ca) {
            if (Arrays.stream(cb).anyMatch(x -> x == f) && Arrays.stream(pa).noneMatch(x -> x == f)) {
                shared.add(f);
            }
        }
        assertEquals(8, shared.size(), shared.toString());
    }
}
