package org.paperbridge.batch;

/**
 * A MinHash signature of a text's 5-code-point shingles, made with one hash per shingle (one
 * permutation hashing, Li, Owen and Zhang 2012): a polynomial rolling hash, mixed once, whose top
 * bits choose one of {@value #SIZE} bins and whose low bits compete for the bin's minimum. Empty
 * bins borrow from the next full bin to the right, shifted by the distance (rotation
 * densification, Shrivastava and Li 2014), so the share of equal bins estimates the Jaccard
 * similarity of the two shingle sets even for short texts. 128 ints: 512 bytes a signature.
 */
final class MinHash {
    static final int SIZE = 128;
    static final int SHINGLE = 5;
    private static final int BIN_SHIFT = 64 - 7; // 2^7 = SIZE bins
    private static final long BASE = 0x100000001B3L;
    private static final long BASE_POW = pow(BASE, SHINGLE - 1);
    private static final int EMPTY = -1;
    /** What an empty bin adds per bin of distance to the value it borrows, so borrowed values differ from their source. */
    private static final int DISTANCE_STEP = 0x5BD1E995;

    private MinHash() {
    }

    /** The signature of {@code length} code points of {@code text}; all {@link #EMPTY} when it has no shingle. */
    static int[] of(int[] text, int length) {
        int[] bins = new int[SIZE];
        java.util.Arrays.fill(bins, EMPTY);
        long h = 0;
        for (int i = 0; i < length; i++) {
            if (i >= SHINGLE) {
                h -= text[i - SHINGLE] * BASE_POW;
            }
            h = h * BASE + text[i];
            if (i >= SHINGLE - 1) {
                long m = mix(h);
                int bin = (int) (m >>> BIN_SHIFT);
                int value = (int) m & 0x7FFFFFFF;
                int current = bins[bin];
                if (current == EMPTY || value < current) {
                    bins[bin] = value;
                }
            }
        }
        densify(bins);
        return bins;
    }

    private static void densify(int[] bins) {
        int full = -1;
        for (int i = 0; i < SIZE; i++) {
            if (bins[i] != EMPTY) {
                full = i;
                break;
            }
        }
        if (full < 0) {
            return;
        }
        int[] original = bins.clone();
        for (int i = 0; i < SIZE; i++) {
            if (original[i] != EMPTY) {
                continue;
            }
            int distance = 1;
            while (original[(i + distance) % SIZE] == EMPTY) {
                distance++;
            }
            bins[i] = (original[(i + distance) % SIZE] + distance * DISTANCE_STEP) & 0x7FFFFFFF;
        }
    }

    /** Whether the text had no shingle at all (fewer than {@value #SHINGLE} code points). */
    static boolean isEmpty(int[] signature) {
        return signature[0] == EMPTY;
    }

    /** The estimated Jaccard similarity of the two shingle sets: the share of equal bins; 0 when either is empty. */
    static double similarity(int[] a, int[] b) {
        if (isEmpty(a) || isEmpty(b)) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The 64-bit finalizer of MurmurHash3: every input bit moves every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private static long pow(long base, int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }
}
