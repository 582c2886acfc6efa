package org.paperbridge.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.paperbridge.Pipeline;
import org.paperbridge.batch.GuardedCall;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

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
        return GuardedCall.run(() -> pipeline.process(name, bytes).article(), "paperbridge-upload", timeoutSeconds,
                "the server's --timeout-seconds", slots::release);
    }
}
