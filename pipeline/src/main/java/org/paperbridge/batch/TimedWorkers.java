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
import java.util.function.LongSupplier;
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
    private final LongSupplier clock;

    TimedWorkers(int width, double limitSeconds) {
        this(width, limitSeconds, System::nanoTime);
    }

    /**
     * The pool a pass runs on: {@code shared} when given (the composition root's one pool, left
     * open for the next pass), else a pool of the pass's own, which closing the lease ends.
     */
    static Lease lease(TimedWorkers shared, int width, double limitSeconds) {
        return shared != null ? new Lease(shared, false) : new Lease(new TimedWorkers(width, limitSeconds), true);
    }

    /** A pool for one pass, and whether the pass owns it. */
    record Lease(TimedWorkers workers, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                workers.close();
            }
        }
    }

    /** With the given clock in nanoseconds: tests move time themselves instead of waiting for it. */
    TimedWorkers(int width, double limitSeconds, LongSupplier clock) {
        this.clock = clock;
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
        return submit(task, v -> v, onTimeout);
    }

    /**
     * Like {@link #submit(Callable, Supplier)}, then, when the task finished in time, applies
     * {@code then} to its value on the same thread with no time limit and no interrupt (work that
     * must not be cut off half-way, such as adding to an index).
     */
    <T> CompletableFuture<T> submit(Callable<T> task, Finisher<T> then, Supplier<T> onTimeout) {
        Job<T> job = new Job<>(task, then, onTimeout);
        pool.execute(job);
        return job.result;
    }

    /** The untimed second step of a task. */
    @FunctionalInterface
    interface Finisher<T> {
        T apply(T value) throws Exception;
    }

    /** Number of tasks abandoned so far whose threads are still running. */
    int stuckThreads() {
        return stuck.get();
    }

    /** Abandons every task past its limit; the watchdog calls it every 100 ms. */
    void abandonOverdue() {
        long now = clock.getAsLong();
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
        final Finisher<T> then;
        final Supplier<T> onTimeout;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final AtomicBoolean settled = new AtomicBoolean();
        volatile Thread thread;
        volatile long started;

        Job(Callable<T> task, Finisher<T> then, Supplier<T> onTimeout) {
            this.task = task;
            this.then = then;
            this.onTimeout = onTimeout;
        }

        @Override
        public void run() {
            thread = Thread.currentThread();
            started = clock.getAsLong();
            running.add(this);
            T value;
            try {
                value = task.call();
            } catch (Throwable e) {
                if (settled.compareAndSet(false, true)) {
                    running.remove(this);
                    result.completeExceptionally(e);
                } else {
                    giveBack();
                }
                return;
            }
            if (!settled.compareAndSet(false, true)) {
                giveBack();
                return;
            }
            running.remove(this);
            try {
                result.complete(then.apply(value));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }

        /** Called by an abandoned task's thread when it finally returns. */
        private void giveBack() {
            running.remove(this);
            synchronized (this) {
                Thread.interrupted();
                resize(-1);
            }
        }

        synchronized void abandon() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            running.remove(this);
            resize(+1);
            thread.interrupt();
            result.complete(onTimeout.get());
        }
    }
}
