package org.paperbridge.entity;

/**
 * One dictionary sense of a key: what a match means. {@code source} ranks senses of the same key
 * (lower wins); {@code symbol} marks short symbol-like keys that obey the case rules.
 */
record LexiconEntry(String type, String norm, String db, String id, Source source, boolean symbol, String raw) {

    /** Where a sense comes from, best first. */
    enum Source {
        DEFINED, HAND, APPROVED_SYMBOL, ONTOLOGY_NAME, PREVIOUS_SYMBOL, FAMILY, ALIAS_SYMBOL, MOUSE_SYMBOL, GENE_NAME,
        ONTOLOGY_SYNONYM, CEDICT,
        /** A mention the learned English tagger found that no lexicon key names (appended: snapshots store ordinals). */
        LEARNED,
        /** A Chinese name the project's glossary miner linked to an id through its English side (zh_mined.tsv.gz). */
        MINED,
        /** A Chinese name composed from parts by {@link ChineseComposition}. */
        COMPOSED
    }

    LexiconEntry withSource(Source newSource, String newRaw) {
        return new LexiconEntry(type, norm, db, id, newSource, symbol, newRaw);
    }
}
