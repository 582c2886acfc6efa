package org.paperbridge.entity;

import java.util.Arrays;

/**
 * An Aho–Corasick automaton over sorted keys, stored as a breadth-first array trie (children of a
 * node are a contiguous, sorted run of node ids). Built from 160,000 keys in a fraction of a
 * second and a few bytes per node, so the lexicon needs no build step and no disk cache; HanLP's
 * double-array automaton took seconds to build and 38 MB to cache. Immutable and thread-safe.
 */
final class KeyAutomaton {
    /** Receives each key occurrence: folded range {@code [begin, end)} and the key's index. */
    @FunctionalInterface
    interface Hit {
        void hit(int begin, int end, int key);
    }

    private static final int ROOT = 0;
    private static final int ASCII = 128;

    /** Children of node n are the ids {@code firstChild[n] .. firstChild[n + 1] - 1}. */
    private final int[] firstChild;
    /** The char on the edge into each node. */
    private final char[] label;
    private final int[] fail;
    /** Index of the key ending at each node, or -1. */
    private final int[] key;
    /** Nearest node on the failure chain (excluding itself) where a key ends, or -1. */
    private final int[] nextOutput;
    private final int[] keyLength;
    /** Root transitions for ASCII, the most frequent first chars, looked up without a search. */
    private final int[] rootAscii;

    private KeyAutomaton(int[] firstChild, char[] label, int[] fail, int[] key, int[] nextOutput, int[] keyLength) {
        this.firstChild = firstChild;
        this.label = label;
        this.fail = fail;
        this.key = key;
        this.nextOutput = nextOutput;
        this.keyLength = keyLength;
        this.rootAscii = new int[ASCII];
        for (char c = 0; c < ASCII; c++) {
            rootAscii[c] = search(ROOT, c);
        }
    }

    /** Builds the automaton; {@code keys} must be sorted (String order) and distinct. */
    static KeyAutomaton build(String[] keys) {
        Trie trie = new Trie(keys);
        int n = trie.size;
        // Renumber nodes breadth-first so each node's children get consecutive ids.
        int[] order = new int[n];
        int[] newId = new int[n];
        int[] firstChild = new int[n + 1];
        char[] label = new char[n];
        int head = 0;
        int tail = 1;
        order[0] = 0;
        while (head < tail) {
            int old = order[head];
            firstChild[head] = tail;
            for (int c = trie.firstChild[old]; c >= 0; c = trie.nextSibling[c]) {
                newId[c] = tail;
                label[tail] = trie.label[c];
                order[tail++] = c;
            }
            head++;
        }
        firstChild[n] = n;
        int[] key = new int[n];
        int[] keyLength = new int[keys.length];
        for (int i = 0; i < n; i++) {
            key[i] = trie.key[order[i]];
        }
        for (int k = 0; k < keys.length; k++) {
            keyLength[k] = keys[k].length();
        }
        int[] fail = new int[n];
        int[] nextOutput = new int[n];
        nextOutput[ROOT] = -1;
        KeyAutomaton a = new KeyAutomaton(firstChild, label, fail, key, nextOutput, keyLength);
        // Breadth-first order is the order of ids, so a node's parent and fail target are done before it.
        for (int parent = 0; parent < n; parent++) {
            for (int child = firstChild[parent]; child < firstChild[parent + 1]; child++) {
                int f = ROOT;
                if (parent != ROOT) {
                    f = a.step(fail[parent], label[child]);
                }
                fail[child] = f;
                nextOutput[child] = key[f] >= 0 ? f : nextOutput[f];
            }
        }
        return a;
    }

    /** Reports every occurrence of every key in {@code text}, ordered by end position. */
    void match(String text, Hit hit) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            int out = key[state] >= 0 ? state : nextOutput[state];
            while (out > 0) {
                int k = key[out];
                hit.hit(i + 1 - keyLength[k], i + 1, k);
                out = nextOutput[out];
            }
        }
    }

    /** Number of trie nodes. */
    int nodes() {
        return label.length;
    }

    private int step(int state, char c) {
        while (true) {
            int next = state == ROOT && c < ASCII ? rootAscii[c] : search(state, c);
            if (next >= 0) {
                return next;
            }
            if (state == ROOT) {
                return ROOT;
            }
            state = fail[state];
        }
    }

    private int search(int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The plain trie of sorted keys: since keys come sorted, each node's children are appended in order. */
    private static final class Trie {
        int[] firstChild;
        int[] lastChild;
        int[] nextSibling;
        char[] label;
        int[] key;
        int size;

        Trie(String[] keys) {
            int capacity = 1 << 16;
            firstChild = new int[capacity];
            lastChild = new int[capacity];
            nextSibling = new int[capacity];
            label = new char[capacity];
            key = new int[capacity];
            size = 1;
            clear(0);
            int[] path = new int[64];
            String previous = "";
            for (int k = 0; k < keys.length; k++) {
                String s = keys[k];
                if (k > 0 && s.compareTo(previous) <= 0) {
                    throw new IllegalArgumentException("keys not sorted and distinct at " + s);
                }
                if (path.length < s.length() + 1) {
                    path = Arrays.copyOf(path, s.length() * 2 + 1);
                }
                int common = 0;
                int max = Math.min(s.length(), previous.length());
                while (common < max && s.charAt(common) == previous.charAt(common)) {
                    common++;
                }
                int node = path[common];
                for (int i = common; i < s.length(); i++) {
                    node = addChild(node, s.charAt(i));
                    path[i + 1] = node;
                }
                key[node] = k;
                previous = s;
            }
        }

        private int addChild(int parent, char c) {
            if (size == label.length) {
                int grown = size * 2;
                firstChild = Arrays.copyOf(firstChild, grown);
                lastChild = Arrays.copyOf(lastChild, grown);
                nextSibling = Arrays.copyOf(nextSibling, grown);
                label = Arrays.copyOf(label, grown);
                key = Arrays.copyOf(key, grown);
            }
            int id = size++;
            clear(id);
            label[id] = c;
            if (firstChild[parent] < 0) {
                firstChild[parent] = id;
            } else {
                nextSibling[lastChild[parent]] = id;
            }
            lastChild[parent] = id;
            return id;
        }

        private void clear(int id) {
            firstChild[id] = -1;
            lastChild[id] = -1;
            nextSibling[id] = -1;
            key[id] = -1;
        }
    }
}
