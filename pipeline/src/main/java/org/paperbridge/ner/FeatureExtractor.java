package org.paperbridge.ner;

import org.paperbridge.lang.Greek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * BANNER/Gimli-style token features, hashed into {@code 2^bits} buckets: the word and its lower
 * case, its shape, prefixes and suffixes, character trigrams, Greek-letter, digit and case flags,
 * the neighbouring words and shapes, and the dictionary types matching at and around the token.
 * Hashing keeps the model a flat weight array with no feature dictionary to ship. Thread-safe.
 */
public final class FeatureExtractor {
    /** Dictionary types the hints are told apart by (others are ignored). */
    static final List<String> HINT_TYPES = List.of("gene", "mirna", "ncrna", "cell_type", "disease", "chemical",
            "species");
    private static final int MAX_FEATURES = 96;
    /** Positions before the first and after the last token that features look at. */
    private static final int PAD = 3;
    private static final String START = "<s>";
    private static final String END = "</s>";
    /** Hashes of the texts of fixed features: the length 0..12 and the dictionary-hint marks. */
    private static final int[] LENGTH_HASHES = new int[13];
    private static final int H_B = "B".hashCode();
    private static final int H_I = "I".hashCode();
    private static final int H_NEXT = "next".hashCode();
    private static final int H_AFTER = "after".hashCode();
    /** The word class of the positions before and after the sentence (unknown words are {@link WordClusters#UNKNOWN}). */
    private static final int BOUNDARY_CLASS = -2;

    static {
        for (int len = 0; len < LENGTH_HASHES.length; len++) {
            LENGTH_HASHES[len] = Integer.toString(len).hashCode();
        }
    }

    private final int bits;
    private final WordClusters clusters;

    public FeatureExtractor(int bits) {
        this(bits, WordClusters.NONE);
    }

    /** @param clusters word classes whose features are added (none with {@link WordClusters#NONE}) */
    public FeatureExtractor(int bits, WordClusters clusters) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("hash bits must be within 10..26: " + bits);
        }
        this.bits = bits;
        this.clusters = clusters;
    }

    public WordClusters clusters() {
        return clusters;
    }

    public int bits() {
        return bits;
    }

    /**
     * The feature buckets of every token of {@code tokens}. Each feature's hash is computed from
     * the characters in place, as {@link String#hashCode()} of the feature's text would be (the
     * shipped models were trained on those hashes), without building the text: per token, the
     * hashes of its lower case, shapes and last three letters are computed once and shared by the
     * features of it and of its neighbours.
     */
    public int[][] extract(Tokens tokens, DictionaryHints hints) {
        int n = tokens.size();
        String text = tokens.text();
        int[] starts = tokens.starts();
        int[] ends = tokens.ends();
        // Per-position hashes, offset by PAD so positions -3..n+2 ("<s>" before, "</s>" after) need no checks.
        int m = n + 2 * PAD;
        String[] lower = new String[n];
        int[] hLower = new int[m];
        int[] hShape = new int[m];
        int[] hBrief = new int[m];
        int[] hTail3 = new int[m];
        int[] briefPow = new int[n];
        for (int p = 0; p < PAD; p++) {
            fillBoundary(hLower, hShape, hBrief, hTail3, p, START);
            fillBoundary(hLower, hShape, hBrief, hTail3, n + PAD + p, END);
        }
        for (int i = 0; i < n; i++) {
            String lw = lowerCase(text, starts[i], ends[i]);
            lower[i] = lw;
            hLower[i + PAD] = lw.hashCode();
            hTail3[i + PAD] = tailHash(lw, 3);
            long shapes = shapeHashes(text, starts[i], ends[i]);
            hShape[i + PAD] = (int) (shapes >>> 32);
            hBrief[i + PAD] = (int) shapes;
            briefPow[i] = briefPow(text, starts[i], ends[i]);
        }
        // Word classes per position, padded as the hashes are; the sentence's edges are a class of their own.
        int[] cls = null;
        if (!clusters.isEmpty()) {
            cls = new int[m];
            Arrays.fill(cls, BOUNDARY_CLASS);
            for (int i = 0; i < n; i++) {
                cls[i + PAD] = clusters.packed(lower[i]);
            }
        }
        int[] hintB = new int[n];
        int[] hintI = new int[n];
        markHints(tokens, hints, hintB, hintI);
        int[][] out = new int[n][];
        int[] buf = new int[MAX_FEATURES + 48];
        for (int i = 0; i < n; i++) {
            int k = 0;
            int c = i + PAD;
            int from = starts[i];
            int to = ends[i];
            String lw = lower[i];
            int lwh = hLower[c];
            int briefH = hBrief[c];
            buf[k++] = hash(1, 0);
            buf[k++] = hash(2, rangeHash(text, from, to));
            buf[k++] = hash(3, lwh);
            buf[k++] = hash(4, hLower[c - 1]);
            buf[k++] = hash(5, hLower[c + 1]);
            buf[k++] = hash(6, hLower[c - 2]);
            buf[k++] = hash(7, hLower[c + 2]);
            buf[k++] = hash(8, hLower[c - 1], lwh);
            buf[k++] = hash(9, lwh, hLower[c + 1]);
            buf[k++] = hash(10, hShape[c]);
            buf[k++] = hash(11, briefH);
            buf[k++] = hash(12, hBrief[c - 1], briefH);
            buf[k++] = hash(13, briefH, hBrief[c + 1]);
            // the text "previous brief shape, space, this brief shape"
            buf[k++] = hash(14, (hBrief[c - 1] * 31 + ' ') * briefPow[i] + briefH, hBrief[c + 1]);
            buf[k++] = hash(15, hLower[c - 3]);
            buf[k++] = hash(16, hLower[c + 3]);
            buf[k++] = hash(17, hShape[c - 1]);
            buf[k++] = hash(18, hShape[c + 1]);
            buf[k++] = hash(19, hBrief[c - 2], hBrief[c + 2]);
            buf[k++] = hash(45, hTail3[c - 1]);
            buf[k++] = hash(46, hTail3[c + 1]);
            buf[k++] = hash(47, hLower[c - 2], hLower[c - 1]);
            buf[k++] = hash(48, hLower[c + 1], hLower[c + 2]);
            int len = to - from;
            int prefix = 0;
            int suffix = 0;
            int pow = 1;
            for (int a = 1; a <= 5 && a <= len; a++) {
                prefix = prefix * 31 + text.charAt(from + a - 1);
                suffix += text.charAt(to - a) * pow;
                pow *= 31;
                buf[k++] = hash(20 + a, prefix);
                buf[k++] = hash(30 + a, suffix);
            }
            if (len > 2 && len <= 24) {
                // character n-grams of "^" + lower case + "$"
                int padded = lw.length() + 2;
                for (int g = 0; g + 3 <= padded && k < MAX_FEATURES; g++) {
                    buf[k++] = hash(40, (paddedAt(lw, g) * 31 + paddedAt(lw, g + 1)) * 31 + paddedAt(lw, g + 2));
                }
                for (int g = 0; g + 4 <= padded && k < MAX_FEATURES; g++) {
                    buf[k++] = hash(39, ((paddedAt(lw, g) * 31 + paddedAt(lw, g + 1)) * 31 + paddedAt(lw, g + 2)) * 31
                            + paddedAt(lw, g + 3));
                }
            }
            buf[k++] = hash(41, flagsHash(text, from, to, lw));
            buf[k++] = hash(42, LENGTH_HASHES[Math.min(len, 12)]);
            buf[k++] = hash(43, lwh, hShape[c + 1]);
            buf[k++] = hash(44, hShape[c - 1], lwh);
            if (cls != null) {
                k = classFeatures(buf, k, cls, c);
            }
            int hb = hintB[i];
            int hi = hintI[i];
            for (int t = 0; t < HINT_TYPES.size(); t++) {
                int bit = 1 << t;
                if ((hb & bit) != 0) {
                    buf[k++] = hash(50 + t, H_B);
                    buf[k++] = hash(60 + t, briefH);
                }
                if ((hi & bit) != 0) {
                    buf[k++] = hash(50 + t, H_I);
                }
                if (i + 1 < n && (hintB[i + 1] & bit) != 0) {
                    buf[k++] = hash(70 + t, H_NEXT);
                }
                if (i > 0 && ((hintB[i - 1] | hintI[i - 1]) & bit) != 0 && (hi & bit) == 0) {
                    buf[k++] = hash(70 + t, H_AFTER);
                }
            }
            out[i] = Arrays.copyOf(buf, k);
        }
        return out;
    }

    /**
     * The word-class features of the token at padded position {@code c}: its fine and coarse class,
     * the fine classes of its neighbours and the coarse ones two away, and the class bigrams with
     * each neighbour.
     */
    private int classFeatures(int[] buf, int k, int[] cls, int c) {
        buf[k++] = hash(80, fine(cls[c]));
        buf[k++] = hash(81, coarse(cls[c]));
        buf[k++] = hash(82, fine(cls[c - 1]));
        buf[k++] = hash(83, fine(cls[c + 1]));
        buf[k++] = hash(84, coarse(cls[c - 2]));
        buf[k++] = hash(85, coarse(cls[c + 2]));
        buf[k++] = hash(86, coarse(cls[c - 1]), fine(cls[c]));
        buf[k++] = hash(87, fine(cls[c]), coarse(cls[c + 1]));
        return k;
    }

    private static int fine(int packed) {
        return packed < 0 ? packed : packed & 0xFFFF;
    }

    private static int coarse(int packed) {
        return packed < 0 ? packed : packed >>> 16;
    }

    /** Marks the tokens a dictionary match covers exactly: its first token B, the rest I. */
    private static void markHints(Tokens tokens, DictionaryHints hints, int[] hintB, int[] hintI) {
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        int[] starts = tokens.starts();
        int[] ends = tokens.ends();
        hints.find(tokens.text(), (start, end, type) -> {
            int t = HINT_TYPES.indexOf(type);
            if (t < 0) {
                return;
            }
            int first = Arrays.binarySearch(starts, start);
            if (first < 0) {
                return;
            }
            int last = first;
            while (last < n && ends[last] < end) {
                last++;
            }
            if (last == n || ends[last] != end) {
                return;
            }
            hintB[first] |= 1 << t;
            for (int j = first + 1; j <= last; j++) {
                hintI[j] |= 1 << t;
            }
        });
    }

    private static void fillBoundary(int[] lower, int[] shape, int[] brief, int[] tail3, int p, String mark) {
        int h = mark.hashCode();
        lower[p] = h;
        shape[p] = h;
        brief[p] = h;
        tail3[p] = tailHash(mark, 3);
    }

    /** The token's lower case; the token's own characters are copied only when some change. */
    private static String lowerCase(String text, int from, int to) {
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** {@link String#hashCode()} of {@code s.substring(from, to)}. */
    private static int rangeHash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** {@link String#hashCode()} of the last {@code n} characters of {@code s} (all of it when shorter). */
    private static int tailHash(String s, int n) {
        return rangeHash(s, Math.max(0, s.length() - n), s.length());
    }

    /** The character at {@code i} of "^" + {@code lw} + "$". */
    private static char paddedAt(String lw, int i) {
        return i == 0 ? '^' : i == lw.length() + 1 ? '$' : lw.charAt(i - 1);
    }

    /** The shape character of {@code c}: X, x, 0, G or {@code c} itself. */
    private static char shapeOf(char c) {
        if (c >= 0x370 && c <= 0x3FF) {
            return 'G';
        } else if (Character.isUpperCase(c)) {
            return 'X';
        } else if (Character.isLowerCase(c)) {
            return 'x';
        } else if (Character.isDigit(c)) {
            return '0';
        }
        return c;
    }

    /** The hashes of {@link #shape}'s full (high 32 bits) and brief (low 32 bits) shapes of a range of {@code text}. */
    private static long shapeHashes(String text, int from, int to) {
        int full = 0;
        int brief = 0;
        char last = 0;
        for (int i = from; i < to; i++) {
            char s = shapeOf(text.charAt(i));
            if (i - from < 16) {
                full = 31 * full + s;
            }
            if (s != last) {
                brief = 31 * brief + s;
            }
            last = s;
        }
        return ((long) full << 32) | (brief & 0xFFFFFFFFL);
    }

    /** 31 to the power of the brief shape's length (the factor that shifts a hash past it). */
    private static int briefPow(String text, int from, int to) {
        int pow = 1;
        char last = 0;
        for (int i = from; i < to; i++) {
            char s = shapeOf(text.charAt(i));
            if (s != last) {
                pow *= 31;
            }
            last = s;
        }
        return pow;
    }

    /** The hash of the flag text: U (a capital), l (a lower-case letter), d, g (Greek), m (mixed caps), c. */
    private static int flagsHash(String text, int from, int to, String lw) {
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        boolean greek = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            upper |= Character.isUpperCase(c);
            lowerCase |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            greek |= Greek.isGreek(c);
        }
        if (!greek) {
            for (String g : Greek.NAMES) {
                if (lw.equals(g) || (lw.length() > g.length() + 1 && lw.endsWith(g))) {
                    greek = true;
                    break;
                }
            }
        }
        boolean mixedCaps = upper && lowerCase && !Character.isUpperCase(text.charAt(from));
        boolean capsAfterFirst = upper && to - from > 1 && Character.isUpperCase(text.charAt(to - 1));
        int h = 0;
        h = upper ? 31 * h + 'U' : h;
        h = lowerCase ? 31 * h + 'l' : h;
        h = digit ? 31 * h + 'd' : h;
        h = greek ? 31 * h + 'g' : h;
        h = mixedCaps ? 31 * h + 'm' : h;
        h = capsAfterFirst ? 31 * h + 'c' : h;
        return h;
    }

    private int hash(int template, int textHash) {
        return bucket(template * 0x9E3779B1 + textHash);
    }

    private int hash(int template, int a, int b) {
        return bucket((template * 0x9E3779B1 + a) * 0x85EBCA6B + b);
    }
    private int bucket(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h >>> (32 - bits);
    }
}
