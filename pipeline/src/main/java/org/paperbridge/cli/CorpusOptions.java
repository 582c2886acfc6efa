package org.paperbridge.cli;

import java.util.List;
import java.util.Locale;

import org.paperbridge.PipelineConfig;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code merge} share: which exports to write, whether to index, how many threads. */
final class CorpusOptions {
    /**
     * More worker threads than this only add memory (each holds articles in flight) and contention;
     * a fixed bound, not a multiple of the cores, so the same command is valid on every machine.
     */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to 256 (default: one per core).")
    Integer threads;

    @Option(names = "--no-index", description = "Do not build the search index.")
    boolean noIndex;

    @Option(names = "--formats", split = ",", paramLabel = "FMT",
            description = "Exports to write, comma-separated: json,tsv,tmx,bioc,conll (default: all).")
    List<String> formats;

    /** {@code cfg} with the options given; an impossible value is an {@link IllegalArgumentException}. */
    PipelineConfig applyTo(PipelineConfig cfg) {
        PipelineConfig result = cfg;
        if (threads != null) {
            if (threads < 1 || threads > MAX_THREADS) {
                throw new IllegalArgumentException("--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
            }
            result = result.withThreads(threads);
        }
        if (formats != null) {
            result = result.withFormats(formats.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
        }
        if (noIndex) {
            result = result.withIndex(false);
        }
        return result;
    }
}
