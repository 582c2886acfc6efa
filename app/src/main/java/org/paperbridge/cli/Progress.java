package org.paperbridge.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paperbridge.batch.Summary;

/**
 * Files done out of total, with rate and ETA: a bar redrawn in place on a terminal, a plain line
 * every few seconds otherwise (logs, CI); and the summary at the end of a run.
 */
final class Progress {
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

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
        if (terminal && now - lastPrint > TERMINAL_INTERVAL_NANOS) {
            err.print("\r" + bar() + line(now));
            err.flush();
            lastPrint = now;
        } else if (!terminal && now - lastPrint > PLAIN_INTERVAL_NANOS) {
            err.println("progress: " + line(now));
            err.flush();
            lastPrint = now;
        }
    }

    /** Ends the progress display (the bar's line on a terminal). */
    void finish() {
        if (terminal && total > 0) {
            err.print("\r" + bar() + line(System.nanoTime()) + "\n");
            err.flush();
        }
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] ";
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "%d/%d files  %.1f files/s  ETA %s   ", done, total, rate, eta);
    }

    /** The end-of-run report: counts, time, speed and the most frequent kinds of failure. */
    static List<String> summaryLines(Summary s, int topKinds) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d ok (%d unchanged, skipped), %d failed, %d duplicate in %s "
                        + "(%.1f articles/s)", s.ok(), s.skipped(), s.failed(), s.duplicates(),
                duration(s.seconds()), s.articlesPerSecond()));
        List<Summary.ErrorKind> kinds = s.topErrorKinds(topKinds);
        if (!kinds.isEmpty()) {
            lines.add("top errors:");
            for (Summary.ErrorKind k : kinds) {
                lines.add(String.format(Locale.ROOT, "  %5d  %s", k.count(), k.kind()));
            }
        }
        return lines;
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
