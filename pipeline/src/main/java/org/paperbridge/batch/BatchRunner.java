package org.paperbridge.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.paperbridge.Hashes;
import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.AtomicFiles;
import org.paperbridge.corpus.CorpusWriter;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Json;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

/**
 * Runs the pipeline over a list of sources on a pool of threads and writes the corpus in input
 * order, whatever the thread timing. At most a few articles per thread are in flight, so memory
 * does not grow with the size of the batch. A failed source becomes one line of errors.jsonl and
 * the run goes on.
 */
public final class BatchRunner {
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final PipelineConfig config;

    public BatchRunner(Pipeline pipeline, PipelineConfig config) {
        this.pipeline = pipeline;
        this.config = config;
    }

    /** One source's outcome, computed on a worker thread. */
    private record Outcome(Path path, String sha256, Pipeline.Result result, ErrorRecord error) {
    }

    /**
     * Processes {@code sources} into {@code outDir}.
     *
     * @param walkProblems problems met while finding the sources; they go to errors.jsonl too
     * @param exporters    the exports of this run; the runner closes them
     * @param progress     called with the number of sources done so far
     */
    public Summary run(List<Path> sources, List<ErrorRecord> walkProblems, Path outDir, List<Exporter> exporters,
                       IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        List<ErrorRecord> errors = new ArrayList<>(walkProblems);
        List<ManifestEntry> manifest = new ArrayList<>();
        Map<String, String> pathById = new HashMap<>();
        int ok = 0;
        int duplicates = 0;
        int threads = config.effectiveThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperbridge-worker");
            t.setDaemon(true);
            return t;
        });
        try (CorpusWriter corpus = new CorpusWriter(outDir, exporters)) {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (next < sources.size() || !inFlight.isEmpty()) {
                while (next < sources.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Path source = sources.get(next++);
                    inFlight.add(pool.submit(() -> processOne(source)));
                }
                Outcome o = await(inFlight.removeFirst());
                if (o.error() != null) {
                    errors.add(o.error());
                    manifest.add(new ManifestEntry(o.path().toString(), o.sha256(), null, "failed", null, null));
                } else {
                    Article a = o.result().article();
                    String first = pathById.putIfAbsent(a.id(), o.path().toString());
                    if (first != null) {
                        duplicates++;
                        manifest.add(new ManifestEntry(o.path().toString(), o.sha256(), a.id(), "duplicate", first,
                                o.result().stageMicros()));
                    } else {
                        corpus.write(a);
                        ok++;
                        manifest.add(new ManifestEntry(o.path().toString(), o.sha256(), a.id(), "ok", null,
                                o.result().stageMicros()));
                    }
                }
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Summary summary = new Summary(ok, errors.size(), duplicates, seconds, errors);
        writeErrors(outDir.resolve("errors.jsonl"), errors);
        writeManifest(outDir.resolve("manifest.json"), summary, manifest);
        return summary;
    }

    private Outcome processOne(Path source) {
        try {
            long size = Files.size(source);
            if (size > config.maxFileBytes()) {
                return new Outcome(source, null, null, new ErrorRecord(source.toString(), "read",
                        "file is " + size + " bytes, over the limit of " + config.maxFileBytes()
                                + " (maxFileBytes)"));
            }
            byte[] bytes = Files.readAllBytes(source);
            String sha = Hashes.sha256(bytes);
            try {
                return new Outcome(source, sha, pipeline.process(source.toString(), bytes), null);
            } catch (PipelineException e) {
                return new Outcome(source, sha, null, new ErrorRecord(source.toString(), e.stage(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // A bug or a pathological input must not stop the batch; report it like any failure.
                return new Outcome(source, sha, null, new ErrorRecord(source.toString(), "internal",
                        "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        } catch (IOException e) {
            return new Outcome(source, null, null, new ErrorRecord(source.toString(), "read",
                    "cannot read file: " + e.getMessage()));
        }
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("worker failed", e.getCause());
        }
    }

    private static void writeErrors(Path file, List<ErrorRecord> errors) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(AtomicFiles.newOutputStream(file),
                StandardCharsets.UTF_8))) {
            for (ErrorRecord e : errors) {
                w.write(Json.LINE.writeValueAsString(e));
                w.write('\n');
            }
        }
    }

    private static void writeManifest(Path file, Summary summary, List<ManifestEntry> entries) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ok", summary.ok());
        s.put("failed", summary.failed());
        s.put("duplicates", summary.duplicates());
        s.put("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
        m.put("summary", s);
        m.put("sources", entries);
        AtomicFiles.write(file, Json.PRETTY.writeValueAsBytes(m));
    }
}
