package org.paperbridge.batch;

import java.util.List;

/** The outcome of a run: counts, wall time and the failures. */
public record Summary(int ok, int failed, int duplicates, double seconds, List<ErrorRecord> errors) {
    public Summary {
        errors = List.copyOf(errors);
    }

    public int exitCode() {
        return failed > 0 ? 1 : 0;
    }

    public double articlesPerSecond() {
        return seconds > 0 ? ok / seconds : 0;
    }
}
