package org.paperbridge.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The feature extractor as first written, building each feature's text and hashing it with
 * {@link String#hashCode()}: the specification {@link FeatureExtractor}'s in-place hashes must
 * match bucket for bucket, since the shipped models were trained on these buckets.
 */
final class StringFeatureExtractor {
    /** Dictionary types the hints are told apart by (others are ignored). */
    static final List<String> HINT_TYPES = List.of("gene", "mirna", "ncrna", "cell_type", "disease", "chemical",
            "species");
    private static final String[] GREEK_WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega"};
    private static final int MAX_FEATURES = 96;

    private final int bits;

    StringFeatureExtractor(int bits) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("hash bits must be within 10..26: " + bits);
        }
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** The feature buckets of every token of {@code tokens}. */
    public int[][] extract(Tokens tokens, DictionaryHints hints) {
        int n = tokens.size();
        String[] words = new String[n];
        String[] lower = new String[n];
        String[] shapes = new String[n];
        String[] brief = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.token(i);
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shapes[i] = shape(words[i], false);
            brief[i] = shape(words[i], true);
        }
        int[] hintB = new int[n];
        int[] hintI = new int[n];
        markHints(tokens, hints, hintB, hintI);
        int[][] out = new int[n][];
        int[] buf = new int[MAX_FEATURES + 32];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String w = words[i];
            String lw = lower[i];
            buf[k++] = hash(1, "");
            buf[k++] = hash(2, w);
            buf[k++] = hash(3, lw);
            buf[k++] = hash(4, at(lower, i - 1));
            buf[k++] = hash(5, at(lower, i + 1));
            buf[k++] = hash(6, at(lower, i - 2));
            buf[k++] = hash(7, at(lower, i + 2));
            buf[k++] = hash(8, at(lower, i - 1), lw);
            buf[k++] = hash(9, lw, at(lower, i + 1));
            buf[k++] = hash(10, shapes[i]);
            buf[k++] = hash(11, brief[i]);
            buf[k++] = hash(12, at(brief, i - 1), brief[i]);
            buf[k++] = hash(13, brief[i], at(brief, i + 1));
            buf[k++] = hash(14, at(brief, i - 1) + " " + brief[i], at(brief, i + 1));
            buf[k++] = hash(15, at(lower, i - 3));
            buf[k++] = hash(16, at(lower, i + 3));
            buf[k++] = hash(17, at(shapes, i - 1));
            buf[k++] = hash(18, at(shapes, i + 1));
            buf[k++] = hash(19, at(brief, i - 2), at(brief, i + 2));
            buf[k++] = hash(45, suffix(at(lower, i - 1), 3));
            buf[k++] = hash(46, suffix(at(lower, i + 1), 3));
            buf[k++] = hash(47, at(lower, i - 2), at(lower, i - 1));
            buf[k++] = hash(48, at(lower, i + 1), at(lower, i + 2));
            int len = w.length();
            for (int a = 1; a <= 5 && a <= len; a++) {
                buf[k++] = hash(20 + a, w.substring(0, a));
                buf[k++] = hash(30 + a, w.substring(len - a));
            }
            if (len > 2 && len <= 24) {
                String padded = "^" + lw + "$";
                for (int c = 0; c + 3 <= padded.length() && k < MAX_FEATURES; c++) {
                    buf[k++] = hash(40, padded.substring(c, c + 3));
                }
                for (int c = 0; c + 4 <= padded.length() && k < MAX_FEATURES; c++) {
                    buf[k++] = hash(39, padded.substring(c, c + 4));
                }
            }
            buf[k++] = hash(41, flags(w, lw));
            buf[k++] = hash(42, Integer.toString(Math.min(len, 12)));
            buf[k++] = hash(43, lw, at(shapes, i + 1));
            buf[k++] = hash(44, at(shapes, i - 1), lw);
            int hb = hintB[i];
            int hi = hintI[i];
            for (int t = 0; t < HINT_TYPES.size(); t++) {
                int bit = 1 << t;
                if ((hb & bit) != 0) {
                    buf[k++] = hash(50 + t, "B");
                    buf[k++] = hash(60 + t, brief[i]);
                }
                if ((hi & bit) != 0) {
                    buf[k++] = hash(50 + t, "I");
                }
                if (i + 1 < n && (hintB[i + 1] & bit) != 0) {
                    buf[k++] = hash(70 + t, "next");
                }
                if (i > 0 && ((hintB[i - 1] | hintI[i - 1]) & bit) != 0 && (hi & bit) == 0) {
                    buf[k++] = hash(70 + t, "after");
                }
            }
            out[i] = Arrays.copyOf(buf, k);
        }
        return out;
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

    private static String suffix(String w, int n) {
        return w.length() <= n ? w : w.substring(w.length() - n);
    }

    private static String at(String[] values, int i) {
        return i < 0 ? "<s>" : i >= values.length ? "</s>" : values[i];
    }

    /** X for capitals, x for lower case, 0 for digits, G for Greek, the character itself otherwise; brief: runs as one. */
    static String shape(String w, boolean brief) {
        StringBuilder sb = new StringBuilder(Math.min(w.length(), 16));
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s;
            if (c >= 0x370 && c <= 0x3FF) {
                s = 'G';
            } else if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (Character.isLowerCase(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = '0';
            } else {
                s = c;
            }
            if (brief && s == last) {
                continue;
            }
            if (!brief && sb.length() >= 16) {
                break;
            }
            sb.append(s);
            last = s;
        }
        return sb.toString();
    }

    private static String flags(String w, String lw) {
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        boolean greek = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            upper |= Character.isUpperCase(c);
            lowerCase |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            greek |= c >= 0x370 && c <= 0x3FF;
        }
        if (!greek) {
            for (String g : GREEK_WORDS) {
                if (lw.equals(g) || (lw.length() > g.length() + 1 && lw.endsWith(g))) {
                    greek = true;
                    break;
                }
            }
        }
        boolean mixedCaps = upper && lowerCase && !Character.isUpperCase(w.charAt(0));
        boolean capsAfterFirst = upper && w.length() > 1 && Character.isUpperCase(w.charAt(w.length() - 1));
        return (upper ? "U" : "") + (lowerCase ? "l" : "") + (digit ? "d" : "") + (greek ? "g" : "")
                + (mixedCaps ? "m" : "") + (capsAfterFirst ? "c" : "");
    }

    private int hash(int template, String s) {
        return bucket(template * 0x9E3779B1 + s.hashCode());
    }

    private int hash(int template, String a, String b) {
        return bucket((template * 0x9E3779B1 + a.hashCode()) * 0x85EBCA6B + b.hashCode());
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
