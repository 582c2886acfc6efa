package org.paperbridge.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * English words with how common each is: the size level of the SCOWL word lists (10 = the most
 * common words, 95 = the rarest; see {@code SCOWL-LICENSE.txt} beside the list). Words are held as
 * 64-bit hashes in one sorted array (about 4 MB for half a million words, where a hash set of
 * strings would take ten times that); a false hit needs two words to share 60 bits of hash.
 * Loaded once, on first use. Thread-safe.
 */
public final class EnglishWords {
    private static final String RESOURCE = "english-words.txt.gz";
    private static final int[] LEVELS = {10, 20, 35, 40, 50, 55, 60, 70, 80, 95};
    private static final long LEVEL_BITS = 0xF;

    private final long[] keys;

    private EnglishWords(long[] keys) {
        this.keys = keys;
    }

    private static final class Holder {
        static final EnglishWords INSTANCE = load();
    }

    /** The list shipped with the pipeline. */
    public static EnglishWords get() {
        return Holder.INSTANCE;
    }

    /** The SCOWL level of a word (any case), or -1 when the lists do not have it. */
    public int level(CharSequence word) {
        long h = hash(word) & ~LEVEL_BITS;
        int i = Arrays.binarySearch(keys, h);
        if (i < 0) {
            i = -i - 1;
        }
        return i < keys.length && (keys[i] & ~LEVEL_BITS) == h ? LEVELS[(int) (keys[i] & LEVEL_BITS)] : -1;
    }

    public boolean contains(CharSequence word) {
        return level(word) >= 0;
    }

    private static EnglishWords load() {
        try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            long[] keys = new long[1 << 19];
            int n = 0;
            int level = -1;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("= ")) {
                    level = Arrays.binarySearch(LEVELS, Integer.parseInt(line.substring(2).strip()));
                    continue;
                }
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, n * 2);
                }
                keys[n++] = hash(line) & ~LEVEL_BITS | level;
            }
            keys = Arrays.copyOf(keys, n);
            // Each word is listed once, at its most common level, so no two keys share a hash.
            Arrays.sort(keys);
            return new EnglishWords(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** FNV-1a over the lower-cased characters. */
    private static long hash(CharSequence word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= Character.toLowerCase(word.charAt(i));
            h *= 0x100000001b3L;
        }
        return h;
    }
}
