package org.paperbridge.cli;

import java.util.List;
import java.util.Locale;

import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.ExportSettings;
import org.paperbridge.corpus.PairSelection;
import org.paperbridge.corpus.Splits;
import picocli.CommandLine.Option;

/**
 * The options {@code run} and {@code merge} share: which exports to write and how the training
 * exports are cut, whether to index, how many threads.
 */
final class CorpusOptions {
    /**
     * More worker threads than this only add memory (each holds articles in flight) and contention;
     * a fixed bound, not a multiple of the cores, so the same command is valid on every machine.
     */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to 256 (default: one per core).")
    Integer threads;

    @Option(names = "--index", negatable = true, description = "Build the search index (default: 'index' of the "
            + "config, true); --no-index skips it.")
    Boolean index;

    @Option(names = "--formats", split = ",", paramLabel = "FMT",
            description = "Exports to write, comma-separated: json,tsv,tmx,jsonl,bioc,conll (default: all).")
    List<String> formats;

    @Option(names = "--splits", paramLabel = "TRAIN/DEV/TEST",
            description = "Document-level split ratios of the training exports (default 80/10/10).")
    String splits;

    @Option(names = "--min-score", paramLabel = "S",
            description = "Parallel exports: drop aligned sentence pairs scored under S (0-1; default 0).")
    Double minScore;

    @Option(names = "--beads", split = ",", paramLabel = "ZH:EN",
            description = "Parallel exports: keep only aligned pairs of these bead types, e.g. 1:1,2:1 (default: all).")
    List<String> beads;

    @Option(names = "--length-ratio", paramLabel = "MIN..MAX",
            description = "Parallel exports: keep pairs with MIN to MAX English letters per Chinese character, "
                    + "e.g. 1..6 (default: any).")
    String lengthRatio;

    @Option(names = "--aligned-only", description = "Parallel exports: only aligned sentence pairs (no titles, "
            + "keywords, names, affiliations, glossary terms).")
    boolean alignedOnly;

    @Option(names = "--keep-duplicates", description = "Parallel exports: keep pairs whose text (exactly or once "
            + "normalized) an earlier pair of the corpus had; articles: keep copies without a DOI whose text is the "
            + "same or near-identical (sources with one id are still one article).")
    boolean keepDuplicates;

    @Option(names = "--compact-index", description = "Merge the index into one segment at the end: searches "
            + "take about half the CPU or less, for one more rewrite of the index (for an index to serve).")
    boolean compactIndex;

    /** {@code cfg} with the options given; an impossible value is an {@link IllegalArgumentException}. */
    PipelineConfig applyTo(PipelineConfig cfg) {
        exportSettings(); // checked here, where the commands turn a bad value into a usage error
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
        if (index != null) {
            result = result.withIndex(index);
        }
        return result;
    }

    /** How the training exports are cut; an impossible value is an {@link IllegalArgumentException}. */
    ExportSettings exportSettings() {
        Splits ratios = splits == null ? Splits.DEFAULT : Splits.parse(splits);
        double min = 0;
        double max = Double.POSITIVE_INFINITY;
        if (lengthRatio != null) {
            String[] range = lengthRatio.split("\\.\\.", -1);
            try {
                if (range.length != 2) {
                    throw new NumberFormatException();
                }
                min = range[0].isBlank() ? 0 : Double.parseDouble(range[0]);
                max = range[1].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(range[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--length-ratio is MIN..MAX, e.g. 1..6, not '" + lengthRatio + "'");
            }
        }
        PairSelection pairs = new PairSelection(minScore == null ? 0 : minScore,
                beads == null ? List.of() : beads.stream().map(String::strip).toList(), min, max, alignedOnly,
                !keepDuplicates);
        return new ExportSettings(pairs, ratios);
    }
}
