package org.paperbridge.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Document-level train/dev/test splits: an article's split depends only on a hash of its id, so
 * no article's sentences fall in two splits, and the split is the same on every run, thread count
 * and machine, and stays put when articles are added to the corpus.
 */
public record Splits(double train, double dev, double test) {
    public static final Splits DEFAULT = new Splits(0.8, 0.1, 0.1);

    public Splits {
        if (train < 0 || dev < 0 || test < 0 || Math.abs(train + dev + test - 1) > 1e-9) {
            throw new IllegalArgumentException("split ratios must be non-negative and add up to 1, got "
                    + train + "/" + dev + "/" + test);
        }
    }

    /** Ratios written {@code 80/10/10} or {@code 0.8/0.1/0.1}, in the order train/dev/test. */
    public static Splits parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("splits are train/dev/test, e.g. 80/10/10, not '" + text + "'");
        }
        double[] r = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            try {
                r[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("splits are train/dev/test, e.g. 80/10/10, not '" + text + "'");
            }
            sum += r[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("split ratios add up to 0: '" + text + "'");
        }
        return new Splits(r[0] / sum, r[1] / sum, 1 - r[0] / sum - r[1] / sum);
    }

    /** "train", "dev" or "test" for the article with this id. */
    public String of(String articleId) {
        double u = unit(articleId);
        if (u < train) {
            return "train";
        }
        return u < train + dev ? "dev" : "test";
    }

    /** The id's SHA-256 read as a number in [0, 1): uniform, and independent of anything else. */
    private static double unit(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long top = 0;
            for (int i = 0; i < 7; i++) {
                top = top << 8 | (h[i] & 0xFF);
            }
            return top / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
