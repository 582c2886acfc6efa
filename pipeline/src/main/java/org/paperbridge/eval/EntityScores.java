package org.paperbridge.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mention and document-normalized counts per entity type, summed over passages. Mention scoring is
 * exact: the same [start, end) and the same type. Document scoring compares, per passage, the sets of
 * (type, id) of the mentions that carry an id (gold and system alike), as BioCreative CDR does.
 */
public final class EntityScores {
    /** True positives, false positives, false negatives of one type. */
    public static final class Counts {
        long tp;
        long fp;
        long fn;

        public long tp() {
            return tp;
        }

        public long fp() {
            return fp;
        }

        public long fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        void add(Counts other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    private final Map<String, Counts> mentions = new TreeMap<>();
    private final Map<String, Counts> documents = new TreeMap<>();

    /** Adds one passage: its gold mentions and the system's (same record, id null where none). */
    public void add(List<EntityGold.Mention> gold, List<EntityGold.Mention> system) {
        count(mentions, spans(gold), spans(system));
        count(documents, ids(gold), ids(system));
    }

    private static Set<List<Object>> spans(List<EntityGold.Mention> ms) {
        Set<List<Object>> s = new HashSet<>();
        for (EntityGold.Mention m : ms) {
            s.add(List.of(m.type(), m.start(), m.end()));
        }
        return s;
    }

    private static Set<List<Object>> ids(List<EntityGold.Mention> ms) {
        Set<List<Object>> s = new HashSet<>();
        for (EntityGold.Mention m : ms) {
            if (m.id() != null) {
                s.add(List.of(m.type(), m.id()));
            }
        }
        return s;
    }

    private static void count(Map<String, Counts> into, Set<List<Object>> gold, Set<List<Object>> system) {
        for (List<Object> g : gold) {
            Counts c = into.computeIfAbsent((String) g.get(0), k -> new Counts());
            if (system.contains(g)) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (List<Object> s : system) {
            if (!gold.contains(s)) {
                into.computeIfAbsent((String) s.get(0), k -> new Counts()).fp++;
            }
        }
    }

    /** Mention counts per type (sorted by type). */
    public Map<String, Counts> mentionsByType() {
        return mentions;
    }

    /** Document-normalized counts per type (sorted by type). */
    public Map<String, Counts> documentsByType() {
        return documents;
    }

    /** Micro-average over all types. */
    public static Counts total(Map<String, Counts> byType) {
        Counts all = new Counts();
        byType.values().forEach(all::add);
        return all;
    }
}
