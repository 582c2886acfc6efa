package org.paperbridge.batch;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed number of worker threads whose tasks each have a time limit, counted from when the task
 * starts. A task past its limit is interrupted and abandoned: its future completes with the
 * fallback value at once, and the pool grows by one thread so the run keeps its full width while
 * the abandoned thread (a daemon) runs out on its own.
 */
final class TimedWorkers implements AutoCloseable {
    private static final long WATCH_INTERVAL_MILLIS = 100;

    private final int width;
    private final long limitNanos;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Set<Job<?>> running = ConcurrentHashMap.newKeySet();
    /** Abandoned tasks whose threads have not returned yet; each holds one extra pool thread. */
    private final AtomicInteger stuck = new AtomicInteger();

    TimedWorkers(int width, double limitSeconds) {
        this.width = width;
        this.limitNanos = (long) (limitSeconds * 1e9);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(width, width, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "paperbridge-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paperbridge-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::abandonOverdue, WATCH_INTERVAL_MILLIS, WATCH_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Queues {@code task}; the future completes with its value, or with {@code onTimeout}'s if the
     * task runs past the limit. Exceptions thrown by the task complete the future exceptionally.
     */
    <T> CompletableFuture<T> submit(Callable<T> task, Supplier<T> onTimeout) {
        Job<T> job = new Job<>(task, onTimeout);
        pool.execute(job);
        return job.result;
    }

    /** Number of tasks abandoned so far whose threads are still running. */
    int stuckThreads() {
        return stuck.get();
    }

    private void abandonOverdue() {
        long now = System.nanoTime();
        for (Job<?> job : running) {
            if (now - job.started > limitNanos) {
                job.abandon();
            }
        }
    }

    /** One more thread while an abandoned task still holds one; max first so core never exceeds it. */
    private synchronized void resize(int delta) {
        int size = width + stuck.addAndGet(delta);
        if (delta > 0) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    private final class Job<T> implements Runnable {
        final Callable<T> task;
        final Supplier<T> onTimeout;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final AtomicBoolean settled = new AtomicBoolean();
        volatile Thread thread;
        volatile long started;
        volatile boolean abandoned;

        Job(Callable<T> task, Supplier<T> onTimeout) {
            this.task = task;
            this.onTimeout = onTimeout;
        }

        @Override
        public void run() {
            thread = Thread.currentThread();
            started = System.nanoTime();
            running.add(this);
            try {
                T value = task.call();
                if (settled.compareAndSet(false, true)) {
                    result.complete(value);
                }
            } catch (Throwable e) {
                if (settled.compareAndSet(false, true)) {
                    result.completeExceptionally(e);
                }
            } finally {
                running.remove(this);
                synchronized (this) {
                    if (abandoned) {
                        Thread.interrupted();
                        resize(-1);
                    }
                }
            }
        }

        synchronized void abandon() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            abandoned = true;
            running.remove(this);
            resize(+1);
            thread.interrupt();
            result.complete(onTimeout.get());
        }
    }
}
