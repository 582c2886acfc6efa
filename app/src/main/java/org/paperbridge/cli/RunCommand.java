package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.paperbridge.PipelineConfig;
import org.paperbridge.align.FittedLengthModel;
import org.paperbridge.batch.BatchRunner;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.batch.ErrorRecord;
import org.paperbridge.batch.Generation;
import org.paperbridge.batch.LengthCalibration;
import org.paperbridge.batch.OutputLock;
import org.paperbridge.batch.RunScope;
import org.paperbridge.batch.Shard;
import org.paperbridge.batch.SourceWalker;
import org.paperbridge.batch.Summary;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.solr.Retry;
import org.paperbridge.solr.SolrSink;
import org.paperbridge.solr.SolrTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge run [INPUT...]}: a folder or files of articles in, the corpus out. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Process articles (files or folders, default seeds/) into a corpus folder.")
public final class RunCommand implements Callable<Integer> {
    private static final int TOP_ERROR_KINDS = 5;
    private static final int MAX_FAILURES_LISTED = 20;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: seeds/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/, or 'out' of the config).")
    Path out;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--include", split = ",", paramLabel = "GLOB",
            description = "Read only files whose names match one of these globs (default: 'include' of the config).")
    List<String> include;

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB",
            description = "Skip files and folders whose names match one of these globs (default: 'exclude' of the config).")
    List<String> exclude;

    @Option(names = "--force", description = "Process every source again, even those unchanged since the last run; "
            + "rebuild the index; write into a non-empty folder that is not a PaperBridge output.")
    boolean force;

    @Option(names = "--follow-links-out", description = "Follow symbolic links that lead out of the input folder "
            + "(by default they are reported and not followed; links within it always are).")
    boolean followLinksOut;

    @Option(names = "--sink", paramLabel = "lucene|solr", defaultValue = "lucene",
            description = "Where the search index goes: a local Lucene index (<out>/index) or a SolrCloud "
                    + "collection (with --solr-url or --zk-host, and --collection). Default: ${DEFAULT-VALUE}.")
    String sink;

    @ArgGroup(exclusive = false)
    SolrOptions solr = new SolrOptions();

    @Option(names = "--solr-batch", paramLabel = "N", defaultValue = "50",
            description = "Articles per update request with --sink solr (default ${DEFAULT-VALUE}); fewer for very "
                    + "long articles, so one request stays small.")
    int solrBatch;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Process only shard i of N (numbered from 1), for splitting a batch across machines; "
                    + "join the outputs with 'paperbridge merge'.")
    String shardSpec;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outLine = spec.commandLine().getOut();
        PipelineConfig cfg;
        Shard shard;
        try {
            cfg = effectiveConfig();
            shard = shardSpec == null ? null : Shard.parse(shardSpec);
        } catch (IllegalArgumentException | IOException e) {
            err.println("paperbridge run: " + e.getMessage());
            return Main.USAGE;
        }
        SolrTarget target;
        try {
            target = solrTarget(cfg);
        } catch (IllegalArgumentException e) {
            err.println("paperbridge run: " + e.getMessage());
            return Main.USAGE;
        }
        Path outDir = Path.of(cfg.out());
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            BatchRunner.removeTemporaries(outDir);
            Generation gen = Generation.begin(outDir, force);
            return run(cfg, target, shard, outDir, gen, outLine, err);
        } catch (OutputLock.BusyException | Generation.ForeignFolderException | BadIndexException e) {
            err.println("paperbridge run: " + ConsoleText.escape(e.getMessage()));
            return Main.USAGE;
        }
    }

    /** The SolrCloud collection the index goes to, or null for the local index. */
    private SolrTarget solrTarget(PipelineConfig cfg) {
        String s = sink == null ? "lucene" : sink.strip().toLowerCase(Locale.ROOT);
        if (s.equals("lucene")) {
            if (solr != null && solr.given()) {
                throw new IllegalArgumentException("--solr-url, --zk-host and --collection need --sink solr");
            }
            return null;
        }
        if (!s.equals("solr")) {
            throw new IllegalArgumentException("--sink must be lucene or solr, not '" + sink + "'");
        }
        if (!cfg.index()) {
            throw new IllegalArgumentException("--sink solr and --no-index contradict each other");
        }
        if (solrBatch < 1) {
            throw new IllegalArgumentException("--solr-batch must be at least 1, not " + solrBatch);
        }
        if (solr == null || !solr.given()) {
            throw new IllegalArgumentException("--sink solr needs --solr-url URL (or --zk-host HOSTS) and --collection NAME");
        }
        return solr.target();
    }

    /** The committed index cannot be opened (truncated, corrupt); the message says how to rebuild it. */
    static final class BadIndexException extends Exception {
        private static final long serialVersionUID = 1L;

        BadIndexException(Path outDir, Exception cause) {
            super("the index in " + outDir.resolve("index") + " cannot be opened (" + firstLine(cause)
                    + "); run again with --force to rebuild it", cause);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private int run(PipelineConfig cfg, SolrTarget target, Shard shard, Path outDir, Generation gen,
                    PrintWriter outLine, PrintWriter err) throws IOException, BadIndexException {
        List<Path> sources = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        // The output folder is never read back as input, wherever it lies in the tree.
        SourceWalker.Found all = new SourceWalker(cfg.include(), cfg.exclude())
                .excluding(outDir).followingLinksOut(followLinksOut).walk(sources);
        // Sources of other shards are left out before the runner sees them: to it they do not
        // exist, so outputs of a source that left this shard (a new N or i) are removed as deleted.
        SourceWalker.Found found = shard == null ? all : all.inShard(shard, sources);
        RunScope scope = new RunScope(sources.stream().map(Path::toString).toList(), shard);
        CorpusBuild build = CorpusBuild.from(cfg, corpus.exportSettings());
        try {
            List<Exporter> exporters = build.exporters(gen.dir());
            List<Exporter> concurrent = List.of();
            if (target == null) {
                if (cfg.index() && !force) {
                    gen.seedIndex();
                }
                try {
                    concurrent = build.localIndex(gen.dir(), corpus.compactIndex);
                } catch (IOException | RuntimeException e) {
                    throw new BadIndexException(outDir, e);
                }
            }
            SolrSink solrSink = null;
            if (target != null) {
                // In corpus order on the writer thread: batches are sent as the corpus is written.
                solrSink = build.remoteIndex(sent -> new SolrSink(target, Retry.DEFAULT, solrBatch, sent), outDir);
                exporters.add(solrSink);
            }
            // The sample comes from all the inputs, not this shard's, so every shard aligns with one model.
            LengthCalibration.Result lengths = build.calibrate(all.files(), outDir, force);
            Progress progress = new Progress(err, found.files().size(), System.console() != null);
            Summary summary = build.runner(lengths, force).withScope(scope)
                    .run(found.files(), found.problems(), gen, exporters, concurrent, progress::update);
            progress.finish();
            if (shard != null) {
                outLine.printf("shard %s: %d of %d sources (the others belong to other shards)%n", shard,
                        found.files().size(), all.files().size());
            }
            outLine.println(describe(lengths));
            for (String line : Progress.summaryLines(summary, TOP_ERROR_KINDS)) {
                outLine.println(line);
            }
            List<ErrorRecord> errors = summary.errors();
            for (ErrorRecord e : errors.subList(0, Math.min(errors.size(), MAX_FAILURES_LISTED))) {
                outLine.printf("failed: %s [%s] %s%n", ConsoleText.escape(e.path()), e.stage(),
                        ConsoleText.escape(e.message()));
            }
            if (errors.size() > MAX_FAILURES_LISTED) {
                outLine.printf("... and %d more failures%n", errors.size() - MAX_FAILURES_LISTED);
            }
            if (solrSink != null) {
                outLine.printf("solr: %d articles sent to %s, %d already current%n", solrSink.sent(), target,
                        solrSink.current());
            }
            outLine.println("output: " + outDir + (summary.failed() > 0 ? "; failures in " + outDir.resolve("errors.jsonl") : ""));
            return summary.exitCode();
        } finally {
            build.close();
        }
    }

    private static String describe(LengthCalibration.Result lengths) {
        FittedLengthModel m = lengths.model();
        String from = FittedLengthModel.PRIOR.equals(m.origin())
                ? String.format(Locale.ROOT, "the prior (%d abstract pairs in %d sampled sources, under the %d needed to fit)",
                        m.pairs(), m.sampledSources(), LengthCalibration.MIN_PAIRS)
                : String.format(Locale.ROOT, "fitted on %d abstract pairs of %d sampled sources%s", m.pairs(),
                        m.sampledSources(), lengths.reused() ? " (same sample as the last run)" : "");
        return String.format(Locale.ROOT, "length model: %.3f English letters per Chinese character, variance %.2f, %s",
                m.ratio(), m.variance(), from);
    }

    private PipelineConfig effectiveConfig() throws IOException {
        PipelineConfig cfg = source.applyTo(corpus.applyTo(config.resolve()));
        if (out != null) {
            cfg = cfg.withOut(out.toString());
        }
        if (include != null) {
            cfg = cfg.withInclude(include.stream().map(String::strip).toList());
        }
        if (exclude != null) {
            cfg = cfg.withExclude(exclude.stream().map(String::strip).toList());
        }
        return cfg;
    }
}
