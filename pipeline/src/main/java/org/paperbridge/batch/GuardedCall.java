package org.paperbridge.batch;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Stage;

/**
 * One article made outside a batch under the time guard a batch gives each source: the work runs
 * on its own daemon thread, which is interrupted and abandoned when late; running out of memory or
 * stack, or any other throwable, becomes a one-line {@link PipelineException}. Used by {@code show}
 * of a file and by the service's uploads, so both fail with the batch's stages and words.
 */
public final class GuardedCall {
    private GuardedCall() {
    }

    /**
     * @param limitName how the caller names its time limit in the message ("timeoutSeconds,
     *                  --timeout-seconds")
     * @param whenDone  run on the worker thread when the work ends, late or not (a slot released)
     */
    public static Article run(Callable<Article> work, String threadName, double timeoutSeconds, String limitName,
                              Runnable whenDone) throws PipelineException {
        FutureTask<Article> task = new FutureTask<>(work);
        Thread worker = new Thread(() -> {
            try {
                task.run();
            } finally {
                whenDone.run();
            }
        }, threadName);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new PipelineException(Stage.TIMEOUT, String.format(Locale.ROOT,
                    "took longer than %.0f s (%s); abandoned", timeoutSeconds, limitName));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new PipelineException(Stage.INTERNAL, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** What a failed source's record says: its own verdict, or the kind of failure in one line. */
    static PipelineException failure(Throwable cause) {
        if (cause instanceof PipelineException p) {
            return p;
        }
        if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return new PipelineException(Stage.INTERNAL, "out of memory while processing this file");
        }
        // A bug or a pathological input: reported as a batch reports it, in one line.
        String message = cause.getMessage() == null || cause.getMessage().isBlank() ? ""
                : ": " + cause.getMessage().lines().findFirst().orElse("").strip();
        return new PipelineException(Stage.INTERNAL, "unexpected " + cause.getClass().getSimpleName() + message);
    }
}
