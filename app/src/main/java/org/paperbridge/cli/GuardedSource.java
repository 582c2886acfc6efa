package org.paperbridge.cli;

import org.paperbridge.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.GuardedCall;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

/**
 * One source processed outside a batch under the guards a batch gives each source: the file size
 * limit, the time limit (the work runs on its own daemon thread, abandoned when late), and running
 * out of memory or stack reported as this source's failure, with {@code run}'s stages and words.
 */
final class GuardedSource {
    private final long maxFileBytes;
    private final double timeoutSeconds;

    GuardedSource(long maxFileBytes, double timeoutSeconds) {
        this.maxFileBytes = maxFileBytes;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** With the limits of a configuration ({@code maxFileBytes}, {@code timeoutSeconds}), as {@code run} has them. */
    static GuardedSource of(PipelineConfig config) {
        return new GuardedSource(config.maxFileBytes(), config.timeoutSeconds());
    }

    Article process(Path file) throws PipelineException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new PipelineException(Stage.READ, String.format(Locale.ROOT,
                        "too large: %d bytes, over the limit of %d (maxFileBytes, --max-file-bytes)", size, maxFileBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PipelineException(Stage.READ, "cannot read file: " + Main.oneLine(e));
        } catch (OutOfMemoryError e) {
            throw new PipelineException(Stage.READ, "too large to hold in memory");
        }
        return GuardedCall.run(() -> new Pipeline().process(file.toString(), bytes).article(), "paperbridge-source",
                timeoutSeconds, "timeoutSeconds, --timeout-seconds", () -> { });
    }
}
