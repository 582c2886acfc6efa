package org.paperbridge.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.paperbridge.corpus.Exporter;
import org.paperbridge.model.Article;

/**
 * Feeds articles to exports whose {@code accept} is thread-safe and indifferent to order (the
 * index) on a few threads, at most a few articles per thread in flight, so the expensive analysis
 * runs in parallel while the caller goes on in order.
 */
public final class ConcurrentFeed implements AutoCloseable {
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final List<Exporter> targets;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final Deque<Future<?>> pending = new ArrayDeque<>();

    ConcurrentFeed(List<Exporter> targets, int threads) {
        this.targets = List.copyOf(targets);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperbridge-feed");
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
    }

    void feed(Article article) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        pending.add(pool.submit(() -> {
            try {
                for (Exporter e : targets) {
                    e.accept(article);
                }
                return null;
            } finally {
                slots.release();
            }
        }));
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            await(pending.removeFirst());
        }
    }

    /** Waits for everything fed so far; the first failure is thrown. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    /** Waits for {@code f}; its failure comes out as the IOException it threw, or wrapped in one. */
    public static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
