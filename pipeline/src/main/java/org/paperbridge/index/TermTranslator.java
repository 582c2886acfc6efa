package org.paperbridge.index;

import java.util.LinkedHashSet;
import java.util.Set;

/** Gives the translations of a term (zh → en, en → zh, abbreviation ↔ full form); empty when it knows none. */
@FunctionalInterface
public interface TermTranslator {
    Set<String> translate(String term);

    static TermTranslator none() {
        return term -> Set.of();
    }

    /** This translator's answers followed by {@code other}'s. */
    default TermTranslator or(TermTranslator other) {
        return term -> {
            Set<String> all = new LinkedHashSet<>(translate(term));
            all.addAll(other.translate(term));
            return all;
        };
    }
}
