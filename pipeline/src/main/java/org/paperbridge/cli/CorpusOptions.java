package org.paperbridge.cli;

import java.util.List;
import java.util.Locale;

import org.paperbridge.PipelineConfig;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code merge} share: which exports to write, whether to index, how many threads. */
final class CorpusOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
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
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
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
