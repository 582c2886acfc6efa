package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TimedWorkersTest {
    @Test
    void abandonsATaskThatIgnoresInterruptsAndAFreshThreadTakesOver() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimedWorkers workers = new TimedWorkers(1, 0.3)) {
            CompletableFuture<String> stuck = workers.submit(() -> {
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
            assertEquals("timeout", stuck.get(5, TimeUnit.SECONDS));
            assertEquals("done", next.get(5, TimeUnit.SECONDS), "the next task ran on a fresh thread");
            assertEquals(1, workers.stuckThreads());
            release.countDown();
            for (int i = 0; i < 50 && workers.stuckThreads() > 0; i++) {
                Thread.sleep(20);
            }
            assertEquals(0, workers.stuckThreads(), "the abandoned thread gave its place back");
            assertEquals("timeout", stuck.get(), "a late result does not replace the timeout");
        }
    }

    @Test
    void interruptibleTaskStopsAndTimeIsCountedFromItsStartNotFromQueueing() throws Exception {
        try (TimedWorkers workers = new TimedWorkers(1, 0.5)) {
            CompletableFuture<String> slow = workers.submit(() -> {
                Thread.sleep(300);
                return "a";
            }, () -> "timeout");
            CompletableFuture<String> queued = workers.submit(() -> {
                Thread.sleep(300);
                return "b";
            }, () -> "timeout");
            CompletableFuture<String> sleeper = workers.submit(() -> {
                Thread.sleep(60_000);
                return "never";
            }, () -> "timeout");
            assertEquals("a", slow.get(5, TimeUnit.SECONDS));
            assertEquals("b", queued.get(5, TimeUnit.SECONDS), "waited 0.3 s in the queue, ran 0.3 s: in time");
            long t = System.nanoTime();
            assertEquals("timeout", sleeper.get(5, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - t < 2_000_000_000L);
        }
    }
}
