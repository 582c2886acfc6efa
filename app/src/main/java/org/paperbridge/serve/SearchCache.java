package org.paperbridge.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.paperbridge.index.SearchOptions;

/**
 * The JSON of recent searches, least recently used out first, as Solr's query result cache: a
 * page asked again (back, a facet removed, a shared link) costs no search. Keyed by the index
 * generation too, so an index that changed is never answered from the old one's results.
 */
final class SearchCache {
    /** Larger answers are not kept: a few of them would crowd out many ordinary pages. */
    private static final int MAX_ENTRY_BYTES = 256 * 1024;

    private final int capacity;
    private final Map<String, byte[]> entries;

    SearchCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > SearchCache.this.capacity;
            }
        };
    }

    static String key(long generation, String query, SearchOptions o) {
        return generation + "\u0000" + o.limit() + "\u0000" + o.offset() + "\u0000" + o.passagesPerArticle() + "\u0000"
                + new TreeSet<>(o.languages()) + "\u0000" + o.groups() + "\u0000" + o.facets() + "\u0000" + query;
    }

    synchronized byte[] get(String key) {
        return capacity == 0 ? null : entries.get(key);
    }

    synchronized void put(String key, byte[] json) {
        if (capacity > 0 && json.length <= MAX_ENTRY_BYTES) {
            entries.put(key, json);
        }
    }
}
