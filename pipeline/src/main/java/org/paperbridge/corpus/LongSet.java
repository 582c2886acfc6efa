package org.paperbridge.corpus;

/** A set of longs in one open-addressing array: 16 bytes a key at most, against about 50 for a HashSet of Long. */
final class LongSet {
    private long[] slots = new long[1024];
    private boolean hasZero;
    private int size;

    /** Adds the key; false when it was already there. */
    boolean add(long key) {
        if (key == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (key ^ key >>> 32) * 0x9E3779B9 & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = i + 1 & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long k : slots) {
            if (k != 0) {
                insert(bigger, k);
            }
        }
        slots = bigger;
    }
}
