package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The combined tagger (shared features, zero rows left out, rows summed four at a time) finds
 * exactly what each model finds on its own, decoded from its model file.
 */
class LearnedTaggerTest {
    private static final String[] GENES = {"Abc1", "Xyl2", "Brk4", "Tmp7", "Qrs9", "Hlx3", "Dnm5", "Pqt8"};
    private static final String[] TISSUES = {"liver", "kidney", "spleen", "lung"};
    private static final String[] FRAMES = {"The %s protein binds %s cells .", "Expression of %s rose in the %s .",
            "We knocked down %s in %s tissue .", "Levels of %s fell in %s biopsies ."};

    /** Sentences with a gene (type gene) and a tissue (type tissue) in each. */
    private static List<LabeledText> corpus(long seed, int size) {
        Random r = new Random(seed);
        List<LabeledText> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String gene = GENES[r.nextInt(GENES.length)];
            String tissue = TISSUES[r.nextInt(TISSUES.length)];
            String text = String.format(FRAMES[r.nextInt(FRAMES.length)], gene, tissue);
            int g = text.indexOf(gene);
            int t = text.indexOf(tissue, g + gene.length());
            out.add(new LabeledText(text, List.of(new Span(g, g + gene.length(), "gene"),
                    new Span(t, t + tissue.length(), "tissue"))));
        }
        return out;
    }

    @Test
    void theCombinedTaggerFindsWhatEachModelFinds() throws Exception {
        FeatureExtractor fx = new FeatureExtractor(14);
        NerTraining training = new NerTraining(fx, DictionaryHints.NONE, new PerceptronTrainer(6, 2, 1));
        List<LabeledText> train = corpus(5, 60);
        List<BioModel> models = List.of(training.train("gene", train), training.train("tissue", train));
        LearnedTagger tagger = LearnedTagger.of(models);
        List<BioModel> quantized = new ArrayList<>();
        for (BioModel m : models) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ModelFile.write(m, bytes);
            quantized.add(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())));
        }
        List<String> texts = new ArrayList<>();
        for (LabeledText t : corpus(11, 30)) {
            texts.add(t.text());
        }
        // unseen words and shapes: features whose buckets have no row
        texts.add("Qqq77 and ZZZ-9 were measured in the gall bladder of 12 patients ( p < 0.05 ) .");
        texts.add("x");
        int found = 0;
        for (String text : texts) {
            Tokens tokens = EnglishTokenizer.split(text);
            int[][] features = fx.extract(tokens, DictionaryHints.NONE);
            List<String> expected = new ArrayList<>();
            for (BioModel m : quantized) {
                for (int[] range : Bio.ranges(m.decode(features))) {
                    // the tagger mends lone brackets ("tissue )" here) after decoding
                    for (int[] r : Brackets.mend(tokens, range[0], range[1])) {
                        expected.add(m.type() + " " + text.substring(tokens.starts()[r[0]], tokens.ends()[r[1]]));
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            for (Span s : tagger.tag(tokens, DictionaryHints.NONE)) {
                actual.add(s.type() + " " + text.substring(s.start(), s.end()));
            }
            assertEquals(expected, actual, text);
            found += actual.size();
        }
        assertFalse(found < texts.size(), "mentions found: " + found);
    }
}
