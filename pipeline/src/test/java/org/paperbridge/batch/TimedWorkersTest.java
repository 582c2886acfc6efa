package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The time limit on a clock the test moves itself, so nothing here depends on how fast or busy the
 * machine is; the timeouts only stop a test that would otherwise hang.
 */
@Timeout(120)
class TimedWorkersTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();

    @Test
    void abandonsATaskThatIgnoresInterruptsAndAFreshThreadTakesOver() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TimedWorkers workers = new TimedWorkers(1, 0.3, now::get)) {
            CompletableFuture<String> stuck = workers.submit(() -> {
                running.countDown();
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // a stuck parser that swallows interrupts
                    }
                }
                return "finished late";
            }, () -> "timeout");
            CompletableFuture<String> next = workers.submit(() -> "done", () -> "timeout");
            running.await();
            now.addAndGet(SECOND / 5);
            workers.abandonOverdue();
            assertFalse(stuck.isDone(), "0.2 s is within the 0.3 s limit");
            now.addAndGet(SECOND / 5);
            workers.abandonOverdue();
            assertEquals("timeout", stuck.getNow("still running"), "abandoned as soon as it is past the limit");
            assertEquals("done", next.get(), "the next task ran on a fresh thread");
            assertEquals(1, workers.stuckThreads());
            release.countDown();
            while (workers.stuckThreads() > 0) {
                Thread.sleep(10);
            }
            assertEquals("timeout", stuck.get(), "a late result does not replace the timeout");
        }
    }

    @Test
    void interruptibleTaskStopsAndTimeIsCountedFromItsStartNotFromQueueing() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch firstRelease = new CountDownLatch(1);
        CountDownLatch secondRunning = new CountDownLatch(1);
        CountDownLatch secondRelease = new CountDownLatch(1);
        CountDownLatch sleeperRunning = new CountDownLatch(1);
        try (TimedWorkers workers = new TimedWorkers(1, 0.5, now::get)) {
            CompletableFuture<String> first = workers.submit(() -> {
                firstRunning.countDown();
                firstRelease.await();
                return "a";
            }, () -> "timeout");
            CompletableFuture<String> queued = workers.submit(() -> {
                secondRunning.countDown();
                secondRelease.await();
                return "b";
            }, () -> "timeout");
            CompletableFuture<String> sleeper = workers.submit(() -> {
                sleeperRunning.countDown();
                Thread.sleep(600_000);
                return "never";
            }, () -> "timeout");
            firstRunning.await();
            now.addAndGet(4 * SECOND / 10);
            workers.abandonOverdue();
            firstRelease.countDown();
            assertEquals("a", first.get());

            secondRunning.await();
            now.addAndGet(4 * SECOND / 10);
            workers.abandonOverdue();
            assertFalse(queued.isDone(), "queued 0.8 s ago but running for 0.4 s: in time");
            secondRelease.countDown();
            assertEquals("b", queued.get());

            sleeperRunning.await();
            now.addAndGet(6 * SECOND / 10);
            workers.abandonOverdue();
            assertTrue(sleeper.isDone(), "completed by the watchdog's own pass");
            assertEquals("timeout", sleeper.get());
            assertEquals(0, waitForReturn(workers), "the interrupted sleeper returned its thread");
        }
    }

    private static int waitForReturn(TimedWorkers workers) throws InterruptedException {
        while (workers.stuckThreads() > 0) {
            Thread.sleep(10);
        }
        return workers.stuckThreads();
    }
}
