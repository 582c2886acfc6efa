package org.paperbridge.serve;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.paperbridge.Pipeline;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Stage;

/**
 * Uploaded files processed under the guards a batch gives each source (as {@code show} of a file
 * does): the time limit (the work runs on its own daemon thread, abandoned when late, asked to
 * stop by an interrupt), running out of memory or stack reported as the file's failure, with the
 * batch's stages and words. At most {@code slots} files are processed at once; an abandoned one
 * keeps its slot until its thread returns, so late uploads cannot pile up on the cores.
 */
final class GuardedUploads {
    /** How long an upload waits for a free slot before it is told to come back. */
    private static final long WAIT_FOR_SLOT_MILLIS = 10_000;

    private final Pipeline pipeline;
    private final double timeoutSeconds;
    private final Semaphore slots;

    GuardedUploads(Pipeline pipeline, double timeoutSeconds, int slots) {
        this.pipeline = pipeline;
        this.timeoutSeconds = timeoutSeconds;
        this.slots = new Semaphore(slots);
    }

    /** The article, or a {@link PipelineException} naming the stage that failed ("timeout" when late). */
    Article process(String name, byte[] bytes) throws PipelineException {
        try {
            if (!slots.tryAcquire(WAIT_FOR_SLOT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new ApiException(503, "busy: every processing slot is taken; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while waiting for a processing slot");
        }
        FutureTask<Article> task = new FutureTask<>(() -> pipeline.process(name, bytes).article());
        Thread worker = new Thread(() -> {
            try {
                task.run();
            } finally {
                slots.release();
            }
        }, "paperbridge-upload");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new PipelineException(Stage.TIMEOUT, String.format(Locale.ROOT,
                    "took longer than %.0f s (the server's --timeout); abandoned", timeoutSeconds));
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
        if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return new PipelineException(Stage.INTERNAL, "out of memory while processing this file");
        }
        // A bug or a pathological input: reported as a batch reports it, in one line.
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return new PipelineException(Stage.INTERNAL, "unexpected " + cause.getClass().getSimpleName() + message);
    }
}
