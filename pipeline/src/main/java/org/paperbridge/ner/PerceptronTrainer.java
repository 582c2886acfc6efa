package org.paperbridge.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link BioModel} as an averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, move the weights towards the gold labels where they differ,
 * and keep the average of the weights over all steps. Sentences are visited in an order shuffled
 * by a fixed seed, so a training run is reproducible bit for bit.
 */
public final class PerceptronTrainer {
    /** One training sequence: the feature buckets of each token and its gold label. */
    public record Example(int[][] features, int[] labels) {
    }

    private final int epochs;
    private final long seed;
    private final int minCount;
    private final boolean secondOrder;

    /**
     * @param minCount buckets seen in fewer training tokens are dropped: one-off features mostly
     *                 memorize, and dropping them keeps the shipped model small
     */
    public PerceptronTrainer(int epochs, long seed, int minCount) {
        this(epochs, seed, minCount, false);
    }

    /** @param secondOrder whether the model also weighs label triples (see {@link BioModel}) */
    public PerceptronTrainer(int epochs, long seed, int minCount, boolean secondOrder) {
        this.epochs = epochs;
        this.seed = seed;
        this.minCount = minCount;
        this.secondOrder = secondOrder;
    }

    public BioModel train(String type, int bits, List<Example> examples) {
        int dim = 1 << bits;
        List<Example> data = pruneRare(examples, dim);
        final int L = Bio.LABELS;
        float[] w = new float[dim * L];
        double[] acc = new double[dim * L];
        float[] t = new float[secondOrder ? BioModel.SECOND_ORDER : BioModel.FIRST_ORDER];
        double[] tacc = new double[t.length];
        BioModel current = new BioModel(type, bits, w, t);
        Random random = new Random(seed);
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int idx : order) {
                Example ex = data.get(idx);
                int[] predicted = current.decode(ex.features());
                int[] gold = ex.labels();
                for (int i = 0; i < gold.length; i++) {
                    if (predicted[i] != gold[i]) {
                        for (int f : ex.features()[i]) {
                            update(w, acc, f * L + gold[i], 1, step);
                            update(w, acc, f * L + predicted[i], -1, step);
                        }
                    }
                    int gp = i == 0 ? Bio.START : gold[i - 1];
                    int pp = i == 0 ? Bio.START : predicted[i - 1];
                    if (gp != pp || gold[i] != predicted[i]) {
                        update(t, tacc, gp * L + gold[i], 1, step);
                        update(t, tacc, pp * L + predicted[i], -1, step);
                    }
                    if (secondOrder) {
                        int gpp = i < 2 ? Bio.START : gold[i - 2];
                        int ppp = i < 2 ? Bio.START : predicted[i - 2];
                        if (gpp != ppp || gp != pp || gold[i] != predicted[i]) {
                            update(t, tacc, BioModel.FIRST_ORDER + (gpp * (L + 1) + gp) * L + gold[i], 1, step);
                            update(t, tacc, BioModel.FIRST_ORDER + (ppp * (L + 1) + pp) * L + predicted[i], -1, step);
                        }
                    }
                }
                step++;
            }
        }
        return new BioModel(type, bits, average(w, acc, step), average(t, tacc, step));
    }

    private static void update(float[] w, double[] acc, int k, int delta, long step) {
        w[k] += delta;
        acc[k] += (double) step * delta;
    }

    /** The weights averaged over all steps: w - acc / step (the lazy-averaging identity). */
    private static float[] average(float[] w, double[] acc, long step) {
        float[] out = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = (float) (w[k] - acc[k] / step);
        }
        return out;
    }

    private List<Example> pruneRare(List<Example> examples, int dim) {
        if (minCount <= 1) {
            return examples;
        }
        int[] counts = new int[dim];
        for (Example ex : examples) {
            for (int[] token : ex.features()) {
                for (int f : token) {
                    if (counts[f] < minCount) {
                        counts[f]++;
                    }
                }
            }
        }
        List<Example> out = new ArrayList<>(examples.size());
        for (Example ex : examples) {
            int[][] kept = new int[ex.features().length][];
            for (int i = 0; i < kept.length; i++) {
                int[] token = ex.features()[i];
                int n = 0;
                int[] buf = new int[token.length];
                for (int f : token) {
                    if (counts[f] >= minCount) {
                        buf[n++] = f;
                    }
                }
                kept[i] = java.util.Arrays.copyOf(buf, n);
            }
            out.add(new Example(kept, ex.labels()));
        }
        return out;
    }
}
