package org.paperbridge.serve;

import java.nio.file.Path;

/**
 * What {@code paperbridge serve} listens on and serves: the output folder (articles under its
 * committed {@code docs/}), the index, and the limits of a request.
 *
 * @param port 0 picks a free port (tests)
 * @param maxUploadBytes largest file {@code POST /api/process} accepts
 * @param maxTextBytes largest body {@code POST /api/tag} and {@code /api/align} accept
 * @param timeoutSeconds time one upload may take, as {@code run --timeout}
 * @param concurrentUploads uploads processed at once; more wait for a free slot, then get 503
 * @param cachedSearches search answers kept for a repeated request (0: none)
 */
public record ServeSettings(String host, int port, Path out, Path index, long maxUploadBytes, long maxTextBytes,
                            double timeoutSeconds, int concurrentUploads, int cachedSearches) {
    public static final int DEFAULT_CACHED_SEARCHES = 1_000;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L << 20;
    public static final long DEFAULT_MAX_TEXT_BYTES = 1L << 20;

    public ServeSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxUploadBytes < 1 || maxTextBytes < 1 || timeoutSeconds <= 0 || concurrentUploads < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (cachedSearches < 0 || cachedSearches > 1_000_000) {
            throw new IllegalArgumentException("the search cache holds 0 to 1,000,000 answers, not " + cachedSearches);
        }
    }

    /**
     * The defaults for an output folder: its index, 20 MB uploads, 1 MB texts, 2 uploads at once;
     * {@code timeoutSeconds} is the configuration's, as {@code run} uses it.
     */
    public static ServeSettings of(Path out, Path index, String host, int port, double timeoutSeconds) {
        return new ServeSettings(host, port, out, index == null ? out.resolve("index") : index,
                DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_TEXT_BYTES, timeoutSeconds, 2,
                DEFAULT_CACHED_SEARCHES);
    }

    public ServeSettings withLimits(long newMaxUploadBytes, long newMaxTextBytes, double newTimeoutSeconds) {
        return new ServeSettings(host, port, out, index, newMaxUploadBytes, newMaxTextBytes, newTimeoutSeconds,
                concurrentUploads, cachedSearches);
    }

    public ServeSettings withCachedSearches(int entries) {
        return new ServeSettings(host, port, out, index, maxUploadBytes, maxTextBytes, timeoutSeconds,
                concurrentUploads, entries);
    }
}
