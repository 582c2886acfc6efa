package org.paperbridge.entity;

import java.util.Arrays;

/**
 * An Aho–Corasick automaton over a set of keys, stored as a breadth-first array trie (children of a
 * node are a contiguous, sorted run of node ids). Built from 160,000 keys in a fraction of a
 * second and a few bytes per node (HanLP's double-array automaton took seconds to build and 38 MB
 * to cache); the packaged lexicon snapshot stores its trie and failure links, from which the
 * transition tables are derived in linear time. Immutable and thread-safe.
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
    /** The first node on each node's failure chain, itself included, where a key ends; or -1. */
    private final int[] firstOutput;
    /** Transitions of the root for every BMP char, so a failure that reaches the root costs one read. */
    private final int[] rootNext;
    /**
     * Complete ASCII transitions (failures already followed) of the nodes at depth 1 to
     * {@link #DENSE_DEPTH}, which are the ids below {@link #shallow}: failure chains end in these
     * shallow nodes, so most mismatches in running text cost a table read instead of searches.
     */
    private final int[] dense;
    private final int shallow;
    private static final int DENSE_DEPTH = 2;

    private KeyAutomaton(int[] firstChild, char[] label, int[] fail, int[] key, int[] nextOutput, int[] keyLength,
            int shallow) {
        this.firstChild = firstChild;
        this.label = label;
        this.fail = fail;
        this.key = key;
        this.nextOutput = nextOutput;
        this.keyLength = keyLength;
        this.firstOutput = new int[label.length];
        this.rootNext = new int[Character.MAX_VALUE + 1];
        this.shallow = shallow;
        this.dense = new int[shallow * ASCII];
    }

    /** Builds the automaton over distinct, non-empty {@code keys}; hits report indexes into this array. */
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
            for (int c = trie.first(old); c >= 0; c = trie.nextSibling[c]) {
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
        // Nodes are numbered breadth-first, so the shallow ones come first.
        int shallow = 1;
        for (int depth = 0; depth < DENSE_DEPTH; depth++) {
            shallow = shallow < n ? firstChild[shallow] : n;
        }
        KeyAutomaton a = new KeyAutomaton(firstChild, label, fail, key, nextOutput, keyLength, Math.min(shallow, n));
        a.link();
        return a;
    }

    /** Failure links, output links and the transition tables, in breadth-first order. */
    private void link() {
        int n = label.length;
        rootTable();
        // A node's parent and failure target precede it in breadth-first order, so they are done first.
        for (int parent = 0; parent < n; parent++) {
            for (int child = firstChild[parent]; child < firstChild[parent + 1]; child++) {
                int f = parent == ROOT ? ROOT : step(fail[parent], label[child]);
                fail[child] = f;
                nextOutput[child] = key[f] >= 0 ? f : nextOutput[f];
            }
            tablesOf(parent);
        }
    }

    /** The transition tables and first outputs, from failure links already known (a snapshot's). */
    private void tables() {
        rootTable();
        for (int node = 0; node < label.length; node++) {
            tablesOf(node);
        }
    }

    private void rootTable() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int next = search(ROOT, (char) c);
            rootNext[c] = next < 0 ? ROOT : next;
        }
    }

    /** First output and, for a shallow node, its dense row; needs the rows of the nodes before it. */
    private void tablesOf(int node) {
        firstOutput[node] = key[node] >= 0 ? node : nextOutput[node];
        if (node != ROOT && node < shallow) {
            for (char c = 0; c < ASCII; c++) {
                int next = search(node, c);
                if (next < 0) {
                    next = fail[node] == ROOT ? rootNext[c] : dense[fail[node] * ASCII + c];
                }
                dense[node * ASCII + c] = next;
            }
        }
    }

    /** The arrays a snapshot stores; the rest is derived from them in linear time. */
    record Tables(int[] firstChild, char[] label, int[] fail, int[] key, int[] nextOutput, int[] keyLength,
                  int shallow) {
    }

    Tables tablesForSnapshot() {
        return new Tables(firstChild, label, fail, key, nextOutput, keyLength, shallow);
    }

    /** The automaton of a snapshot, without rebuilding the trie or its failure links. */
    static KeyAutomaton of(Tables t) {
        KeyAutomaton a = new KeyAutomaton(t.firstChild(), t.label(), t.fail(), t.key(), t.nextOutput(), t.keyLength(),
                t.shallow());
        a.tables();
        return a;
    }

    /** The index of exactly {@code text} among the keys, or -1. */
    int indexOf(String text) {
        int node = ROOT;
        for (int i = 0; i < text.length(); i++) {
            node = search(node, text.charAt(i));
            if (node < 0) {
                return -1;
            }
        }
        return text.isEmpty() ? -1 : key[node];
    }

    /** Number of keys. */
    int keys() {
        return keyLength.length;
    }

    /** Reports every occurrence of every key in {@code text}, ordered by end position. */
    void match(String text, Hit hit) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            for (int out = firstOutput[state]; out > 0; out = nextOutput[out]) {
                int k = key[out];
                hit.hit(i + 1 - keyLength[k], i + 1, k);
            }
        }
    }

    /** Number of trie nodes. */
    int nodes() {
        return label.length;
    }

    private int step(int state, char c) {
        while (state != ROOT) {
            if (c < ASCII && state < shallow) {
                return dense[state * ASCII + c];
            }
            int next = search(state, c);
            if (next >= 0) {
                return next;
            }
            state = fail[state];
        }
        return rootNext[c];
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

    /**
     * The plain trie, each node's children kept in a list sorted by label (the root's in a table),
     * so keys can come in any order and the breadth-first layout comes out sorted without sorting keys.
     */
    private static final class Trie {
        int[] firstChild;
        int[] nextSibling;
        char[] label;
        int[] key;
        final int[] rootChild = new int[Character.MAX_VALUE + 1];
        int size;

        Trie(String[] keys) {
            int capacity = 1 << 16;
            firstChild = new int[capacity];
            nextSibling = new int[capacity];
            label = new char[capacity];
            key = new int[capacity];
            size = 1;
            clear(0);
            for (int k = 0; k < keys.length; k++) {
                String s = keys[k];
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("empty key");
                }
                int node = rootChild[s.charAt(0)];
                if (node == 0) {
                    node = newNode(s.charAt(0));
                    rootChild[s.charAt(0)] = node;
                }
                for (int i = 1; i < s.length(); i++) {
                    node = child(node, s.charAt(i));
                }
                if (key[node] >= 0) {
                    throw new IllegalArgumentException("duplicate key " + s);
                }
                key[node] = k;
            }
        }

        /** The children of {@code node} in label order, as a linked list (the root's from its table). */
        int first(int node) {
            if (node != 0) {
                return firstChild[node];
            }
            // Chain the root's children once, in char order, for the breadth-first walk.
            int head = -1;
            for (int c = Character.MAX_VALUE; c >= 0; c--) {
                if (rootChild[c] != 0) {
                    nextSibling[rootChild[c]] = head;
                    head = rootChild[c];
                }
            }
            return head;
        }

        private int child(int parent, char c) {
            int previous = -1;
            int current = firstChild[parent];
            while (current >= 0 && label[current] < c) {
                previous = current;
                current = nextSibling[current];
            }
            if (current >= 0 && label[current] == c) {
                return current;
            }
            int id = newNode(c);
            nextSibling[id] = current;
            if (previous < 0) {
                firstChild[parent] = id;
            } else {
                nextSibling[previous] = id;
            }
            return id;
        }

        private int newNode(char c) {
            if (size == label.length) {
                int grown = size * 2;
                firstChild = Arrays.copyOf(firstChild, grown);
                nextSibling = Arrays.copyOf(nextSibling, grown);
                label = Arrays.copyOf(label, grown);
                key = Arrays.copyOf(key, grown);
            }
            int id = size++;
            clear(id);
            label[id] = c;
            return id;
        }

        private void clear(int id) {
            firstChild[id] = -1;
            nextSibling[id] = -1;
            key[id] = -1;
        }
    }
}
