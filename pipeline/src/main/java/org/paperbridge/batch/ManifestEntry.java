package org.paperbridge.batch;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What happened to one source: its sha256, the article id it became, the outcome
 * ({@code ok}, {@code failed}, {@code duplicate}), for a failure the stage and message, whether
 * the outcome was reused from an earlier run because the source was unchanged, and the time each
 * stage took in microseconds (when the source was last processed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestEntry(String path, String sha256, String docId, String status, String duplicateOf,
                            String match, String reason, String stage, String message, boolean reused,
                            Map<String, Long> stageMicros) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String DUPLICATE = "duplicate";

    public ManifestEntry {
        stageMicros = stageMicros == null ? Map.of() : Map.copyOf(stageMicros);
    }

    static ManifestEntry ok(String path, String sha256, String docId, boolean reused, Map<String, Long> micros) {
        return new ManifestEntry(path, sha256, docId, OK, null, null, null, null, null, reused, micros);
    }

    static ManifestEntry failed(String sha256, ErrorRecord error, boolean reused) {
        return new ManifestEntry(error.path(), sha256, null, FAILED, null, null, null, error.stage(), error.message(),
                reused, null);
    }

    /**
     * A source dropped as a copy of the one at {@code kept}: {@code match} says how they match
     * ({@code doi}, {@code bytes}, {@code text}, {@code near-text}), {@code reason} why the other is kept.
     */
    static ManifestEntry duplicate(String path, String sha256, String docId, String kept, String match, String reason,
                                   Map<String, Long> micros) {
        return new ManifestEntry(path, sha256, docId, DUPLICATE, kept, match, reason, null, null, false, micros);
    }

    /** This entry, whatever it was, as the copy {@code copy} describes. */
    ManifestEntry asCopy(ArticleCopy copy) {
        return duplicate(path, sha256, docId, copy.keeperPath(), copy.match(), copy.reason(), stageMicros);
    }

    ManifestEntry asReused() {
        return new ManifestEntry(path, sha256, docId, status, duplicateOf, match, reason, stage, message, true,
                stageMicros);
    }
}
