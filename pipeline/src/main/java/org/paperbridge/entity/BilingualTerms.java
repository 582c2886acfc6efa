package org.paperbridge.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The Chinese entries of the lexicons as translation pairs: 巨噬细胞 ↔ macrophage, 肝衰竭 ↔ liver
 * failure, 转化生长因子β1 ↔ TGFB1. Read from the small hand-written and CC-CEDICT-derived files
 * only, without building the tagger's automaton, so search can load it at start-up cheaply.
 */
public final class BilingualTerms {
    private static final String[] FILES = {"zh_terms.tsv", "cedict_zh_mapped.tsv.gz", "zh_mined.tsv.gz"};

    private final Map<String, Set<String>> byTerm;
    private final List<String> chinese;

    private BilingualTerms(Map<String, Set<String>> byTerm, List<String> chinese) {
        this.byTerm = byTerm;
        this.chinese = chinese;
    }

    /** The pairs shipped in the jar under {@code lexicons/}. */
    public static BilingualTerms load() {
        Map<String, Set<String>> byTerm = new LinkedHashMap<>();
        Set<String> chinese = new LinkedHashSet<>();
        for (String file : FILES) {
            try (InputStream raw = BilingualTerms.class.getClassLoader().getResourceAsStream("lexicons/" + file)) {
                if (raw == null) {
                    throw new IllegalStateException("lexicon file missing: " + file);
                }
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] c = line.split("\t", -1);
                    if (c.length < 3 || c[0].isBlank() || c[2].isBlank()) {
                        continue;
                    }
                    chinese.add(c[0]);
                    link(byTerm, c[0], c[2]);
                    link(byTerm, c[2], c[0]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + file, e);
            }
        }
        return new BilingualTerms(byTerm, List.copyOf(chinese));
    }

    private static void link(Map<String, Set<String>> byTerm, String from, String to) {
        byTerm.computeIfAbsent(key(from), k -> new LinkedHashSet<>()).add(to);
    }

    private static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }

    /** Translations of a term in the other language (case-insensitive); empty when none. */
    public Set<String> translations(String term) {
        return Collections.unmodifiableSet(byTerm.getOrDefault(key(term), Set.of()));
    }

    /** The Chinese terms, for a segmenter's custom dictionary. */
    public List<String> chinese() {
        return chinese;
    }

    /** Number of distinct terms on either side. */
    public int size() {
        return byTerm.size();
    }

}
