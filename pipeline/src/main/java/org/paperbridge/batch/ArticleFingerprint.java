package org.paperbridge.batch;

import java.text.Normalizer;
import java.util.Arrays;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;

/**
 * What tells copies of one article apart and which copy is better, computed once on the worker
 * that made the article: its id and DOI, the first 64 bits of its source's sha256, a 64-bit hash
 * and the length of its normalized text (the letters and digits of title, abstracts, keywords,
 * body and reference list, NFKC, lower case, traditional characters folded to simplified: the pair
 * dedup's normalization), the MinHash signature of that text, and what ranks copies: script and warnings.
 */
record ArticleFingerprint(String id, String doi, long sha, long textHash, int textLength, boolean simplified,
                          int warnings, int[] signature) {
    private static final long TEXT_MULTIPLIER = 0x9E3779B97F4A7C15L;

    static ArticleFingerprint of(Article a) {
        Letters letters = new Letters();
        if (a.title() != null) {
            letters.add(a.title().zh());
            letters.add(a.title().en());
        }
        Abstract ab = a.abstract_();
        if (ab != null) {
            letters.add(ab.zh());
            letters.add(ab.en());
        }
        for (Keyword k : a.keywords()) {
            letters.add(k.zh());
            letters.add(k.en());
        }
        for (Paragraph p : Section.paragraphsIn(a.sections())) {
            letters.add(p.text());
        }
        // The reference list too: a copy whose 参考文献 heading lost a character has its references
        // in the body, and would otherwise look like another text with more of it.
        for (Reference r : a.references()) {
            letters.add(r.raw());
        }
        String doi = a.identifiers() == null ? null : a.identifiers().doi();
        String sha = a.source() == null ? null : a.source().sha256();
        return new ArticleFingerprint(a.id(), doi, sha == null || sha.length() < 16 ? 0 : Long.parseUnsignedLong(
                sha.substring(0, 16), 16), letters.hash(), letters.length, a.simplified() == null,
                a.warnings().size(), MinHash.of(letters.codePoints, letters.length));
    }

    /** The normalized text of {@code text}, as a string: what two copies are compared on (tests). */
    static String normalized(String text) {
        Letters letters = new Letters();
        letters.add(text);
        return new String(letters.codePoints, 0, letters.length);
    }

    /** The letters and digits of the article, normalized code point by code point. */
    private static final class Letters {
        int[] codePoints = new int[1 << 12];
        int length;

        void add(AbstractText side) {
            if (side != null) {
                add(side.text());
            }
        }

        void add(String text) {
            if (text == null) {
                return;
            }
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    ascii(c);
                } else if (c >= 0xFF01 && c <= 0xFF5E) {
                    ascii(c - 0xFEE0); // full-width forms, NFKC's mapping
                } else if (c >= 0x3400 && c < 0xA000) {
                    if (Character.isLetterOrDigit(c)) {
                        append(TraditionalChinese.toSimplified((char) c));
                    }
                } else {
                    other(c);
                }
            }
        }

        private void ascii(int c) {
            if (c >= 'A' && c <= 'Z') {
                append(c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                append(c);
            }
        }

        /** Everything else through NFKC and lower case; rare in Chinese and English text, so not worth a fast path. */
        private void other(int c) {
            String n = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
            for (int i = 0; i < n.length(); ) {
                int cp = n.codePointAt(i);
                i += Character.charCount(cp);
                int d = Character.toLowerCase(cp);
                if (Character.isLetterOrDigit(d)) {
                    append(d <= 0xFFFF ? TraditionalChinese.toSimplified((char) d) : d);
                }
            }
        }

        private void append(int c) {
            if (length == codePoints.length) {
                codePoints = Arrays.copyOf(codePoints, length * 2);
            }
            codePoints[length++] = c;
        }

        long hash() {
            long h = length;
            for (int i = 0; i < length; i++) {
                h = (h + codePoints[i]) * TEXT_MULTIPLIER;
            }
            return MinHash.mix(h);
        }
    }
}
