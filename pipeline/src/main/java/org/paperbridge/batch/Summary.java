package org.paperbridge.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of a run: counts, wall time and the failures. {@code ok} counts every article in
 * the corpus, {@code skipped} those of them reused unchanged from the previous run.
 */
public record Summary(int ok, int failed, int duplicates, int skipped, double seconds, List<ErrorRecord> errors) {
    private static final Pattern KIND_END = Pattern.compile("[:;]| \\(");

    public Summary {
        errors = List.copyOf(errors);
    }

    /** A kind of failure and how many sources failed that way. */
    public record ErrorKind(String kind, int count) {
    }

    public int exitCode() {
        return failed > 0 ? 1 : 0;
    }

    /** Articles the run produced per second of wall time (reused ones included). */
    public double articlesPerSecond() {
        return seconds > 0 ? ok / seconds : 0;
    }

    /** The most frequent kinds of failure, most frequent first (ties by name). */
    public List<ErrorKind> topErrorKinds(int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ErrorRecord e : errors) {
            counts.merge(kindOf(e), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(en -> new ErrorKind(en.getKey(), en.getValue()))
                .sorted(Comparator.comparingInt(ErrorKind::count).reversed())
                .limit(limit)
                .toList();
    }

    /** The stage and the message up to its first colon, semicolon or bracket, numbers folded, so like failures group. */
    static String kindOf(ErrorRecord e) {
        String m = e.message() == null ? "" : e.message();
        Matcher end = KIND_END.matcher(m);
        if (end.find() && end.start() > 0) {
            m = m.substring(0, end.start());
        }
        m = m.replaceAll("(?<![A-Za-z-])[0-9]+", "N");
        if (m.length() > 60) {
            m = m.substring(0, 60) + "…";
        }
        return e.stage() + ": " + m;
    }
}
