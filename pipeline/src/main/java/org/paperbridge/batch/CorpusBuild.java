package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.ExportSettings;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Exporters;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.index.IndexExporter;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.Searcher;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.text.TermDictionary;

/**
 * The composition root: from one configuration, the pipeline, the exports, the local index or a
 * remote one (the solr module's SolrCloud sink), the length calibration and the batch runner. {@code run}, {@code merge} and
 * {@code serve} build through it; nothing else assembles these parts. One per command; only the
 * searcher and the index writer may be asked for from several threads.
 */
public final class CorpusBuild implements AutoCloseable {
    private final PipelineConfig config;
    private final ExportSettings exports;
    /**
     * The lexicons' Chinese terms, kept whole by the CoNLL export and the index alike, so that on a
     * worker the index finds each Chinese run already segmented for the CoNLL export.
     */
    private final TermDictionary terms;
    private final BilingualTerms bilingual;
    private Lexicon lexicon;
    private SearchLexicon queries;
    private Pipeline pipeline;
    /** The one pool of timed workers the calibration pass and the main pass run on, made when first needed. */
    private TimedWorkers workers;

    private CorpusBuild(PipelineConfig config, ExportSettings exports, BilingualTerms bilingual) {
        this.config = config;
        this.exports = exports;
        this.bilingual = bilingual;
        this.terms = TermDictionary.of(bilingual.chinese());
    }

    public static CorpusBuild from(PipelineConfig config, ExportSettings exports) {
        return new CorpusBuild(config, exports, BilingualTerms.load());
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
            pipeline = new Pipeline(new EntityTagger(lexicon()));
        }
        return pipeline;
    }

    /** The tagger the pipeline tags with (the lexicons and the learned English models). */
    public EntityTagger tagger() {
        return pipeline().tagger();
    }

    /** The searcher of the index at {@code dir}, expanding queries as {@code search} does. */
    public Searcher searcher(Path dir) throws IOException {
        return Searcher.open(dir, bilingual.chinese(), queries());
    }

    // Synchronized: a service opens searchers from its request threads.
    private synchronized SearchLexicon queries() {
        if (queries == null) {
            queries = SearchLexicon.forQueries(bilingual, lexicon());
        }
        return queries;
    }

    /** A writer on the index at {@code dir} that segments as {@code run}'s index does, for adding articles. */
    public CorpusIndex indexWriter(Path dir) throws IOException {
        return CorpusIndex.open(dir, terms);
    }

    private synchronized Lexicon lexicon() {
        if (lexicon == null) {
            HanLPSetup.warmUpInBackground(); // while the lexicons load
            lexicon = Lexicon.load();
        }
        return lexicon;
    }

    /** The exports the configuration's formats name, writing into {@code dir}, in corpus order. */
    public List<Exporter> exporters(Path dir) throws IOException {
        return new ArrayList<>(Exporters.forFormats(config.formats(), dir, terms, exports));
    }

    /**
     * The local Lucene index under {@code dir/index}, fed on the worker threads (it does not depend
     * on corpus order), or nothing when the configuration builds no index; {@code compact}: merged
     * into one segment when closed, for serving.
     */
    public List<Exporter> localIndex(Path dir, boolean compact) throws IOException {
        return config.index() ? List.of(new IndexExporter(dir.resolve("index"), terms, true, compact)) : List.of();
    }

    /**
     * A remote index fed in corpus order (the solr module's SolrCloud sink), opened with the ids of
     * the articles {@code outDir}'s last run sent, so that it skips those still current.
     */
    public <S extends Exporter> S remoteIndex(RemoteIndex<S> index, Path outDir) throws IOException {
        return index.open(Manifest.read(outDir).articleIds());
    }

    /** How a remote index is opened; it lives in a module that builds on this one. */
    @FunctionalInterface
    public interface RemoteIndex<S extends Exporter> {
        S open(Collection<String> sentBefore) throws IOException;
    }

    /**
     * The corpus's own zh/en length model, fitted on a sample of {@code sources} before the run (or
     * kept from the last run in {@code outDir}).
     */
    public LengthCalibration.Result calibrate(List<Path> sources, Path outDir, boolean force) throws IOException {
        return new LengthCalibration(pipeline()::structure, config).withWorkers(workers()).calibrate(sources, outDir, force);
    }

    /**
     * The runner of a batch aligned with {@code lengths}; articles aligned with another model are
     * not reused ({@code force} in effect when the model changed).
     */
    public BatchRunner runner(LengthCalibration.Result lengths, boolean force) {
        Pipeline aligned = pipeline().withLengthModel(lengths.model().model());
        return new BatchRunner(new CalibratedProcessor(aligned, lengths.structured()), config,
                force || lengths.invalidatesPrevious())
                .withLengthModel(lengths.model()).withOverdue(lengths.overdue())
                .withContentDedup(exports.pairs().dedup()).withWorkers(workers());
    }

    private synchronized TimedWorkers workers() {
        if (workers == null) {
            workers = new TimedWorkers(config.effectiveThreads(), config.timeoutSeconds());
        }
        return workers;
    }

    /** Ends the worker pool, if a pass made it; a command closes its build when it is done. */
    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.close();
            workers = null;
        }
    }
}
