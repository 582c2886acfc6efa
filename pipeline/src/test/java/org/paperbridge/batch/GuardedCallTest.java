package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Stage;

class GuardedCallTest {
    @Test
    @Timeout(60)
    void workThatNeverEndsIsAbandonedAsATimeoutAndItsSlotIsReleasedWhenItStops() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        PipelineException e = assertThrows(PipelineException.class, () -> GuardedCall.run(() -> {
            new CountDownLatch(1).await(); // never counted down: only the interrupt ends it
            return null;
        }, "test-worker", 0.05, "the test's limit", done::countDown));
        assertEquals(Stage.TIMEOUT, e.stage());
        assertEquals("took longer than 0 s (the test's limit); abandoned", e.getMessage());
        assertTrue(done.await(30, TimeUnit.SECONDS), "the interrupted worker ran its whenDone");
    }

    @Test
    @Timeout(60)
    void failuresBecomeOneLineRecords() {
        PipelineException own = new PipelineException(Stage.INGEST, "damaged PDF");
        assertSame(own, assertThrows(PipelineException.class,
                () -> GuardedCall.run(() -> { throw own; }, "t", 600, "x", () -> { })));
        PipelineException oom = assertThrows(PipelineException.class,
                () -> GuardedCall.run(() -> { throw new OutOfMemoryError("Java heap space"); }, "t", 600, "x", () -> { }));
        assertEquals(Stage.INTERNAL, oom.stage());
        assertEquals("out of memory while processing this file", oom.getMessage());
        PipelineException bug = assertThrows(PipelineException.class,
                () -> GuardedCall.run(() -> { throw new IllegalStateException("first\nsecond"); }, "t", 600, "x", () -> { }));
        assertEquals("unexpected IllegalStateException: first", bug.getMessage());
    }
}
