package org.paperbridge.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.paperbridge.Pipeline;
import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.bench.ScalePdfCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperbridge bench FILE}: in-memory throughput of {@code Pipeline.process} on one source,
 * after a warm-up, on N threads; no files are written, so this measures extraction and analysis
 * alone. Reports articles per second in total and per thread, over several measured rounds.
 * {@code paperbridge bench --generate N --into DIR FILE...} instead writes a scale corpus of N
 * articles varied from the given templates, for end-to-end runs (see docs/batch.md); with
 * {@code --pdf}, typeset as journal-style PDFs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchTools.Index.class, BenchTools.Http.class, BenchTools.Tagger.class,
                BenchTools.Ner.class, BenchTools.Align.class, BenchTools.Pdf.class},
        description = "Measure in-memory pipeline throughput (articles/s) on one source file.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Source article (default: the seed); with --generate, the template articles.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--generate", paramLabel = "N", description = "Write a scale corpus of N articles (with --into).")
    Integer generate;

    @Option(names = "--into", paramLabel = "DIR", description = "Folder for the generated corpus.")
    Path into;

    @Option(names = "--pdf", description = "With --generate: typeset the articles as PDFs (1 column for even, "
            + "2 for odd numbers); the templates must be texts in the seed's layout.")
    boolean pdf;

    @Option(names = "--font", paramLabel = "FILE", description = "With --pdf: the TrueType font or collection to embed "
            + "(default: the bundled CJK subset of WenQuanYi Micro Hei).")
    Path font;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed of the generator (default 1).")
    long seed;

    Path file;

    @Option(names = "--threads", defaultValue = "1",
            description = "Threads processing copies (with --generate --pdf: typesetting) in parallel (default 1).")
    int threads;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds (default 5).")
    double warmupSeconds;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default 5).")
    int rounds;

    @Option(names = "--stage", defaultValue = "all", paramLabel = "structure|all",
            description = "structure: ingest, clean, structure and sentences only; all: also alignment and "
                    + "entities (default all).")
    String stage;

    @Option(names = "--round-seconds", defaultValue = "2", description = "Seconds per round (default 2).")
    double roundSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            files.add(Path.of("seeds/review_bmmsc_liver_failure.txt"));
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                spec.commandLine().getErr().println("paperbridge bench: no such file " + f);
                return Main.USAGE;
            }
        }
        if (pdf && generate == null) {
            spec.commandLine().getErr().println("paperbridge bench: --pdf goes with --generate N --into DIR");
            return Main.USAGE;
        }
        if (generate != null) {
            if (into == null || generate < 1) {
                spec.commandLine().getErr().println("paperbridge bench: --generate N needs N >= 1 and --into DIR");
                return Main.USAGE;
            }
            if (pdf && font != null && !Files.isRegularFile(font)) {
                spec.commandLine().getErr().println("paperbridge bench: no such font file " + font
                        + " (--font FILE: a TrueType font or collection with CJK glyphs)");
                return Main.USAGE;
            }
            for (Path f : pdf ? files : List.<Path>of()) {
                if (!ArticleParts.parse(Files.readString(f)).hasHeadingsAndReferences()) {
                    spec.commandLine().getErr().println("paperbridge bench: " + f + " is not a text in the seed's "
                            + "layout (numbered headings, a 参考文献 list of [n] items), which --pdf needs");
                    return Main.USAGE;
                }
            }
            long t = System.nanoTime();
            ScaleCorpus corpus = ScaleCorpus.fromFiles(files);
            ScalePdfCorpus typeset = font == null ? new ScalePdfCorpus(corpus) : new ScalePdfCorpus(corpus, font);
            List<Path> written = pdf ? typeset.write(into, generate, seed, threads)
                    : corpus.write(into, generate, seed);
            out.printf(Locale.ROOT, "%d %s from %d template(s) in %s (%.1f s)%n", written.size(),
                    pdf ? "PDF articles" : "articles", files.size(), into, (System.nanoTime() - t) / 1e9);
            return 0;
        }
        file = files.get(0);
        if (!stage.equals("structure") && !stage.equals("all")) {
            spec.commandLine().getErr().println("paperbridge bench: --stage must be structure or all, not " + stage);
            return Main.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("paperbridge bench: no such file " + file);
            return Main.USAGE;
        }
        byte[] bytes = Files.readAllBytes(file);
        Pipeline pipeline = new Pipeline();
        run(pipeline, bytes);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runFor(pool, pipeline, bytes, warmupSeconds);
            List<Double> rates = new ArrayList<>();
            long articles = 0;
            long cpuNanos = 0;
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                long[] done = runFor(pool, pipeline, bytes, roundSeconds);
                double rate = done[0] / ((System.nanoTime() - start) / 1e9);
                rates.add(rate);
                articles += done[0];
                cpuNanos += done[1];
                out.printf(Locale.ROOT, "round %d: %.0f articles/s%n", r + 1, rate);
            }
            double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double sd = Math.sqrt(rates.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum()
                    / Math.max(1, rates.size() - 1));
            out.printf(Locale.ROOT, "%s (%d bytes), %d thread(s), stage %s: %.0f ± %.0f articles/s wall, "
                            + "%.0f per thread; %.0f articles per CPU-second of the workers%n",
                    file, bytes.length, threads, stage, mean, sd, mean / threads, articles / (cpuNanos / 1e9));
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /**
     * Runs the workers until the deadline; returns {articles, CPU nanoseconds of the worker threads}.
     * CPU time is the figure that holds on a machine shared with other jobs; wall time is not.
     */
    private long[] runFor(ExecutorService pool, Pipeline pipeline, byte[] bytes, double seconds) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long cpu = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (System.nanoTime() < deadline) {
                    run(pipeline, bytes);
                    n++;
                }
                return new long[] {n, mx.getCurrentThreadCpuTime() - cpu};
            }));
        }
        long[] total = new long[2];
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            total[0] += r[0];
            total[1] += r[1];
        }
        return total;
    }

    private void run(Pipeline pipeline, byte[] bytes) throws org.paperbridge.model.PipelineException {
        if (stage.equals("structure")) {
            pipeline.structure(file.toString(), bytes);
        } else {
            pipeline.process(file.toString(), bytes);
        }
    }
}
