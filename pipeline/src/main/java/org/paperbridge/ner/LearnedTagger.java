package org.paperbridge.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned English taggers, one {@link BioModel} per entity type, decoded together: the
 * models share the hashed feature space, so their weights sit side by side in one array (a
 * feature's weights for every type in one cache line) and each token's features are extracted
 * and looked up once for all types. Immutable and thread-safe.
 */
public final class LearnedTagger {
    /** Where the shipped models live on the class path; {@code models.txt} lists their files. */
    public static final String RESOURCE_DIR = "models/ner/";

    private final FeatureExtractor features;
    private final String[] types;
    private final float[][] transitions;
    private final float[] weights;
    private final int stride;

    private LearnedTagger(FeatureExtractor features, String[] types, float[][] transitions, float[] weights) {
        this.features = features;
        this.types = types;
        this.transitions = transitions;
        this.weights = weights;
        this.stride = types.length * Bio.LABELS;
    }

    /** Combines trained models, which must share their hash bits. */
    public static LearnedTagger of(List<BioModel> models) {
        int bits = models.get(0).bits();
        int stride = models.size() * Bio.LABELS;
        float[] weights = new float[(1 << bits) * stride];
        String[] types = new String[models.size()];
        float[][] transitions = new float[models.size()][];
        for (int m = 0; m < models.size(); m++) {
            BioModel model = models.get(m);
            if (model.bits() != bits) {
                throw new IllegalArgumentException("models differ in hash bits");
            }
            types[m] = model.type();
            transitions[m] = model.transitions();
            float[] w = model.weights();
            for (int k = 0; k < w.length; k++) {
                if (w[k] != 0) {
                    weights[(k / Bio.LABELS) * stride + m * Bio.LABELS + k % Bio.LABELS] = w[k];
                }
            }
        }
        return new LearnedTagger(new FeatureExtractor(bits), types, transitions, weights);
    }

    /** The models shipped in the jar, or null when the jar has none (a build without trained models). */
    public static LearnedTagger loadPackaged() {
        ClassLoader loader = LearnedTagger.class.getClassLoader();
        try (InputStream list = loader.getResourceAsStream(RESOURCE_DIR + "models.txt")) {
            if (list == null) {
                return null;
            }
            List<String> files = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        files.add(line.trim());
                    }
                }
            }
            return load(files.size(), m -> loader.getResourceAsStream(RESOURCE_DIR + files.get(m)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged NER models", e);
        }
    }

    /** Opens model {@code m} of a set. */
    @FunctionalInterface
    public interface ModelSource {
        InputStream open(int m) throws IOException;
    }

    /** Reads {@code count} model files straight into the combined weight array. */
    public static LearnedTagger load(int count, ModelSource source) throws IOException {
        String[] types = new String[count];
        float[][] transitions = new float[count][];
        float[][] weights = new float[1][];
        int[] bitsSeen = {-1};
        int stride = count * Bio.LABELS;
        for (int m = 0; m < count; m++) {
            final int offset = m * Bio.LABELS;
            try (InputStream in = source.open(m)) {
                if (in == null) {
                    throw new IOException("NER model " + m + " is missing");
                }
                ModelFile.Head head = ModelFile.read(in, bits -> {
                    if (bitsSeen[0] < 0) {
                        bitsSeen[0] = bits;
                        weights[0] = new float[(1 << bits) * stride];
                    } else if (bitsSeen[0] != bits) {
                        throw new IllegalArgumentException("NER models differ in hash bits");
                    }
                }, (k, v) -> weights[0][(k / Bio.LABELS) * stride + offset + k % Bio.LABELS] = v);
                types[m] = head.type();
                transitions[m] = head.transitions();
            }
        }
        return new LearnedTagger(new FeatureExtractor(bitsSeen[0]), types, transitions, weights[0]);
    }

    public List<String> types() {
        return List.of(types);
    }

    /** Mentions of every type in {@code text}, as UTF-16 ranges; types may overlap each other. */
    public List<Span> tag(String text, DictionaryHints hints) {
        return tag(EnglishTokenizer.split(text), hints);
    }

    public List<Span> tag(Tokens tokens, DictionaryHints hints) {
        int n = tokens.size();
        if (n == 0) {
            return List.of();
        }
        int[][] feats = features.extract(tokens, hints);
        float[] emissions = new float[n * stride];
        for (int i = 0; i < n; i++) {
            int base = i * stride;
            for (int f : feats[i]) {
                int row = f * stride;
                for (int k = 0; k < stride; k++) {
                    emissions[base + k] += weights[row + k];
                }
            }
        }
        List<Span> out = new ArrayList<>();
        for (int m = 0; m < types.length; m++) {
            int[] labels = BioModel.viterbi(emissions, m * Bio.LABELS, stride, transitions[m], n);
            out.addAll(Bio.spans(tokens, labels, types[m]));
        }
        return out;
    }
}
