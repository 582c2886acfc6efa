package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-place feature hashes are the buckets the shipped models were trained on: every token's
 * features equal those of the string-building extractor, on corpus sentences and on text that
 * stresses lower-casing, shapes, long tokens and dictionary hints.
 */
class FeatureHashesTest {
    private static final Path SAMPLE = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures", "ner", "bc2gm-devel-sample.tsv");

    /** Hints that match every lexicon type on the tokens of a few words, so every hint feature occurs. */
    private static final DictionaryHints SOME_HINTS = (text, sink) -> {
        String[] words = {"IL", "gene", "cells", "TNF", "p53", "cancer", "alpha", "Σ"};
        for (String w : words) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                String type = FeatureExtractor.HINT_TYPES.get(Math.floorMod(w.hashCode(), FeatureExtractor.HINT_TYPES.size()));
                sink.match(at, at + w.length(), type);
                sink.match(at, Math.min(text.length(), at + w.length() + 2), "gene");
                sink.match(at, at + w.length(), "not-a-hint-type");
            }
        }
    };

    @Test
    void corpusSentencesGetTheBucketsTheModelsWereTrainedOn() throws Exception {
        List<String> texts = new ArrayList<>();
        for (NerCorpus.ConllText t : NerCorpus.readConll(SAMPLE, Map.of())) {
            texts.add(t.sentence().text());
        }
        assertTrue(texts.size() > 50, "sample sentences: " + texts.size());
        int tokens = assertSame(texts, 20);
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
    }

    @Test
    void unusualTextGetsTheSameBuckets() {
        assertSame(List.of(
                "İstanbul ΣΟΦΟΣ ǅemal TNFα IL-1β NF-κB p53 alpha-synuclein interferongamma",
                "A", "x", "",
                "a veryveryveryveryverylongtokenofthirtyletters and ABCDEFGHIJKLMNOPQRSTUV12345 mixedCaseWORD",
                "ﬁbroblast ÅNGSTRÖM straße ＩＬ２ 1,25-(OH)2D3 Ca2+ [3H]thymidine",
                "IL gene cells TNF p53 cancer alpha Σ IL IL gene",
                "exactly24charactersinone 23characterstokenhere1 abc ab"), 16);
    }

    @Test
    void hashBitsBoundTheBuckets() {
        FeatureExtractor fx = new FeatureExtractor(10);
        for (int[] token : fx.extract(EnglishTokenizer.split("The IL-2 receptor alpha chain"), SOME_HINTS)) {
            for (int b : token) {
                assertTrue(b >= 0 && b < 1 << 10, "bucket " + b);
            }
        }
    }

    private static int assertSame(List<String> texts, int bits) {
        FeatureExtractor fast = new FeatureExtractor(bits);
        StringFeatureExtractor reference = new StringFeatureExtractor(bits);
        int compared = 0;
        for (String text : texts) {
            for (DictionaryHints hints : List.of(DictionaryHints.NONE, SOME_HINTS)) {
                Tokens tokens = EnglishTokenizer.split(text);
                int[][] expected = reference.extract(tokens, hints);
                int[][] actual = fast.extract(tokens, hints);
                assertEquals(expected.length, actual.length, text);
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], actual[i], () -> text);
                }
                compared += expected.length;
            }
        }
        return compared;
    }
}
