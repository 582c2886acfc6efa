package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.ExportSettings;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Exporters;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.index.IndexExporter;
import org.paperbridge.solr.Retry;
import org.paperbridge.solr.SolrSink;
import org.paperbridge.solr.SolrTarget;
import org.paperbridge.text.TermDictionary;

/**
 * The composition root: from one configuration, the pipeline, the exports, the local index or the
 * SolrCloud sink, the length calibration and the batch runner. {@code run}, {@code merge} and
 * {@code serve} build through it; nothing else assembles these parts. Not thread-safe: one per command.
 */
public final class CorpusBuild {
    private final PipelineConfig config;
    private final ExportSettings exports;
    /**
     * The lexicons' Chinese terms, kept whole by the CoNLL export and the index alike, so that on a
     * worker the index finds each Chinese run already segmented for the CoNLL export.
     */
    private final TermDictionary terms;
    private Pipeline pipeline;

    private CorpusBuild(PipelineConfig config, ExportSettings exports, TermDictionary terms) {
        this.config = config;
        this.exports = exports;
        this.terms = terms;
    }

    public static CorpusBuild from(PipelineConfig config, ExportSettings exports) {
        return new CorpusBuild(config, exports, TermDictionary.of(BilingualTerms.load().chinese()));
    }

    public PipelineConfig config() {
        return config;
    }

    public TermDictionary terms() {
        return terms;
    }

    /** The pipeline with the lexicons shipped in the jar and the prior length model; made once. */
    public Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline();
        }
        return pipeline;
    }

    /** The exports the configuration's formats name, writing into {@code dir}, in corpus order. */
    public List<Exporter> exporters(Path dir) throws IOException {
        return new ArrayList<>(Exporters.forFormats(config.formats(), dir, terms, exports));
    }

    /**
     * The local Lucene index under {@code dir/index}, fed on the worker threads (it does not depend
     * on corpus order), or nothing when the configuration builds no index.
     */
    public List<Exporter> localIndex(Path dir) throws IOException {
        return config.index() ? List.of(new IndexExporter(dir.resolve("index"), terms, true)) : List.of();
    }

    /** A SolrCloud collection fed in corpus order, told which articles {@code outDir}'s last run sent. */
    public SolrSink solrSink(SolrTarget target, int batchArticles, Path outDir) throws IOException {
        return new SolrSink(target, Retry.DEFAULT, batchArticles, Manifest.read(outDir).articleIds());
    }

    /**
     * The corpus's own zh/en length model, fitted on a sample of {@code sources} before the run (or
     * kept from the last run in {@code outDir}).
     */
    public LengthCalibration.Result calibrate(List<Path> sources, Path outDir, boolean force) throws IOException {
        return new LengthCalibration(pipeline()::structure, config).calibrate(sources, outDir, force);
    }

    /**
     * The runner of a batch aligned with {@code lengths}; articles aligned with another model are
     * not reused ({@code force} in effect when the model changed).
     */
    public BatchRunner runner(LengthCalibration.Result lengths, boolean force) {
        Pipeline aligned = pipeline().withLengthModel(lengths.model().model());
        return new BatchRunner(new CalibratedProcessor(aligned, lengths.structured()), config,
                force || lengths.invalidatesPrevious())
                .withLengthModel(lengths.model()).withOverdue(lengths.overdue());
    }
}
