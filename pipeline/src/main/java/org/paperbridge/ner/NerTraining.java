package org.paperbridge.ner;

import java.util.ArrayList;
import java.util.List;

/** Turns gold texts into perceptron examples (our tokenizer, the shared features) and trains one type's model. */
public final class NerTraining {
    private final FeatureExtractor features;
    private final DictionaryHints hints;
    private final PerceptronTrainer trainer;

    public NerTraining(FeatureExtractor features, DictionaryHints hints, PerceptronTrainer trainer) {
        this.features = features;
        this.hints = hints;
        this.trainer = trainer;
    }

    /** Trains the model of {@code type} on the mentions of that type in {@code texts} (other types count as O). */
    public BioModel train(String type, List<LabeledText> texts) {
        List<PerceptronTrainer.Example> examples = new ArrayList<>(texts.size());
        for (LabeledText t : texts) {
            Tokens tokens = EnglishTokenizer.split(t.text());
            if (tokens.size() == 0) {
                continue;
            }
            examples.add(new PerceptronTrainer.Example(features.extract(tokens, hints), Bio.labels(tokens, t.spans(), type)));
        }
        return trainer.train(type, features.bits(), examples);
    }
}
