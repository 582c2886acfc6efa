package org.paperbridge.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Distributional word classes learned from unlabeled text (the training texts themselves): words
 * that occur between the same neighbours fall into the same class, so a word seen once or twice
 * in the labels ("ciprofloxacin") borrows the evidence of its class mates ("norfloxacin",
 * "ofloxacin"). Each word's context vector counts the frequent words at -2, -1, +1 and +2,
 * weighted by positive pointwise mutual information; spherical k-means cuts the words into
 * {@code fine} classes and a second k-means over those classes' centroids into {@code coarse}
 * groups, two levels as Brown-cluster prefixes give. Deterministic: no random start (the seeds are
 * words evenly spaced in frequency order), ties broken by the lower index, so the same texts give
 * the same classes. Immutable.
 */
public final class WordClusters {
    /** No classes: every word is unknown, and the extractor adds no class features. */
    public static final WordClusters NONE = new WordClusters(Map.of());
    /** The class of a word not in the table. */
    public static final int UNKNOWN = -1;

    /** Word key → coarse class << 16 | fine class. */
    private final Map<String, Integer> classes;

    private WordClusters(Map<String, Integer> classes) {
        this.classes = classes;
    }

    public boolean isEmpty() {
        return classes.isEmpty();
    }

    public int size() {
        return classes.size();
    }

    /** The word's key: its lower case with every digit written 0 (numbers share their classes). */
    static String key(String lowerCase) {
        int i = 0;
        while (i < lowerCase.length() && !Character.isDigit(lowerCase.charAt(i))) {
            i++;
        }
        if (i == lowerCase.length()) {
            return lowerCase;
        }
        char[] c = lowerCase.toCharArray();
        for (; i < c.length; i++) {
            if (Character.isDigit(c[i])) {
                c[i] = '0';
            }
        }
        return new String(c);
    }

    /** Both classes of a lower-cased word packed as coarse << 16 | fine, or {@link #UNKNOWN}. */
    int packed(String lowerCase) {
        Integer v = classes.get(key(lowerCase));
        return v == null ? UNKNOWN : v;
    }

    /**
     * Learns the classes from {@code texts} (tokenized as the tagger does).
     *
     * @param minCount words seen fewer times get no class (their contexts are too few to place them)
     * @param contexts how many of the most frequent words count as context words
     */
    public static WordClusters learn(Collection<String> texts, int fine, int coarse, int minCount, int contexts,
                                     int iterations) {
        List<int[]> sentences = new ArrayList<>(texts.size());
        Map<String, Integer> index = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> countBox = new ArrayList<>();
        for (String text : texts) {
            Tokens t = EnglishTokenizer.split(text);
            int[] ids = new int[t.size()];
            for (int i = 0; i < ids.length; i++) {
                String k = key(t.token(i).toLowerCase(Locale.ROOT));
                Integer id = index.get(k);
                if (id == null) {
                    id = words.size();
                    index.put(k, id);
                    words.add(k);
                    countBox.add(new int[1]);
                }
                countBox.get(id)[0]++;
                ids[i] = id;
            }
            sentences.add(ids);
        }
        int n = words.size();
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[i] = countBox.get(i)[0];
        }
        // Words by falling count, then by text: the order is a function of the texts alone.
        Integer[] byFreq = new Integer[n];
        for (int i = 0; i < n; i++) {
            byFreq[i] = i;
        }
        Arrays.sort(byFreq, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
                : words.get(a).compareTo(words.get(b)));
        int[] contextSlot = new int[n];
        Arrays.fill(contextSlot, -1);
        int c = Math.min(contexts, n);
        for (int r = 0; r < c; r++) {
            contextSlot[byFreq[r]] = r;
        }
        int[] row = new int[n];
        Arrays.fill(row, -1);
        int v = 0;
        while (v < n && count[byFreq[v]] >= minCount) {
            row[byFreq[v]] = v;
            v++;
        }
        if (v == 0) {
            return NONE;
        }
        final int dims = 4 * c;
        final int[] offsets = {-2, -1, 1, 2};
        List<Map<Integer, Integer>> cooc = new ArrayList<>(v);
        for (int r = 0; r < v; r++) {
            cooc.add(new HashMap<>());
        }
        long[] contextTotals = new long[dims];
        long total = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int r = row[s[i]];
                if (r < 0) {
                    continue;
                }
                for (int o = 0; o < offsets.length; o++) {
                    int j = i + offsets[o];
                    if (j < 0 || j >= s.length || contextSlot[s[j]] < 0) {
                        continue;
                    }
                    int d = o * c + contextSlot[s[j]];
                    cooc.get(r).merge(d, 1, Integer::sum);
                    contextTotals[d]++;
                    total++;
                }
            }
        }
        // Sparse PPMI vectors, unit length.
        int[][] dimsOf = new int[v][];
        float[][] vals = new float[v][];
        long[] rowTotals = new long[v];
        for (int r = 0; r < v; r++) {
            for (int x : cooc.get(r).values()) {
                rowTotals[r] += x;
            }
        }
        for (int r = 0; r < v; r++) {
            int[] ds = cooc.get(r).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] xs = new float[ds.length];
            double norm = 0;
            int kept = 0;
            for (int k = 0; k < ds.length; k++) {
                double pmi = Math.log((double) cooc.get(r).get(ds[k]) * total / ((double) rowTotals[r] * contextTotals[ds[k]]));
                if (pmi > 0) {
                    ds[kept] = ds[k];
                    xs[kept++] = (float) pmi;
                    norm += pmi * pmi;
                }
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int k = 0; k < kept; k++) {
                xs[k] *= inv;
            }
            dimsOf[r] = Arrays.copyOf(ds, kept);
            vals[r] = Arrays.copyOf(xs, kept);
        }
        int k = Math.min(fine, v);
        int[] assign = kmeans(dimsOf, vals, dims, k, iterations);
        // The coarse level: the centroids of the fine classes that kept words, clustered again (dense, few).
        float[][] centroids = centroids(dimsOf, vals, assign, dims, k);
        int[] used = java.util.stream.IntStream.range(0, k).filter(j -> centroids[j] != null).toArray();
        int kc = Math.min(coarse, used.length);
        int[][] cd = new int[used.length][];
        float[][] cv = new float[used.length][];
        int[] all = new int[dims];
        for (int d = 0; d < dims; d++) {
            all[d] = d;
        }
        for (int u = 0; u < used.length; u++) {
            cd[u] = all;
            cv[u] = centroids[used[u]];
        }
        int[] usedGroup = kmeans(cd, cv, dims, kc, iterations);
        int[] group = new int[k];
        for (int u = 0; u < used.length; u++) {
            group[used[u]] = usedGroup[u];
        }
        Map<String, Integer> out = new HashMap<>(v * 2);
        for (int r = 0; r < v; r++) {
            out.put(words.get(byFreq[r]), group[assign[r]] << 16 | assign[r]);
        }
        return new WordClusters(Map.copyOf(out));
    }

    /** Spherical k-means over unit vectors given in order (seeds: rows evenly spaced through them). */
    private static int[] kmeans(int[][] dimsOf, float[][] vals, int dims, int k, int iterations) {
        int v = dimsOf.length;
        int[] assign = new int[v];
        for (int r = 0; r < v; r++) {
            assign[r] = (int) ((long) r * k / v);
        }
        float[][] centroids = new float[k][dims];
        for (int j = 0; j < k; j++) {
            int seed = (int) ((long) j * v / k);
            for (int x = 0; x < dimsOf[seed].length; x++) {
                centroids[j][dimsOf[seed][x]] = vals[seed][x];
            }
        }
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int r = 0; r < v; r++) {
                int best = assign[r];
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    float[] cj = centroids[j];
                    float s = 0;
                    int[] ds = dimsOf[r];
                    float[] xs = vals[r];
                    for (int x = 0; x < ds.length; x++) {
                        s += cj[ds[x]] * xs[x];
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        best = j;
                    }
                }
                if (best != assign[r]) {
                    assign[r] = best;
                    changed = true;
                }
            }
            if (!changed && it > 0) {
                break;
            }
            float[][] next = centroids(dimsOf, vals, assign, dims, k);
            for (int j = 0; j < k; j++) {
                if (next[j] != null) {
                    centroids[j] = next[j];
                }
            }
        }
        return assign;
    }

    /** Unit-length mean of each class's vectors (null for an empty class). */
    private static float[][] centroids(int[][] dimsOf, float[][] vals, int[] assign, int dims, int k) {
        float[][] sums = new float[k][];
        for (int r = 0; r < dimsOf.length; r++) {
            float[] s = sums[assign[r]];
            if (s == null) {
                s = sums[assign[r]] = new float[dims];
            }
            for (int x = 0; x < dimsOf[r].length; x++) {
                s[dimsOf[r][x]] += vals[r][x];
            }
        }
        for (float[] s : sums) {
            if (s == null) {
                continue;
            }
            double norm = 0;
            for (float x : s) {
                norm += x * x;
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int d = 0; d < dims; d++) {
                s[d] *= inv;
            }
        }
        return sums;
    }

    /** Writes "word TAB coarse TAB fine" lines, sorted by word (the same classes give the same bytes). */
    public void write(OutputStream out) throws IOException {
        List<String> keys = new ArrayList<>(classes.keySet());
        keys.sort(null);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String key : keys) {
            int p = classes.get(key);
            w.write(key + "\t" + (p >>> 16) + "\t" + (p & 0xFFFF) + "\n");
        }
        w.flush();
    }

    public static WordClusters read(InputStream in) throws IOException {
        Map<String, Integer> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            if (a <= 0 || b < 0) {
                throw new IOException("word classes, line " + lineNo + ": expected word, coarse and fine class");
            }
            try {
                int coarse = Integer.parseInt(line, a + 1, b, 10);
                int fine = Integer.parseInt(line, b + 1, line.length(), 10);
                if (coarse < 0 || coarse > 0x7FFF || fine < 0 || fine > 0xFFFF) {
                    throw new NumberFormatException();
                }
                map.put(line.substring(0, a), coarse << 16 | fine);
            } catch (NumberFormatException e) {
                throw new IOException("word classes, line " + lineNo + ": bad class number");
            }
        }
        return new WordClusters(map);
    }
}
