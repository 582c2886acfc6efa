package org.paperbridge.align;

import java.util.Set;

/**
 * Translation pairs shared by the two halves of an article: the keyword pairs, the glossary and
 * (later) the entity lexicons. Lookups go both ways; terms are compared as given for Chinese and
 * case-insensitively for English.
 */
public interface BilingualDictionary {
    /** Translations of a Chinese or English term; empty when the term is unknown. */
    Set<String> translations(String term);

    /** The Chinese terms the dictionary knows, so that a text can be scanned for them. */
    Set<String> chineseTerms();

    /** A dictionary that knows nothing. */
    static BilingualDictionary empty() {
        return TermPairDictionary.builder().build();
    }
}
