package org.paperbridge.serve;

import java.io.IOException;
import java.nio.file.Path;

import org.paperbridge.Pipeline;
import org.paperbridge.align.RunningTextSentences;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.index.Searcher;

/**
 * What the service works with, taken from the composition root {@code run} builds through
 * ({@link CorpusBuild}): the pipeline, its entity tagger, the searcher and the index writer, so
 * an upload is processed, tagged, segmented and found exactly as in a batch. Built once per
 * process; every part is thread-safe.
 */
public final class ServiceParts {
    private final CorpusBuild build;
    private final Pipeline pipeline;

    private ServiceParts(CorpusBuild build) {
        this.build = build;
        this.pipeline = build.pipeline(); // loads the lexicons now, not on the first request
    }

    public static ServiceParts of(CorpusBuild build) {
        return new ServiceParts(build);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public EntityTagger tagger() {
        return pipeline.tagger();
    }

    /** A new aligner per request: cheap, and it keeps no state between texts. */
    public SentenceAligner aligner() {
        return new SentenceAligner();
    }

    public RunningTextSentences sentenceSplitter() {
        return new RunningTextSentences();
    }

    /** The searcher of the index at {@code dir}, with {@code search}'s query expansion. */
    public Searcher openSearcher(Path dir) throws IOException {
        return build.searcher(dir);
    }

    /** The writer {@code run} would open on the index at {@code dir}, segmenting with the same dictionary. */
    public CorpusIndex openWriter(Path dir) throws IOException {
        return build.indexWriter(dir);
    }
}
