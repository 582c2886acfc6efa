package org.paperbridge.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

import org.paperbridge.Hashes;
import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.align.FittedLengthModel;
import org.paperbridge.align.LengthModel;
import org.paperbridge.align.LengthModelEstimator;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;

/**
 * The calibration pass before a batch: fits the zh/en length model on the abstracts of a sample of
 * the run's own sources, so alignment uses the corpus's character ratio rather than a built-in one.
 * <p>
 * Deterministic: the sample is the sources whose paths hash lowest (spread over all folders, and
 * unchanged when a file outside it is added or removed), and the estimator keeps order-free integer
 * sums, so thread count and timing do not change the model. Bounded: each sampled source has the
 * run's per-file time and size limits; one that fails or runs over is left out of the fit (the main
 * pass meets and reports it as usual), and so is an abstract pair whose length ratio shows it is not
 * a translation.
 * <p>
 * Incremental runs: the model is a function of the sample's paths and bytes, recorded with a digest
 * of them in manifest.json. When the sample is unchanged the recorded model is reused without
 * structuring anything; when a refit gives a different model, the previous run's articles were
 * aligned with another model and none of them may be reused ({@link Result#invalidatesPrevious()}),
 * so an incremental run still gives the bytes of a fresh one.
 */
public final class LengthCalibration {
    /** Sources sampled: about 30 abstracts outweigh the prior's 200 characters many times over. */
    public static final int DEFAULT_SAMPLE = 32;
    /**
     * Fewer abstract pairs than this are no estimate of a corpus: a handful of abstracts moved the
     * ratio by ±0.8 in tests, so a small run keeps the prior (each article still adapts it to its
     * own lengths).
     */
    public static final int MIN_PAIRS = 8;
    /**
     * English letters per Chinese character outside which an abstract pair is not a translation
     * (a truncated or misplaced English abstract) and is left out of the fit; faithful abstracts
     * run from about 2.4 to 4 (docs/alignment.md).
     */
    static final double MIN_PLAUSIBLE_RATIO = 1.5;
    static final double MAX_PLAUSIBLE_RATIO = 6.0;

    private final DocumentProcessor structure;
    private final PipelineConfig config;
    private final int sampleSize;
    /** The composition root's pool, shared with the main pass; null: the calibration makes its own. */
    private final TimedWorkers shared;

    /**
     * The model a run aligns with; the sampled sources already structured, by path; whether the
     * previous run's articles must be redone because they were aligned with another model.
     */
    public record Result(FittedLengthModel model, Map<String, Pipeline.Result> structured, boolean reused,
                         boolean invalidatesPrevious, Map<String, String> overdue) {
        public Result {
            structured = Map.copyOf(structured);
            overdue = Map.copyOf(overdue);
        }

        Result(FittedLengthModel model, Map<String, Pipeline.Result> structured, boolean reused,
               boolean invalidatesPrevious) {
            this(model, structured, reused, invalidatesPrevious, Map.of());
        }
    }

    /** @param structure the stages up to a structured article ({@code Pipeline::structure}) */
    public LengthCalibration(DocumentProcessor structure, PipelineConfig config, int sampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, got " + sampleSize);
        }
        this.structure = structure;
        this.config = config;
        this.sampleSize = sampleSize;
        this.shared = null;
    }

    private LengthCalibration(LengthCalibration base, TimedWorkers shared) {
        this.structure = base.structure;
        this.config = base.config;
        this.sampleSize = base.sampleSize;
        this.shared = shared;
    }

    /** This calibration on {@code workers}, a pool it neither makes nor closes (see {@code CorpusBuild}). */
    LengthCalibration withWorkers(TimedWorkers workers) {
        return new LengthCalibration(this, workers);
    }

    public LengthCalibration(DocumentProcessor structure, PipelineConfig config) {
        this(structure, config, DEFAULT_SAMPLE);
    }

    /**
     * The model for a run of {@code sources} into {@code outDir}: the previous run's (manifest.json,
     * same code) when it was fitted on the same sample and {@code force} is off, else fitted anew.
     */
    public Result calibrate(List<Path> sources, Path outDir, boolean force) throws IOException {
        List<Path> sample = sample(sources, sampleSize);
        String digest = digest(sample);
        FittedLengthModel before = force ? null : Manifest.read(outDir).lengthModel(CodeVersion.current());
        if (before != null && digest.equals(before.sample())) {
            return new Result(before, Map.of(), true, false);
        }
        Result fitted;
        // Journaled like the main pass: a sampled source that takes the process down must not
        // do so on every run before the batch even starts.
        try (CrashJournal journal = CrashJournal.open(outDir)) {
            fitted = fit(sample, digest, journal);
        }
        boolean changed = before == null || !before.sameModelAs(fitted.model());
        return new Result(fitted.model(), fitted.structured(), false, changed, fitted.overdue());
    }

    /** Fits the model on {@code sample} (every source of it); the prior when it has under {@link #MIN_PAIRS} abstract pairs. */
    public Result fit(List<Path> sample) throws IOException {
        return fit(sample, digest(sample), null);
    }

    private Result fit(List<Path> sample, String digest, CrashJournal journal) throws IOException {
        LengthModelEstimator estimator = new LengthModelEstimator();
        Map<String, Pipeline.Result> structured = new HashMap<>();
        Map<String, String> overdue = new java.util.concurrent.ConcurrentHashMap<>();
        String message = String.format(java.util.Locale.ROOT, "gave up after %s s (timeoutSeconds, --timeout-seconds) in the "
                + "calibration pass; the file was abandoned", seconds(config.timeoutSeconds()));
        try (TimedWorkers.Lease lease = TimedWorkers.lease(shared, config.effectiveThreads(), config.timeoutSeconds())) {
            TimedWorkers workers = lease.workers();
            List<CompletableFuture<Pipeline.Result>> futures = new ArrayList<>();
            for (Path source : sample) {
                futures.add(workers.submit(() -> structured(source, journal), () -> {
                    // The main pass does more work on a source than this one: it would only run over again.
                    overdue.put(source.toString(), message);
                    if (journal != null && !journal.isSuspect(source.toString())) {
                        journal.ended(source.toString());
                    }
                    return null;
                }));
            }
            for (int i = 0; i < sample.size(); i++) {
                Pipeline.Result r = await(futures.get(i));
                if (r != null) {
                    addIfPlausible(estimator, r.article());
                    structured.put(sample.get(i).toString(), r);
                }
            }
        }
        FittedLengthModel model = estimator.fitted(sample.size(), digest);
        return new Result(model.pairs() < MIN_PAIRS ? model.withPriorModel() : model, structured, false, true,
                overdue);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static void addIfPlausible(LengthModelEstimator estimator, Article article) {
        Abstract ab = article.abstract_();
        if (ab == null || ab.zh() == null || ab.en() == null) {
            return;
        }
        int zh = LengthModel.chineseLength(ab.zh().text());
        double ratio = zh == 0 ? 0 : (double) LengthModel.length(ab.en().text()) / zh;
        if (ratio >= MIN_PLAUSIBLE_RATIO && ratio <= MAX_PLAUSIBLE_RATIO) {
            estimator.add(ab.zh().text(), ab.en().text());
        }
    }

    /** The {@code size} sources whose paths hash lowest (all when there are fewer), in list order. */
    static List<Path> sample(List<Path> sources, int size) {
        if (sources.size() <= size) {
            return List.copyOf(sources);
        }
        List<String> keys = sources.stream().map(p -> Hashes.sha256(p.toString().getBytes(StandardCharsets.UTF_8))).toList();
        return IntStream.range(0, sources.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> keys.get(i)).thenComparing(i -> i))
                .limit(size).sorted().map(sources::get).toList();
    }

    /** What the model is a function of: the sampled paths and their bytes (an unreadable file counts as such). */
    private String digest(List<Path> sample) {
        StringBuilder sb = new StringBuilder();
        for (Path p : sample) {
            String sha;
            try {
                long size = Files.size(p);
                sha = size > config.maxFileBytes() ? "too large " + size : Hashes.sha256(Files.readAllBytes(p));
            } catch (IOException | OutOfMemoryError e) {
                sha = "unreadable";
            }
            sb.append(p).append('\t').append(sha).append('\n');
        }
        return Hashes.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * One source structured, or null when it is too large, unreadable or fails, or when a dead run
     * left it in progress or it took one down (the main pass deals with those alone).
     */
    private Pipeline.Result structured(Path source, CrashJournal journal) {
        String path = source.toString();
        boolean started = false;
        try {
            if (Files.size(source) > config.maxFileBytes()) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(source);
            if (journal != null) {
                String sha = Hashes.sha256(bytes);
                if (journal.isSuspect(path) || journal.isCulprit(path, sha)) {
                    return null;
                }
                journal.started(path, sha, false);
                started = true;
            }
            return structure.process(path, bytes);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // The main pass meets the same source again and reports what is wrong with it.
            return null;
        } finally {
            if (started) {
                journal.ended(path);
            }
        }
    }

    private static Pipeline.Result await(CompletableFuture<Pipeline.Result> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("calibration interrupted", e);
        } catch (ExecutionException e) {
            return null;
        }
    }
}
