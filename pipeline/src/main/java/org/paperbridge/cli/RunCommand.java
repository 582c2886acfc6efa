package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.BatchRunner;
import org.paperbridge.batch.ErrorRecord;
import org.paperbridge.batch.SourceWalker;
import org.paperbridge.batch.Summary;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Exporters;
import org.paperbridge.index.IndexExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge run [INPUT...]}: a folder or files of articles in, the corpus out. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Process articles (files or folders, default seeds/) into a corpus folder.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: seeds/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/, or 'out' of the config).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: config/pipeline.yaml when present).")
    Path config;

    @Option(names = "--no-index", description = "Do not build the search index.")
    boolean noIndex;

    @Option(names = "--formats", split = ",", paramLabel = "FMT",
            description = "Exports to write, comma-separated: json,tsv,tmx,bioc,conll (default: all).")
    List<String> formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outLine = spec.commandLine().getOut();
        PipelineConfig cfg;
        try {
            cfg = effectiveConfig();
        } catch (IllegalArgumentException | IOException e) {
            err.println("paperbridge run: " + e.getMessage());
            return Main.USAGE;
        }
        List<Path> sources = inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        SourceWalker.Found found = new SourceWalker(cfg.include(), cfg.exclude()).walk(sources);
        Path outDir = Path.of(cfg.out());
        Files.createDirectories(outDir);
        List<Exporter> exporters = new ArrayList<>(Exporters.forFormats(cfg.formats(), outDir));
        if (cfg.index()) {
            exporters.add(new IndexExporter(outDir.resolve("index")));
        }
        Pipeline pipeline = new Pipeline();
        int total = found.files().size();
        Progress progress = new Progress(err, total, System.console() != null);
        Summary summary = new BatchRunner(pipeline, cfg).run(found.files(), found.problems(), outDir, exporters,
                progress::update);
        progress.finish();
        outLine.printf(Locale.ROOT, "%d ok, %d failed, %d duplicate in %.1f s (%.1f articles/s) -> %s%n",
                summary.ok(), summary.failed(), summary.duplicates(), summary.seconds(),
                summary.articlesPerSecond(), outDir);
        for (ErrorRecord e : summary.errors()) {
            outLine.printf("failed: %s [%s] %s%n", e.path(), e.stage(), e.message());
        }
        if (summary.failed() > 0) {
            outLine.println("see " + outDir.resolve("errors.jsonl"));
        }
        return summary.exitCode();
    }

    private PipelineConfig effectiveConfig() throws IOException {
        PipelineConfig cfg;
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new IllegalArgumentException("no such configuration file: " + config);
            }
            cfg = PipelineConfig.load(config);
        } else if (Files.isRegularFile(Path.of("config", "pipeline.yaml"))) {
            cfg = PipelineConfig.load(Path.of("config", "pipeline.yaml"));
        } else {
            cfg = PipelineConfig.defaults();
        }
        if (out != null) {
            cfg = cfg.withOut(out.toString());
        }
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            cfg = cfg.withThreads(threads);
        }
        if (formats != null) {
            cfg = cfg.withFormats(formats.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
        }
        if (noIndex) {
            cfg = cfg.withIndex(false);
        }
        return cfg;
    }
}
