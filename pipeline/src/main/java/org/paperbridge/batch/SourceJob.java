package org.paperbridge.batch;

import org.paperbridge.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.paperbridge.Hashes;
import org.paperbridge.Pipeline;
import org.paperbridge.corpus.CorpusWriter;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

/**
 * The work on one source, done on a worker thread: the size check, reading and hashing, then
 * either reusing the article of the previous run (same bytes, same code) or processing it.
 */
final class SourceJob {
    /**
     * Failure stages whose outcome may differ on a re-run of the same bytes and code, never reused:
     * limits and I/O depend on settings and the machine, and an unexpected exception may have been
     * the environment's (out of memory, a jar replaced under a running JVM) rather than the file's.
     */
    private static final Set<String> RETRIED_STAGES = Set.of("timeout", "read", "internal");

    /** What became of one source. Exactly one of {@code entry} and {@code error} is set. */
    record Outcome(Path path, String sha256, CorpusWriter.Entry entry, Map<String, Long> stageMicros,
                   ErrorRecord error, boolean reused, ArticleFingerprint fingerprint) {
        Outcome(Path path, String sha256, CorpusWriter.Entry entry, Map<String, Long> stageMicros, ErrorRecord error,
                boolean reused) {
            this(path, sha256, entry, stageMicros, error, reused, null);
        }

        Outcome asReused() {
            return new Outcome(path, sha256, entry, stageMicros, error, true, fingerprint);
        }

        Article article() {
            return entry == null ? null : entry.article();
        }

        Outcome withEntry(CorpusWriter.Entry e) {
            return new Outcome(path, sha256, e, stageMicros, error, reused, fingerprint);
        }

        /** With the fingerprint its copies are found by, made from its article. */
        Outcome fingerprinted() {
            return entry == null ? this : new Outcome(path, sha256, entry, stageMicros, error, reused,
                    ArticleFingerprint.of(entry.article()));
        }

        /** With the document file staged beside its place (untimed: a file half-written when interrupted would be lost work). */
        Outcome staged(CorpusWriter corpus) throws IOException {
            return entry == null ? this : withEntry(corpus.stage(entry));
        }
    }

    /** An earlier outcome of the source: the output folder (or generation) it is in and its manifest entry. */
    record Candidate(Path dir, ManifestEntry entry) {
    }

    private final DocumentProcessor processor;
    private final long maxFileBytes;
    private final CorpusWriter exports;
    private final CrashJournal journal;

    /**
     * @param exports whose exporters' order-free work is done in the job, under its guards; null for none
     * @param journal where each source is recorded as started and ended; null for none
     */
    SourceJob(DocumentProcessor processor, long maxFileBytes, CorpusWriter exports, CrashJournal journal) {
        this.processor = processor;
        this.maxFileBytes = maxFileBytes;
        this.exports = exports;
        this.journal = journal;
    }

    /** Processes {@code source}, or reuses its earlier outcome in {@code outDir} ({@code previous}, may be null). */
    Outcome run(Path source, Path outDir, ManifestEntry previous) {
        return run(source, previous == null ? List.of() : List.of(new Candidate(outDir, previous)), false);
    }

    /**
     * Processes {@code source}, or reuses {@code previous} (may be null) when the bytes are
     * unchanged, then prepares its share of the exports: everything a source costs happens here,
     * on the timed worker, with every failure, memory included, made an outcome.
     */
    Outcome run(Path source, List<Candidate> earlier, boolean alone) {
        String path = source.toString();
        try {
            Outcome o = article(source, earlier, alone);
            return o.entry() == null || exports == null ? o : exported(o).fingerprinted();
        } finally {
            if (journal != null) {
                journal.ended(path);
            }
        }
    }

    private Outcome exported(Outcome o) {
        try {
            return o.withEntry(exports.prepareExports(o.entry()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return failure(o.path(), o.sha256(), Stage.EXPORT.label(), "cannot prepare the exports: " + describe(e));
        } catch (OutOfMemoryError e) {
            return failure(o.path(), o.sha256(), Stage.EXPORT.label(), "out of memory while preparing the exports "
                    + "(CoNLL segmentation, BioC passages); the article is too large for the heap");
        }
    }

    /** An exception in words: its message, or its kind when it has none. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    private Outcome article(Path source, List<Candidate> earlier, boolean alone) {
        String path = source.toString();
        byte[] bytes;
        try {
            long size = Files.size(source);
            if (size > maxFileBytes) {
                return failure(source, null, Stage.READ.label(), String.format(Locale.ROOT,
                        "too large: %d bytes, over the limit of %d (maxFileBytes, --max-file-bytes)", size,
                        maxFileBytes));
            }
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            return failure(source, null, Stage.READ.label(), "cannot read file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failure(source, null, Stage.READ.label(), "too large to hold in memory: " + e.getMessage());
        }
        String sha = Hashes.sha256(bytes);
        if (journal != null) {
            if (journal.isCulprit(path, sha)) {
                return failure(source, sha, CrashJournal.STAGE, CrashJournal.message());
            }
            // With its sha256, so that a crash from here on makes this file, these bytes, the one to skip.
            journal.started(path, sha, alone);
        }
        for (Candidate c : earlier) {
            Outcome reused = reuse(source, sha, c.dir(), c.entry());
            if (reused != null) {
                return reused;
            }
        }
        try {
            Pipeline.Result r = processor.process(path, bytes);
            return new Outcome(source, sha, CorpusWriter.Entry.of(r.article()), r.stageMicros(), null, false);
        } catch (PipelineException e) {
            return failure(source, sha, e.stage().label(), e.getMessage());
        } catch (IOException e) {
            return failure(source, sha, Stage.INTERNAL.label(), "cannot serialize the article: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input must not stop the batch; report it like any failure.
            return failure(source, sha, Stage.INTERNAL.label(), "unexpected " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failure(source, sha, Stage.INTERNAL.label(), "out of memory while processing this file");
        }
    }

    /** The previous outcome when the bytes are the same and it is still valid; null to process anew. */
    private Outcome reuse(Path source, String sha, Path outDir, ManifestEntry previous) {
        if (previous == null || !sha.equals(previous.sha256())) {
            return null;
        }
        if (ManifestEntry.FAILED.equals(previous.status()) && !RETRIED_STAGES.contains(previous.stage())) {
            return failure(source, sha, previous.stage(), previous.message()).asReused();
        }
        if (!ManifestEntry.OK.equals(previous.status()) || previous.docId() == null) {
            return null;
        }
        try {
            CorpusWriter.Entry kept = CorpusWriter.Entry.kept(outDir, previous.docId());
            Article a = kept.article();
            // The doc may have been rewritten by a later, interrupted run over other bytes.
            if (a.source() == null || !sha.equals(a.source().sha256()) || !a.id().equals(previous.docId())) {
                return null;
            }
            return new Outcome(source, sha, kept, previous.stageMicros(), null, true);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Outcome failure(Path source, String sha, String stage, String message) {
        return new Outcome(source, sha, null, Map.of(), new ErrorRecord(source.toString(), stage, message), false);
    }
}
