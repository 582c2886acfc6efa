package org.paperbridge.batch;

import java.util.Map;

/**
 * What happened to one source: its sha256, the article id it became, the outcome
 * ({@code ok}, {@code failed}, {@code duplicate}) and the time each stage took in microseconds.
 */
public record ManifestEntry(String path, String sha256, String docId, String status, String duplicateOf,
                            Map<String, Long> stageMicros) {
    public ManifestEntry {
        stageMicros = stageMicros == null ? Map.of() : Map.copyOf(stageMicros);
    }
}
