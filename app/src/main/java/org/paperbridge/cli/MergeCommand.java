package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.BatchRunner;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.batch.CorpusMerge;
import org.paperbridge.batch.ErrorRecord;
import org.paperbridge.batch.Generation;
import org.paperbridge.batch.OutputLock;
import org.paperbridge.batch.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge merge OUT_DIR PART_DIR...}: the output folders of shard runs joined into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the output folders of 'run --shard' (or of any runs) into one corpus folder.")
public final class MergeCommand implements Callable<Integer> {
    private static final int MAX_NOTES_LISTED = 20;
    private static final int MAX_FAILURES_LISTED = 20;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The merged output folder.")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PART_DIR", description = "Output folders of the runs to join.")
    List<Path> parts = new ArrayList<>();

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outLine = spec.commandLine().getOut();
        PipelineConfig cfg;
        CorpusMerge merge;
        try {
            cfg = corpus.applyTo(config.resolve());
            for (Path part : parts) {
                if (sameFolder(part, out)) {
                    throw new IllegalArgumentException("the output folder " + out + " is also a part; "
                            + "merge into a new folder");
                }
            }
            merge = CorpusMerge.of(parts);
        } catch (IllegalArgumentException | CorpusMerge.BadPartException e) {
            err.println("paperbridge merge: " + e.getMessage());
            return Main.USAGE;
        }
        try (OutputLock lock = OutputLock.acquire(out)) {
            BatchRunner.removeTemporaries(out);
            return merge(merge, Generation.begin(out, false), cfg, outLine);
        } catch (OutputLock.BusyException | CorpusMerge.BadPartException | Generation.ForeignFolderException e) {
            err.println("paperbridge merge: " + ConsoleText.escape(e.getMessage()));
            return Main.USAGE;
        }
    }

    private int merge(CorpusMerge merge, Generation gen, PipelineConfig cfg, PrintWriter outLine)
            throws IOException, CorpusMerge.BadPartException {
        // A generation of its own, switched in whole when the merge is done; the index is built afresh.
        CorpusBuild build = CorpusBuild.from(cfg, corpus.exportSettings());
        CorpusMerge.Result r = merge.into(gen.dir(), build.exporters(gen.dir()), build.localIndex(gen.dir(), corpus.compactIndex),
                cfg.effectiveThreads());
        gen.commit();
        Summary s = r.summary();
        outLine.printf(Locale.ROOT, "merged %d parts: %d ok, %d failed, %d duplicate in %s%n", parts.size(), s.ok(),
                s.failed(), s.duplicates(), Progress.duration(s.seconds()));
        List<String> notes = r.notes();
        for (String note : notes.subList(0, Math.min(notes.size(), MAX_NOTES_LISTED))) {
            outLine.println("note: " + ConsoleText.escape(note));
        }
        if (notes.size() > MAX_NOTES_LISTED) {
            outLine.printf("... and %d more notes%n", notes.size() - MAX_NOTES_LISTED);
        }
        List<ErrorRecord> errors = s.errors();
        for (ErrorRecord e : errors.subList(0, Math.min(errors.size(), MAX_FAILURES_LISTED))) {
            outLine.printf("failed: %s [%s] %s%n", ConsoleText.escape(e.path()), e.stage(),
                    ConsoleText.escape(e.message()));
        }
        if (errors.size() > MAX_FAILURES_LISTED) {
            outLine.printf("... and %d more failures%n", errors.size() - MAX_FAILURES_LISTED);
        }
        outLine.println("output: " + out + (s.failed() > 0 ? "; failures in " + out.resolve("errors.jsonl") : ""));
        return s.exitCode();
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
