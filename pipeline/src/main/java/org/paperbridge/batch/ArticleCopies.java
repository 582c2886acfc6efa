package org.paperbridge.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which sources are one article, decided as the articles come in corpus order. Sources are one
 * article when they share an id (a DOI, or the same bytes), or, with content dedup on and neither
 * carrying a DOI, the same normalized text or near-identical text: an estimated Jaccard similarity of 5-character shingles
 * of at least {@value #NEAR}. Candidates for the last come from locality-sensitive hashing, 16
 * bands of 8 MinHash values, so an article meets only those that agree with it on a whole band
 * (at similarity 0.9 nearly surely, at 0.5 with a chance of 6 %), and at most
 * {@value #MAX_CHECKS} of them.
 * <p>
 * Copies form groups (connected through any match); a group keeps its best copy by a total order:
 * simplified script, then more normalized text, then fewer warnings, then the earlier source. The
 * groups and their best copies depend only on the set of sources, so the decision is the same on
 * any thread count and on re-runs; a copy kept so far can lose to a later, better one, which
 * {@link #offer} reports as withdrawn.
 */
final class ArticleCopies {
    static final double NEAR = 0.9;
    private static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;
    static final int MAX_CHECKS = 64;

    /** The outcome of one offer: whether the new copy is kept, and the copies kept before that now are not. */
    record Offer(boolean kept, int[] withdrawn) {
    }

    private final boolean byContent;
    private final List<ArticleFingerprint> copies = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private int[] parent = new int[1024];
    private int[] best = new int[1024];
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, Integer> byText = new HashMap<>();
    private final BandTable bands = new BandTable();

    /** @param byContent whether copies are found by their text too, not only by their id */
    ArticleCopies(boolean byContent) {
        this.byContent = byContent;
    }

    /** Offers the next article of the corpus (the copies are numbered from 0 in offer order). */
    Offer offer(ArticleFingerprint f, String path) {
        int i = copies.size();
        copies.add(f);
        paths.add(path);
        if (i == parent.length) {
            parent = Arrays.copyOf(parent, i * 2);
            best = Arrays.copyOf(best, i * 2);
        }
        parent[i] = i;
        best[i] = i;
        List<Integer> withdrawn = new ArrayList<>(1);
        Integer sameId = byId.putIfAbsent(f.id(), i);
        if (sameId != null) {
            join(i, sameId, withdrawn);
        }
        // Two DOIs that differ are two articles, whatever their text (a reprint, a corrected version).
        if (byContent && f.doi() == null && f.textLength() > 0) {
            Integer sameText = byText.putIfAbsent(f.textHash(), i);
            if (sameText != null) {
                join(i, sameText, withdrawn);
            }
            if (!MinHash.isEmpty(f.signature())) {
                near(i, f.signature(), withdrawn);
            }
        }
        return new Offer(best[find(i)] == i, withdrawn.stream().mapToInt(Integer::intValue).toArray());
    }

    private void near(int i, int[] signature, List<Integer> withdrawn) {
        int checks = 0;
        int[] checked = new int[MAX_CHECKS];
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            keys[b] = bandKey(b, signature);
            for (int e = bands.first(keys[b]); e >= 0 && checks < MAX_CHECKS; e = bands.next(e)) {
                int c = bands.copy(e);
                if (find(c) == find(i) || contains(checked, checks, c)) {
                    continue;
                }
                checked[checks++] = c;
                if (MinHash.similarity(signature, copies.get(c).signature()) >= NEAR) {
                    join(i, c, withdrawn);
                }
            }
        }
        for (long key : keys) {
            bands.add(key, i);
        }
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int j = 0; j < n; j++) {
            if (values[j] == value) {
                return true;
            }
        }
        return false;
    }

    private static long bandKey(int band, int[] signature) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = MinHash.mix(h * 31 + signature[r]);
        }
        return h;
    }

    /** Puts the new copy {@code i} in one group with {@code other}; the group's worse best copy, when kept before, is withdrawn. */
    private void join(int i, int other, List<Integer> withdrawn) {
        int ri = find(i);
        int ro = find(other);
        if (ri == ro) {
            return;
        }
        int bi = best[ri];
        int bo = best[ro];
        int winner = better(bi, bo) ? bi : bo;
        int loser = winner == bi ? bo : bi;
        if (loser != i) {
            withdrawn.add(loser);
        }
        parent[ro] = ri;
        best[ri] = winner;
    }

    private int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int up = parent[x];
            parent[x] = root;
            x = up;
        }
        return root;
    }

    /** The order copies are kept by: simplified script, more text, fewer warnings, the earlier one. */
    private boolean better(int a, int b) {
        ArticleFingerprint fa = copies.get(a);
        ArticleFingerprint fb = copies.get(b);
        if (fa.simplified() != fb.simplified()) {
            return fa.simplified();
        }
        if (fa.textLength() != fb.textLength()) {
            return fa.textLength() > fb.textLength();
        }
        if (fa.warnings() != fb.warnings()) {
            return fa.warnings() < fb.warnings();
        }
        return a < b;
    }

    int size() {
        return copies.size();
    }

    /** The article id of copy {@code i}. */
    String id(int i) {
        return copies.get(i).id();
    }

    /** Whether copy {@code i} is its group's kept copy, once every copy is offered. */
    boolean isKept(int i) {
        return best[find(i)] == i;
    }

    /** Copy {@code i}, not kept, as a copy of its group's kept one: how they match and why the other is kept. */
    ArticleCopy dropped(int i) {
        int k = best[find(i)];
        ArticleFingerprint fi = copies.get(i);
        ArticleFingerprint fk = copies.get(k);
        String keeper = paths.get(k);
        String match;
        String how;
        if (fi.sha() != 0 && fi.sha() == fk.sha()) {
            match = ArticleCopy.BYTES;
            how = "the same bytes as " + keeper;
        } else if (fi.id().equals(fk.id()) || fi.doi() != null && fi.doi().equalsIgnoreCase(fk.doi())) {
            match = ArticleCopy.DOI;
            how = "the same DOI (" + (fi.doi() == null ? fi.id() : fi.doi()) + ") as " + keeper;
        } else if (fi.textLength() == fk.textLength() && fi.textHash() == fk.textHash()) {
            match = ArticleCopy.TEXT;
            how = "the same normalized text as " + keeper;
        } else {
            match = ArticleCopy.NEAR_TEXT;
            double s = MinHash.similarity(fi.signature(), fk.signature());
            how = String.format(Locale.ROOT, "near-identical text to %s (estimated shingle similarity %.2f%s)", keeper,
                    s, s >= NEAR ? "" : ", through other copies");
        }
        return new ArticleCopy(i, k, keeper, match, how + "; kept that copy: " + why(fk, fi));
    }

    private static String why(ArticleFingerprint kept, ArticleFingerprint other) {
        if (kept.simplified() != other.simplified()) {
            return "simplified script (this copy is traditional)";
        }
        if (kept.textLength() != other.textLength()) {
            return "more text (" + kept.textLength() + " letters and digits, this copy " + other.textLength() + ")";
        }
        if (kept.warnings() != other.warnings()) {
            return "fewer warnings (" + kept.warnings() + ", this copy " + other.warnings() + ")";
        }
        return "earlier in path order";
    }

    /**
     * The LSH bands: band key to the copies that have it, newest first, in primitive arrays
     * (open addressing on the keys, a chain through the entries), about 32 bytes an entry.
     */
    private static final class BandTable {
        private long[] keys = new long[1 << 12];
        private int[] heads = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;
        private int[] entryCopy = new int[1 << 12];
        private int[] entryNext = new int[1 << 12];
        private int entries;

        int first(long key) {
            int slot = slot(key);
            return used[slot] ? heads[slot] : -1;
        }

        int next(int entry) {
            return entryNext[entry];
        }

        int copy(int entry) {
            return entryCopy[entry];
        }

        void add(long key, int copy) {
            if (entries == entryCopy.length) {
                entryCopy = Arrays.copyOf(entryCopy, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
            }
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                heads[slot] = -1;
                size++;
            }
            entryCopy[entries] = copy;
            entryNext[entries] = heads[slot];
            heads[slot] = entries++;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int s = (int) MinHash.mix(key) & mask;
            while (used[s] && keys[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            heads = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int s = slot(oldKeys[i]);
                    used[s] = true;
                    keys[s] = oldKeys[i];
                    heads[s] = oldHeads[i];
                }
            }
        }
    }
}
