package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperbridge.model.GlossaryEntry;

/**
 * Merges the glossaries of many articles: one row per (zh, en, abbr) with white space and English
 * case ignored, counting the documents that define it and the definitions seen.
 */
public final class GlossaryMerger {
    /** One merged glossary row. */
    public record Row(String zh, String en, String abbr, int docs, int count) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, String> lastDoc = new LinkedHashMap<>();

    /** Adds one document's glossary. */
    public void add(String docId, List<GlossaryEntry> glossary) {
        for (GlossaryEntry e : glossary) {
            String key = norm(e.zh()) + "\t" + norm(e.en()).toLowerCase(Locale.ROOT) + "\t" + norm(e.abbr());
            boolean newDoc = !docId.equals(lastDoc.put(key, docId));
            rows.merge(key, new Row(e.zh(), e.en(), e.abbr(), 1, 1),
                    (old, x) -> new Row(old.zh(), old.en(), old.abbr(), old.docs() + (newDoc ? 1 : 0), old.count() + 1));
        }
    }

    /** Rows, most widely defined first, then by abbreviation and Chinese term. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparingInt(Row::docs).reversed()
                .thenComparing(r -> r.abbr() == null ? "" : r.abbr())
                .thenComparing(r -> r.zh() == null ? "" : r.zh())
                .thenComparing(r -> r.en() == null ? "" : r.en()));
        return out;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", Scripts.containsHan(s) ? "" : " ").strip();
    }
}
