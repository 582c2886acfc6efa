package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                   ErrorRecord error, boolean reused) {
        Outcome asReused() {
            return new Outcome(path, sha256, entry, stageMicros, error, true);
        }

        Article article() {
            return entry == null ? null : entry.article();
        }

        /** With the ordered exporters' order-free work done here, on the worker thread. */
        Outcome prepared(CorpusWriter corpus) throws java.io.IOException {
            return entry == null ? this : new Outcome(path, sha256, corpus.prepare(entry), stageMicros, error, reused);
        }
    }

    private final DocumentProcessor processor;
    private final long maxFileBytes;
    private final Path outDir;

    SourceJob(DocumentProcessor processor, long maxFileBytes, Path outDir) {
        this.processor = processor;
        this.maxFileBytes = maxFileBytes;
        this.outDir = outDir;
    }

    /** Processes {@code source}, or reuses {@code previous} (may be null) when the bytes are unchanged. */
    Outcome run(Path source, ManifestEntry previous) {
        String path = source.toString();
        byte[] bytes;
        try {
            long size = Files.size(source);
            if (size > maxFileBytes) {
                return failure(source, null, "read", String.format(Locale.ROOT,
                        "too large: %d bytes, over the limit of %d (maxFileBytes, --max-file-size)", size,
                        maxFileBytes));
            }
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            return failure(source, null, "read", "cannot read file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failure(source, null, "read", "too large to hold in memory: " + e.getMessage());
        }
        String sha = Hashes.sha256(bytes);
        Outcome reused = reuse(source, sha, previous);
        if (reused != null) {
            return reused;
        }
        try {
            Pipeline.Result r = processor.process(path, bytes);
            return new Outcome(source, sha, CorpusWriter.Entry.of(r.article()), r.stageMicros(), null, false);
        } catch (PipelineException e) {
            return failure(source, sha, e.stage(), e.getMessage());
        } catch (IOException e) {
            return failure(source, sha, "internal", "cannot serialize the article: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input must not stop the batch; report it like any failure.
            return failure(source, sha, "internal", "unexpected " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failure(source, sha, "internal", "out of memory while processing this file");
        }
    }

    /** The previous outcome when the bytes are the same and it is still valid; null to process anew. */
    private Outcome reuse(Path source, String sha, ManifestEntry previous) {
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
