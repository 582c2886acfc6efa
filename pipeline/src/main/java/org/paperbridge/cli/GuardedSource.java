package org.paperbridge.cli;

import org.paperbridge.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

/**
 * One source processed outside a batch under the guards a batch gives each source: the file size
 * limit, the time limit (the work runs on its own daemon thread, abandoned when late), and running
 * out of memory or stack reported as this source's failure, with {@code run}'s stages and words.
 */
final class GuardedSource {
    private final long maxFileBytes;
    private final double timeoutSeconds;

    GuardedSource(long maxFileBytes, double timeoutSeconds) {
        this.maxFileBytes = maxFileBytes;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** With the limits of a configuration ({@code maxFileBytes}, {@code timeoutSeconds}), as {@code run} has them. */
    static GuardedSource of(PipelineConfig config) {
        return new GuardedSource(config.maxFileBytes(), config.timeoutSeconds());
    }

    Article process(Path file) throws PipelineException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new PipelineException(Stage.READ, String.format(Locale.ROOT,
                        "too large: %d bytes, over the limit of %d (maxFileBytes, --max-file-bytes)", size, maxFileBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PipelineException(Stage.READ, "cannot read file: " + Main.oneLine(e));
        } catch (OutOfMemoryError e) {
            throw new PipelineException(Stage.READ, "too large to hold in memory");
        }
        FutureTask<Article> task = new FutureTask<>(() -> new Pipeline().process(file.toString(), bytes).article());
        Thread worker = new Thread(task, "paperbridge-source");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new PipelineException(Stage.TIMEOUT, String.format(Locale.ROOT,
                    "took longer than %.0f s (timeoutSeconds, --timeout-seconds); abandoned", timeoutSeconds));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new PipelineException(Stage.INTERNAL, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static PipelineException failure(Throwable cause) {
        if (cause instanceof PipelineException p) {
            return p;
        }
        if (cause instanceof OutOfMemoryError) {
            return new PipelineException(Stage.INTERNAL, "out of memory while processing this file");
        }
        // A bug or a pathological input: reported like any failure, as a batch reports it.
        return new PipelineException(Stage.INTERNAL, "unexpected " + cause.getClass().getSimpleName() + ": "
                + Main.oneLine(cause));
    }
}
