package org.paperbridge.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled generic biomedical word list ({@code domain-words.tsv}) as a dictionary. */
public final class DomainWords {
    /** Immutable, read once: every article's glossary extractor uses it. */
    private static final BilingualDictionary WORDS = read();

    private DomainWords() {
    }

    /** The word list (shared, immutable). */
    public static BilingualDictionary load() {
        return WORDS;
    }

    private static BilingualDictionary read() {
        TermPairDictionary.Builder b = TermPairDictionary.builder();
        try (InputStream in = DomainWords.class.getResourceAsStream("domain-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("domain-words.tsv missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    b.add(f[1], f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }
}
