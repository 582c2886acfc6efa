package org.paperbridge.batch;

import org.paperbridge.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.align.FittedLengthModel;
import org.paperbridge.corpus.CorpusWriter;
import org.paperbridge.corpus.ExportFailure;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Exporters;
import org.paperbridge.model.Article;

/**
 * Runs the pipeline over a list of sources on a pool of threads and writes the corpus in input
 * order, whatever the thread timing. At most a few articles per thread are in flight, so memory
 * does not grow with the size of the batch. A failed or overdue source becomes one line of
 * errors.jsonl and the run goes on. Sources unchanged since the last run (by sha256, per
 * manifest.json) are not processed again: their articles are read back from docs/.
 *
 * <p>Crash safety: every file is written under a temporary name and moved into place, and the
 * manifest is checkpointed only after the docs it names are written, so after a kill at any
 * moment the next run redoes exactly what is missing. Callers hold an {@link OutputLock}.
 */
public final class BatchRunner {
    private static final int IN_FLIGHT_PER_THREAD = 4;
    private static final long CHECKPOINT_NANOS = 30_000_000_000L;

    private final DocumentProcessor processor;
    private final PipelineConfig config;
    private final boolean force;
    private final long checkpointNanos;
    private final RunScope scope;
    /** The length model the processor aligns with, recorded in the manifest; null when unknown. */
    private final FittedLengthModel lengthModel;
    /** Sources that ran over the time limit in the calibration pass, path to message: not tried again. */
    private final Map<String, String> overdueBefore;
    /** Whether sources without a DOI are deduplicated by their text too, not only by id. */
    private final boolean contentDedup;
    /** The composition root's pool, shared with the calibration pass; null: the run makes its own. */
    private final TimedWorkers shared;

    public BatchRunner(Pipeline pipeline, PipelineConfig config) {
        this(pipeline::process, config, false);
    }

    /** @param force process every source even when the manifest says it is unchanged */
    public BatchRunner(DocumentProcessor processor, PipelineConfig config, boolean force) {
        this(processor, config, force, CHECKPOINT_NANOS);
    }

    /** With the manifest checkpointed every {@code checkpointNanos} (tests use 0: after every source). */
    BatchRunner(DocumentProcessor processor, PipelineConfig config, boolean force, long checkpointNanos) {
        this(processor, config, force, checkpointNanos, null);
    }

    private BatchRunner(DocumentProcessor processor, PipelineConfig config, boolean force, long checkpointNanos,
                        FittedLengthModel lengthModel) {
        this.processor = processor;
        this.config = config;
        this.force = force;
        this.checkpointNanos = checkpointNanos;
        this.lengthModel = lengthModel;
        this.scope = RunScope.UNKNOWN;
        this.overdueBefore = Map.of();
        this.contentDedup = true;
        this.shared = null;
    }

    private BatchRunner(BatchRunner base, RunScope scope, FittedLengthModel lengthModel,
                        Map<String, String> overdueBefore, boolean contentDedup, TimedWorkers shared) {
        this.processor = base.processor;
        this.config = base.config;
        this.force = base.force;
        this.checkpointNanos = base.checkpointNanos;
        this.scope = scope;
        this.lengthModel = lengthModel;
        this.overdueBefore = Map.copyOf(overdueBefore);
        this.contentDedup = contentDedup;
        this.shared = shared;
    }

    /** This runner recording {@code scope} (the inputs and shard) in the manifest. */
    public BatchRunner withScope(RunScope scope) {
        return new BatchRunner(this, scope, lengthModel, overdueBefore, contentDedup, shared);
    }

    /** This runner recording in manifest.json that its processor aligns with {@code model} (see {@link LengthCalibration}). */
    public BatchRunner withLengthModel(FittedLengthModel model) {
        return new BatchRunner(this, scope, model, overdueBefore, contentDedup, shared);
    }

    /**
     * This runner reporting {@code overdue} sources (path to message) as timed out without trying
     * them again: the calibration pass already spent the time limit on them, and the main pass
     * does more work on a source than calibration, so it could only time out as well.
     */
    public BatchRunner withOverdue(Map<String, String> overdue) {
        return new BatchRunner(this, scope, lengthModel, overdue, contentDedup, shared);
    }

    /**
     * This runner finding copies of an article by id only ({@code false}: every source with its own
     * id is an article, as {@code --keep-duplicates} asks) or by text too ({@code true}, the default).
     */
    public BatchRunner withContentDedup(boolean byText) {
        return new BatchRunner(this, scope, lengthModel, overdueBefore, byText, shared);
    }

    /** This runner on {@code workers}, a pool it neither makes nor closes (see {@code CorpusBuild}). */
    BatchRunner withWorkers(TimedWorkers workers) {
        return new BatchRunner(this, scope, lengthModel, overdueBefore, contentDedup, workers);
    }

    /** Processes {@code sources} into {@code outDir} with exporters that all see the articles in corpus order. */
    public Summary run(List<Path> sources, List<ErrorRecord> walkProblems, Path outDir, List<Exporter> exporters,
                       IntConsumer progress) throws IOException {
        return run(sources, walkProblems, outDir, exporters, List.of(), progress);
    }

    /** Like {@link #run(List, List, Generation, List, List, IntConsumer)} in a generation begun here (tests). */
    Summary run(List<Path> sources, List<ErrorRecord> walkProblems, Path outDir, List<Exporter> exporters,
                List<Exporter> concurrent, IntConsumer progress) throws IOException {
        try {
            return run(sources, walkProblems, Generation.begin(outDir, true), exporters, concurrent, progress);
        } catch (Generation.ForeignFolderException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Processes {@code sources} into generation {@code gen} and commits it.
     *
     * @param walkProblems problems met while finding the sources; they go to errors.jsonl too
     * @param exporters    exports that need the articles in corpus order (corpus.jsonl order), writing
     *                     into {@code gen.dir()}; the runner closes them when the run succeeds
     * @param concurrent   exports whose {@code accept} is thread-safe and indifferent to order (the
     *                     index): fed on the worker threads as articles are made, so their work runs
     *                     in parallel; closed after the others when the run succeeds
     * @param progress     called with the number of sources done so far
     */
    public Summary run(List<Path> sources, List<ErrorRecord> walkProblems, Generation gen, List<Exporter> exporters,
                       List<Exporter> concurrent, IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        Path outDir = gen.dir();
        Path folder = outDir.getParent();
        String codeVersion = CodeVersion.current();
        List<Earlier> earlier = new ArrayList<>();
        for (Path dir : gen.earlier()) {
            earlier.add(new Earlier(dir, force ? Manifest.empty() : Manifest.read(dir)));
        }
        List<ErrorRecord> errors = new ArrayList<>(walkProblems);
        List<ManifestEntry> entries = new ArrayList<>(sources.size());
        Map<String, String> pathById = new HashMap<>();
        ArticleCopies copies = new ArticleCopies(contentDedup);
        // By copy (the n-th article offered): its place in the corpus (-1 when not in it) and in the manifest.
        int[] ordinalOf = new int[256];
        int[] entryOf = new int[256];
        int threads = config.effectiveThreads();
        CorpusWriter corpus = new CorpusWriter(outDir, exporters);
        try (CrashJournal journal = CrashJournal.open(folder);
             TimedWorkers.Lease lease = TimedWorkers.lease(shared, threads, config.timeoutSeconds())) {
            TimedWorkers workers = lease.workers();
            SourceJob job = new SourceJob(processor, config.maxFileBytes(), corpus, journal);
            // Sources a dead run left in progress go first, one at a time: if one takes the process
            // down again, the journal names it alone.
            Map<Path, SourceJob.Outcome> alone = new HashMap<>();
            for (Path source : sources) {
                if (journal.isSuspect(source.toString())) {
                    alone.put(source, await(submit(workers, job, source, candidates(earlier, source, codeVersion),
                            true, corpus, concurrent, journal)));
                }
            }
            Deque<CompletableFuture<SourceJob.Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            long lastCheckpoint = System.nanoTime();
            while (next < sources.size() || !inFlight.isEmpty()) {
                while (next < sources.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Path source = sources.get(next++);
                    SourceJob.Outcome known = alone.containsKey(source) ? alone.get(source) : knownOutcome(source);
                    inFlight.add(known != null ? CompletableFuture.completedFuture(known)
                            : submit(workers, job, source, candidates(earlier, source, codeVersion), false, corpus,
                                    concurrent, journal));
                }
                SourceJob.Outcome o = await(inFlight.removeFirst());
                String path = o.path().toString();
                if (o.error() != null) {
                    errors.add(o.error());
                    entries.add(ManifestEntry.failed(o.sha256(), o.error(), o.reused()));
                } else {
                    Article a = o.article();
                    pathById.putIfAbsent(a.id(), path);
                    ArticleFingerprint f = o.fingerprint() != null ? o.fingerprint() : ArticleFingerprint.of(a);
                    ArticleCopies.Offer offer = copies.offer(f, path);
                    int copy = copies.size() - 1;
                    // Withdrawn first: the better copy may have the same id.
                    for (int w : offer.withdrawn()) {
                        corpus.withdraw(ordinalOf[w]);
                        ordinalOf[w] = -1;
                        entries.set(entryOf[w], entries.get(entryOf[w]).asCopy(copies.dropped(w)));
                    }
                    if (ordinalOf.length == copy) {
                        ordinalOf = Arrays.copyOf(ordinalOf, copy * 2);
                        entryOf = Arrays.copyOf(entryOf, copy * 2);
                    }
                    entryOf[copy] = entries.size();
                    if (offer.kept()) {
                        ordinalOf[copy] = corpus.add(o.entry());
                        entries.add(ManifestEntry.ok(path, o.sha256(), a.id(), o.reused(), o.stageMicros()));
                    } else {
                        ordinalOf[copy] = -1;
                        corpus.discard(o.entry());
                        entries.add(ManifestEntry.ok(path, o.sha256(), a.id(), false, o.stageMicros())
                                .asCopy(copies.dropped(copy)));
                    }
                }
                progress.accept(entries.size());
                if (System.nanoTime() - lastCheckpoint >= checkpointNanos) {
                    Manifest.write(outDir, codeVersion, scope, lengthModel, null, entries);
                    lastCheckpoint = System.nanoTime();
                }
            }
            // Reached only when every source is done: a run that fails half-way leaves its
            // generation uncommitted (the next run reuses its checkpoint, then removes it), never a
            // partial corpus. The workers drain the concurrent exports meanwhile (untimed: an
            // interrupted index flush would break the index).
            List<CompletableFuture<Void>> drains = new ArrayList<>();
            for (int t = 0; t < threads && !concurrent.isEmpty(); t++) {
                drains.add(workers.submit(() -> null, v -> drain(concurrent), () -> null));
            }
            corpus.close();
            for (CompletableFuture<Void> d : drains) {
                await(d);
            }
            // The concurrent exports saw every copy in any order: give them the kept copy of an id
            // that several copies had, and take back the ids no kept copy has.
            Set<String> keptIds = new HashSet<>();
            Set<String> copied = new TreeSet<>();
            for (int c = 0; c < copies.size(); c++) {
                if (copies.isKept(c)) {
                    keptIds.add(copies.id(c));
                } else {
                    entries.set(entryOf[c], entries.get(entryOf[c]).asCopy(copies.dropped(c)));
                    copied.add(copies.id(c));
                }
            }
            for (String id : copied) {
                if (keptIds.contains(id)) {
                    feed(concurrent, CorpusWriter.Entry.kept(outDir, id).article());
                } else {
                    for (Exporter e : concurrent) {
                        e.withdraw(id);
                    }
                }
            }
            closeAll(concurrent);
            reportExportFailures(exporters, concurrent, pathById, outDir, errors);
            int ok = 0;
            int skipped = 0;
            int duplicates = 0;
            for (ManifestEntry e : entries) {
                if (ManifestEntry.OK.equals(e.status())) {
                    ok++;
                    skipped += e.reused() ? 1 : 0;
                } else if (ManifestEntry.DUPLICATE.equals(e.status())) {
                    duplicates++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Summary summary = new Summary(ok, errors.size(), duplicates, skipped, seconds, errors);
            ErrorRecord.writeAll(outDir.resolve("errors.jsonl"), errors);
            Manifest.write(outDir, codeVersion, scope, lengthModel, summary, entries);
            gen.commit();
            journal.discard();
            return summary;
        }
    }

    /** An earlier output and its manifest, where unchanged sources' articles are read back from. */
    record Earlier(Path dir, Manifest manifest) {
    }

    /** The earlier outcomes recorded for {@code source} by the same code, most recent first. */
    private static List<SourceJob.Candidate> candidates(List<Earlier> earlier, Path source, String codeVersion) {
        List<SourceJob.Candidate> out = new ArrayList<>(earlier.size());
        for (Earlier e : earlier) {
            ManifestEntry entry = e.manifest().entryFor(source.toString(), codeVersion);
            if (entry != null) {
                out.add(new SourceJob.Candidate(e.dir(), entry));
            }
        }
        return out;
    }

    private CompletableFuture<SourceJob.Outcome> submit(TimedWorkers workers, SourceJob job, Path source,
                                                       List<SourceJob.Candidate> before, boolean alone,
                                                       CorpusWriter corpus, List<Exporter> concurrent,
                                                       CrashJournal journal) {
        String overdue = String.format(Locale.ROOT, "gave up after %s s (timeoutSeconds, --timeout-seconds); "
                + "the file was abandoned", seconds(config.timeoutSeconds()));
        return workers.submit(() -> job.run(source, before, alone), o -> finish(o, corpus, concurrent),
                () -> {
                    journal.ended(source.toString());
                    return SourceJob.failure(source, null, Stage.TIMEOUT.label(), overdue);
                });
    }

    /** An outcome known before the source is read: one that ran over the time limit in the calibration pass. */
    private SourceJob.Outcome knownOutcome(Path source) {
        String message = overdueBefore.get(source.toString());
        return message == null ? null : SourceJob.failure(source, null, Stage.TIMEOUT.label(), message);
    }

    /**
     * The untimed end of a source's work: its document staged and its article fed to the concurrent
     * exports (the index). A failure here is the source's, reported like any other.
     */
    private static SourceJob.Outcome finish(SourceJob.Outcome o, CorpusWriter corpus, List<Exporter> concurrent)
            throws IOException {
        if (o.entry() == null) {
            return o;
        }
        SourceJob.Outcome staged = o.staged(corpus);
        try {
            feed(concurrent, staged.article());
            return staged;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            corpus.discard(staged.entry());
            return SourceJob.failure(o.path(), o.sha256(), Stage.INDEX.label(), "cannot index the article: "
                    + (e instanceof OutOfMemoryError ? "out of memory" : SourceJob.describe(e)));
        }
    }

    private static Void drain(List<Exporter> concurrent) throws IOException {
        for (Exporter e : concurrent) {
            e.drain();
        }
        return null;
    }

    private static void feed(List<Exporter> concurrent, Article a) throws IOException {
        for (Exporter e : concurrent) {
            e.accept(a);
        }
    }

    /** What a closed export could not take (a remote index after retries) becomes one error record per article. */
    private static void reportExportFailures(List<Exporter> exporters, List<Exporter> concurrent,
                                             Map<String, String> pathById, Path outDir, List<ErrorRecord> errors) {
        List<Exporter> all = new ArrayList<>(exporters);
        all.addAll(concurrent);
        for (Exporter e : all) {
            for (ExportFailure f : e.failures()) {
                String path = f.docId() == null ? outDir.toString() : pathById.getOrDefault(f.docId(), f.docId());
                errors.add(new ErrorRecord(path, f.stage(), f.message()));
            }
        }
    }

    private static void closeAll(List<Exporter> exporters) throws IOException {
        Exporters.closeAll(exporters, null);
    }

    /** Deletes the temporary files a killed run left at the top of {@code outDir} (only PaperBridge's, by name). */
    public static void removeTemporaries(Path outDir) throws IOException {
        Generation.removeTemporaries(outDir);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        } catch (ExecutionException e) {
            // Every source's failure is an outcome; what lands here is the run's own (disk full, a
            // broken index), and its cause is the message.
            Throwable cause = e.getCause();
            throw new IOException(cause instanceof IOException ? cause.getMessage()
                    : "worker failed: " + SourceJob.describe(cause), cause);
        }
    }
}
