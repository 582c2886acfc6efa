package org.paperbridge.solr;

import java.io.IOException;
import java.time.Duration;

/**
 * How often and how patiently a request to SolrCloud is tried: {@code attempts} tries in all, the
 * wait doubling from {@code firstWait} up to {@code maxWait} (a leader election after a node
 * loss takes seconds; a dead cluster should not hold a batch run for long).
 */
public record Retry(int attempts, Duration firstWait, Duration maxWait) {
    public static final Retry DEFAULT = new Retry(6, Duration.ofMillis(500), Duration.ofSeconds(10));

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** A request to SolrCloud that may fail. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    /** Runs {@code call} until it succeeds or the attempts are spent; the last failure is thrown. */
    public <T> T run(Call<T> call) throws IOException {
        long wait = firstWait.toMillis();
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return call.run();
            } catch (Exception e) {
                last = e;
                if (attempt == attempts) {
                    break;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting to retry", ie);
                }
                wait = Math.min(wait * 2, maxWait.toMillis());
            }
        }
        throw new IOException("failed after " + attempts + " attempts: " + message(last), last);
    }

    private static String message(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? m : m + " (" + root.getMessage() + ")";
    }
}
