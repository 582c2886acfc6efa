package org.paperbridge.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the translations of a term (zh → en, en → zh, abbreviation ↔ full form); empty when it
 * knows none. A translator that recognizes entities also names the entity a term is, so a query
 * finds every mention of its id, whatever name the text uses.
 */
@FunctionalInterface
public interface TermTranslator {
    Set<String> translate(String term);

    /** An entity a whole term names: its index field (gene, cell, …), identifier and canonical name. */
    record EntityKey(String field, String id, String norm) {
    }

    /** The entities the whole term names; none unless the translator recognizes entities. */
    default List<EntityKey> entities(String term) {
        return List.of();
    }

    static TermTranslator none() {
        return term -> Set.of();
    }

    /** This translator's answers followed by {@code other}'s. */
    default TermTranslator or(TermTranslator other) {
        TermTranslator first = this;
        return new TermTranslator() {
            @Override
            public Set<String> translate(String term) {
                Set<String> all = new LinkedHashSet<>(first.translate(term));
                Set<String> seen = new java.util.HashSet<>();
                all.forEach(t -> seen.add(t.strip().toLowerCase(java.util.Locale.ROOT)));
                for (String t : other.translate(term)) {
                    if (seen.add(t.strip().toLowerCase(java.util.Locale.ROOT))) { // Anthocyanin = anthocyanin
                        all.add(t);
                    }
                }
                return all;
            }

            @Override
            public List<EntityKey> entities(String term) {
                List<EntityKey> all = new ArrayList<>(first.entities(term));
                other.entities(term).stream().filter(e -> !all.contains(e)).forEach(all::add);
                return all;
            }
        };
    }
}
