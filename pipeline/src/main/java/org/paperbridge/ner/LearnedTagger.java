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
 * and looked up once for all types. Weights are kept as the model files' 16-bit values with a
 * scale per model, half the memory of floats, and only the rows of buckets that hold a weight
 * are kept (a third of the buckets). Immutable and thread-safe.
 */
public final class LearnedTagger {
    /** Where the shipped models live on the class path; {@code models.txt} lists their files. */
    public static final String RESOURCE_DIR = "models/ner/";
    /** The word classes the models were trained with, beside them (absent: models without class features). */
    public static final String CLUSTERS_FILE = "en-clusters.tsv.gz";
    /** The words that never begin or end a training mention of a type, beside them (absent: spans as decoded). */
    public static final String EDGES_FILE = "en-edges.tsv";

    private final FeatureExtractor features;
    private final String[] types;
    private final float[][] transitions;
    /** The rows of the buckets with a weight other than zero, in bucket order; {@link #present} says which. */
    private final short[] weights;
    private final float[] scales;
    private final int stride;
    /** Bit b set: bucket b has a row in {@link #weights}. */
    private final long[] present;
    /** Per word of {@link #present}: the rows before it (the rank of its first bucket). */
    private final int[] rank;
    private final MentionEdges edges;

    /**
     * @param weights the rows of the buckets {@code present} marks, {@code types.length * 5} values each
     * @param scales  per model: weight = stored value * scale
     */
    private LearnedTagger(FeatureExtractor features, String[] types, float[][] transitions, long[] present,
                          int[] rank, short[] weights, float[] scales, MentionEdges edges) {
        this.features = features;
        this.types = types;
        this.transitions = transitions;
        this.present = present;
        this.rank = rank;
        this.weights = weights;
        this.scales = scales;
        this.stride = types.length * Bio.LABELS;
        this.edges = edges;
    }

    /** The same models with their spans trimmed of the words {@code edges} lists. */
    public LearnedTagger withEdges(MentionEdges edges) {
        return new LearnedTagger(features, types, transitions, present, rank, weights, scales, edges);
    }

    /** Combines trained models, which must share their hash bits, quantized as their model files are. */
    public static LearnedTagger of(List<BioModel> models) throws IOException {
        return of(models, WordClusters.NONE);
    }

    /** Combines trained models, as {@link #of(List)}, whose features used these word classes. */
    public static LearnedTagger of(List<BioModel> models, WordClusters clusters) throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (BioModel m : models) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ModelFile.write(m, bytes);
            files.add(bytes.toByteArray());
        }
        return load(files.size(), m -> new java.io.ByteArrayInputStream(files.get(m)), clusters);
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
            WordClusters clusters = WordClusters.NONE;
            try (InputStream raw = loader.getResourceAsStream(RESOURCE_DIR + CLUSTERS_FILE)) {
                if (raw != null) {
                    clusters = WordClusters.read(new java.util.zip.GZIPInputStream(raw, 1 << 16));
                }
            }
            MentionEdges edges = MentionEdges.NONE;
            try (InputStream raw = loader.getResourceAsStream(RESOURCE_DIR + EDGES_FILE)) {
                if (raw != null) {
                    edges = MentionEdges.read(raw);
                }
            }
            return load(files.size(), m -> loader.getResourceAsStream(RESOURCE_DIR + files.get(m)), clusters)
                    .withEdges(edges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged NER models", e);
        }
    }

    /** Opens model {@code m} of a set. */
    @FunctionalInterface
    public interface ModelSource {
        InputStream open(int m) throws IOException;
    }

    /**
     * Reads {@code count} model files into the combined weight array. About three buckets in four
     * hold no weight for any type (features dropped in training): their rows are left out, which
     * makes the array a third of the size, and a bitmap that stays in the processor's cache tells
     * which rows exist, so a rare feature costs no memory access. The array is built from the
     * files' sparse weights directly, never as the full {@code 2^bits} rows.
     */
    public static LearnedTagger load(int count, ModelSource source, WordClusters clusters) throws IOException {
        String[] types = new String[count];
        float[][] transitions = new float[count][];
        float[] scales = new float[count];
        ModelFile.Stored[] stored = new ModelFile.Stored[count];
        int bits = -1;
        for (int m = 0; m < count; m++) {
            try (InputStream in = source.open(m)) {
                if (in == null) {
                    throw new IOException("NER model " + m + " is missing");
                }
                stored[m] = ModelFile.readStored(in);
            }
            ModelFile.Head head = stored[m].head();
            if (bits >= 0 && bits != head.bits()) {
                throw new IllegalArgumentException("NER models differ in hash bits");
            }
            bits = head.bits();
            types[m] = head.type();
            transitions[m] = head.transitions();
            scales[m] = 1 / head.scale();
        }
        if (count == 0) {
            throw new IOException("no NER models listed");
        }
        long[] present = new long[((1 << bits) + 63) / 64];
        for (ModelFile.Stored s : stored) {
            for (int k : s.indexes()) {
                int b = k / Bio.LABELS;
                present[b >>> 6] |= 1L << b;
            }
        }
        int[] rank = new int[present.length];
        int rows = 0;
        for (int w = 0; w < present.length; w++) {
            rank[w] = rows;
            rows += Long.bitCount(present[w]);
        }
        int stride = count * Bio.LABELS;
        short[] weights = new short[rows * stride];
        for (int m = 0; m < count; m++) {
            int[] indexes = stored[m].indexes();
            short[] values = stored[m].values();
            int offset = m * Bio.LABELS;
            for (int i = 0; i < indexes.length; i++) {
                int b = indexes[i] / Bio.LABELS;
                long word = present[b >>> 6];
                int row = rank[b >>> 6] + Long.bitCount(word & ((1L << b) - 1));
                weights[row * stride + offset + indexes[i] % Bio.LABELS] = values[i];
            }
        }
        return new LearnedTagger(new FeatureExtractor(bits, clusters), types, transitions, present, rank, weights,
                scales, MentionEdges.NONE);
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
        int[] sums = new int[stride];
        int[] rows = new int[maxLength(feats)];
        float[] emissions = new float[n * stride];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            addRows(rows, rowsOf(feats[i], rows), sums);
            int base = i * stride;
            for (int k = 0; k < stride; k++) {
                emissions[base + k] = sums[k] * scales[k / Bio.LABELS];
            }
        }
        List<Span> out = new ArrayList<>();
        for (int m = 0; m < types.length; m++) {
            int offset = m * Bio.LABELS;
            int[] labels = BioModel.viterbi(emissions, offset, stride, transitions[m], n);
            for (int[] found : Bio.ranges(labels)) {
                for (int[] mended : Brackets.mend(tokens, found[0], found[1])) {
                    int[] r = edges.trim(tokens, types[m], mended[0], mended[1]);
                    if (r == null) {
                        continue;
                    }
                    float margin = 0;
                    for (int i = r[0]; i <= r[1]; i++) {
                        margin += emissions[i * stride + offset + labels[i]] - emissions[i * stride + offset + Bio.O];
                    }
                    out.add(new Span(tokens.starts()[r[0]], tokens.ends()[r[1]], types[m], margin / (r[1] - r[0] + 1)));
                }
            }
        }
        return out;
    }

    /**
     * Adds the weight rows of {@code features} to {@code sums}, four rows per pass: the rows of
     * rare features are cache misses in the 40 MB array, and four independent loads per step let
     * the processor wait for them together instead of one after another (the sums are exact
     * integers, so the order of adding does not change them).
     */
    private void addRows(int[] rows, int count, int[] sums) {
        int f = 0;
        for (; f + 4 <= count; f += 4) {
            int r0 = rows[f];
            int r1 = rows[f + 1];
            int r2 = rows[f + 2];
            int r3 = rows[f + 3];
            for (int k = 0; k < stride; k++) {
                sums[k] += weights[r0 + k] + weights[r1 + k] + weights[r2 + k] + weights[r3 + k];
            }
        }
        for (; f < count; f++) {
            int row = rows[f];
            for (int k = 0; k < stride; k++) {
                sums[k] += weights[row + k];
            }
        }
    }

    /** Writes the offsets in {@link #weights} of the rows of {@code features} that have one; returns how many. */
    private int rowsOf(int[] features, int[] rows) {
        int count = 0;
        for (int f : features) {
            long word = present[f >>> 6];
            long bit = 1L << f;
            if ((word & bit) != 0) {
                rows[count++] = (rank[f >>> 6] + Long.bitCount(word & (bit - 1))) * stride;
            }
        }
        return count;
    }

    private static int maxLength(int[][] arrays) {
        int max = 0;
        for (int[] a : arrays) {
            max = Math.max(max, a.length);
        }
        return max;
    }
}
