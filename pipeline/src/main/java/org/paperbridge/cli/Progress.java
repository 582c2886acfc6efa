package org.paperbridge.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Files done out of total, with rate and ETA: redrawn in place on a terminal, a line every few seconds otherwise. */
final class Progress {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    void update(int doneNow) {
        done = doneNow;
        long now = System.nanoTime();
        if (terminal && now - lastPrint > 100_000_000L) {
            err.print("\r" + line(now));
            err.flush();
            lastPrint = now;
        } else if (!terminal && now - lastPrint > PLAIN_INTERVAL_NANOS) {
            err.println(line(now));
            err.flush();
            lastPrint = now;
        }
    }

    void finish() {
        if (terminal && total > 0) {
            err.print("\r" + line(System.nanoTime()) + "\n");
            err.flush();
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        double eta = rate > 0 ? (total - done) / rate : 0;
        return String.format(Locale.ROOT, "%d/%d files  %.1f/s  ETA %.0f s   ", done, total, rate, eta);
    }
}
