package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer on a tiny corpus of made-up sentences: it must generalize from context and shape to unseen names. */
class PerceptronTrainerTest {
    private static final String[] GENES = {"Abc1", "Xyl2", "Brk4", "Tmp7", "Qrs9", "Hlx3", "Dnm5", "Pqt8"};
    private static final String[] WORDS = {"cells", "growth", "the liver", "mice", "serum", "culture"};
    private static final String[] FRAMES = {"The %s protein binds %s .", "Expression of %s rose in %s .",
            "We knocked down %s in %s .", "Levels of %s fell in %s ."};

    /** Forty sentences, each with one gene name in a frame, the other slot filled with a plain word. */
    static List<LabeledText> corpus(long seed) {
        Random r = new Random(seed);
        List<LabeledText> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String gene = GENES[r.nextInt(GENES.length)];
            String frame = FRAMES[r.nextInt(FRAMES.length)];
            String text = String.format(frame, gene, WORDS[r.nextInt(WORDS.length)]);
            int start = text.indexOf(gene);
            out.add(new LabeledText(text, List.of(new Span(start, start + gene.length(), "gene"))));
        }
        return out;
    }

    private static BioModel train(long seed) {
        FeatureExtractor fx = new FeatureExtractor(16);
        return new NerTraining(fx, DictionaryHints.NONE, new PerceptronTrainer(8, seed, 1)).train("gene", corpus(7));
    }

    @Test
    void findsAnUnseenNameInAKnownFrame() throws Exception {
        LearnedTagger tagger = LearnedTagger.of(List.of(train(1)));
        String text = "Expression of Zvw6 rose in serum .";
        List<Span> found = tagger.tag(text, DictionaryHints.NONE);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Zvw6", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("gene", found.get(0).type());
        assertTrue(found.get(0).margin() > 0);
        assertEquals(List.of(), tagger.tag("Levels of serum fell in mice .", DictionaryHints.NONE));
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        BioModel a = train(3);
        BioModel b = train(3);
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.transitions(), b.transitions());
    }

    @Test
    void aModelFileDecodesAsTheModelDoes() throws Exception {
        BioModel model = train(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(model, bytes);
        BioModel read = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("gene", read.type());
        FeatureExtractor fx = new FeatureExtractor(16);
        for (LabeledText t : corpus(99)) {
            int[][] f = fx.extract(EnglishTokenizer.split(t.text()), DictionaryHints.NONE);
            assertArrayEquals(model.decode(f), read.decode(f), t.text());
        }
    }

    @Test
    void aSecondOrderModelFindsTheNameAndItsFileDecodesAsItDoes() throws Exception {
        FeatureExtractor fx = new FeatureExtractor(16);
        BioModel model = new NerTraining(fx, DictionaryHints.NONE, new PerceptronTrainer(8, 1, 1, true))
                .train("gene", corpus(7));
        assertTrue(model.secondOrder());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(model, bytes);
        BioModel read = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.secondOrder());
        assertArrayEquals(model.transitions(), read.transitions());
        for (LabeledText t : corpus(99)) {
            int[][] f = fx.extract(EnglishTokenizer.split(t.text()), DictionaryHints.NONE);
            assertArrayEquals(model.decode(f), read.decode(f), t.text());
        }
        String text = "Expression of Zvw6 rose in serum .";
        List<Span> found = LearnedTagger.of(List.of(read)).tag(text, DictionaryHints.NONE);
        assertEquals(List.of("Zvw6"), found.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void aDamagedModelFileIsAClearError() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(train(1), bytes);
        byte[] whole = bytes.toByteArray();
        // The same model cut before its last weights: re-compress the first part of its content.
        byte[] content = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(whole)).readAllBytes();
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(cut)) {
            out.write(content, 0, content.length - 5);
        }
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ModelFile.read(new ByteArrayInputStream(cut.toByteArray())));
        assertEquals("NER model file is cut short", e.getMessage());
        java.io.IOException notModel = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ModelFile.read(new ByteArrayInputStream(gzip("hello world".getBytes()))));
        assertEquals("not a PaperBridge NER model", notModel.getMessage());
    }

    private static byte[] gzip(byte[] content) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void dictionaryHintsBecomeFeatures() {
        FeatureExtractor fx = new FeatureExtractor(16);
        Tokens tokens = EnglishTokenizer.split("the Abc1 gene");
        int[][] plain = fx.extract(tokens, DictionaryHints.NONE);
        int[][] hinted = fx.extract(tokens, (text, sink) -> sink.match(4, 8, "gene"));
        assertTrue(hinted[1].length > plain[1].length);
        // The neighbours see it too: "a match starts next", "a match ended just before".
        assertEquals(plain[0].length + 1, hinted[0].length);
        assertEquals(plain[2].length + 1, hinted[2].length);
        // A match that does not line up with token boundaries is ignored.
        int[][] misaligned = fx.extract(tokens, (text, sink) -> sink.match(5, 8, "gene"));
        for (int i = 0; i < plain.length; i++) {
            assertArrayEquals(plain[i], misaligned[i]);
        }
    }
}
