package org.paperbridge.entity;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entity dictionaries (config/lexicons, shipped in the jar under {@code lexicons/}) folded
 * into one Aho–Corasick automaton ({@link KeyAutomaton}); immutable and thread-safe once loaded.
 * The jar also carries the lexicon built at package time ({@link LexiconSnapshot}), which loads
 * several times faster than parsing the text files.
 */
public final class Lexicon {
    private static final String RESOURCE_DIR = "lexicons/";

    /** Receives each dictionary key found in folded text: range {@code [begin, end)} and its senses, best first. */
    @FunctionalInterface
    interface Match {
        void found(int begin, int end, LexiconEntry[] senses);
    }

    /** The source files, in the order the builder reads them (the snapshot's fingerprint covers them). */
    static final List<String> FILES = List.of("hgnc_genes.tsv.gz", "mgi_mouse_genes.tsv.gz", "mirbase_mature.tsv.gz",
            "cell_ontology.tsv.gz", "doid_diseases.tsv.gz", "mesh_chemicals.tsv.gz",
            "cedict_zh_mapped.tsv.gz", "en_terms.tsv", "zh_terms.tsv", "zh_mined.tsv.gz");

    private final KeyAutomaton automaton;
    private final LexiconEntry[][] sensesByKey;
    private final Map<String, LexiconEntry> approvedSymbols;
    private final Map<String, String[]> mirnas;

    /** @param sensesByKey the senses of each key of the automaton, best first */
    Lexicon(KeyAutomaton automaton, LexiconEntry[][] sensesByKey, Map<String, LexiconEntry> approvedSymbols,
            Map<String, String[]> mirnas) {
        this.automaton = automaton;
        this.sensesByKey = sensesByKey;
        this.approvedSymbols = approvedSymbols;
        this.mirnas = mirnas;
    }

    /**
     * Loads the lexicons packaged in the jar: from the snapshot made at package time when it is
     * there and matches the packaged files, else (a build that skipped the snapshot step) by parsing
     * them, which takes about a second.
     */
    public static Lexicon load() {
        Function<String, InputStream> open = Lexicon::resource;
        Lexicon packaged = LexiconSnapshot.readPackaged(open);
        return packaged != null ? packaged : build(open);
    }

    /** Parses the text files {@code open} gives, ignoring any snapshot. */
    static Lexicon build(Function<String, InputStream> open) {
        return new LexiconBuilder(open).build();
    }

    static InputStream resource(String name) {
        return Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
    }

    /** Loads the lexicons from a folder such as {@code config/lexicons}. */
    public static Lexicon load(Path dir) {
        return new LexiconBuilder(name -> {
            try {
                Path p = dir.resolve(name);
                return Files.exists(p) ? Files.newInputStream(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    /** Reports every dictionary key occurring in {@code folded} (text folded by {@link MatchText}). */
    void match(String folded, Match match) {
        automaton.match(folded, (begin, end, key) -> match.found(begin, end, sensesByKey[key]));
    }

    /** The senses of a folded key, best first; empty when unknown. */
    List<LexiconEntry> lookup(String foldedKey) {
        int key = automaton.indexOf(foldedKey);
        return key < 0 ? List.of() : List.of(sensesByKey[key]);
    }

    /** The gene whose approved symbol folds to {@code foldedSymbol}, or null. */
    LexiconEntry approvedSymbol(String foldedSymbol) {
        return approvedSymbols.get(foldedSymbol);
    }

    /** miRBase {name without species prefix, MIMAT} for a mature name, preferring human; or null. */
    String[] mirna(String nameWithoutSpecies, String species) {
        String[] hit = species == null ? null : mirnas.get(species + "-" + nameWithoutSpecies);
        if (hit == null) {
            for (String sp : new String[]{"hsa", "mmu", "rno"}) {
                hit = mirnas.get(sp + "-" + nameWithoutSpecies);
                if (hit != null) {
                    break;
                }
            }
        }
        return hit;
    }

    /** Number of distinct folded keys. */
    public int size() {
        return sensesByKey.length;
    }

    KeyAutomaton automaton() {
        return automaton;
    }

    LexiconEntry[][] sensesByKey() {
        return sensesByKey;
    }

    Map<String, LexiconEntry> approvedSymbols() {
        return approvedSymbols;
    }

    Map<String, String[]> mirnas() {
        return mirnas;
    }
}
