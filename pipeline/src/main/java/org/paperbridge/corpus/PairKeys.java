package org.paperbridge.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

import org.paperbridge.lang.TraditionalChinese;

/**
 * The two keys a parallel pair is deduplicated by: its exact text, and its normalized text — NFKC
 * (full-width forms, ligatures), lower case, traditional characters folded to simplified ones, and
 * only letters and digits kept (no spaces, punctuation or symbols) — so copies that differ by
 * whitespace, punctuation, case, width or script count as one. Keys are 64 bits of MD5: across ten
 * million pairs the chance that two different texts share one is about 3 in a million.
 */
record PairKeys(long exact, long near) {
    static PairKeys of(ParallelPair p) {
        return new PairKeys(hash(p.zh() + '\t' + p.en()), hash(normalized(p.zh()) + '\t' + normalized(p.en())));
    }

    static String normalized(String text) {
        String folded = TraditionalChinese.fold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = h << 8 | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
