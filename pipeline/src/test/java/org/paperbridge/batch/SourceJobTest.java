package org.paperbridge.batch;

import org.paperbridge.model.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.Hashes;
import org.paperbridge.model.PipelineException;

class SourceJobTest {
    @TempDir
    Path dir;

    @Test
    void unchangedFailureIsReusedUnlessItsStageDependsOnTheEnvironment() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "text");
        String sha = Hashes.sha256(Files.readAllBytes(f));
        AtomicInteger calls = new AtomicInteger();
        SourceJob job = new SourceJob((path, bytes) -> {
            calls.incrementAndGet();
            throw new PipelineException(Stage.STRUCTURE, "no recognizable structure");
        }, 1000, null, null);

        SourceJob.Outcome reused = job.run(f, dir, failed(f, sha, "structure"));
        assertEquals(0, calls.get(), "same bytes, deterministic stage: not processed again");
        assertTrue(reused.reused());
        assertEquals("no recognizable structure", reused.error().message());

        for (String stage : new String[] {"internal", "timeout", "read"}) {
            SourceJob.Outcome again = job.run(f, dir, failed(f, sha, stage));
            assertEquals(false, again.reused(), stage);
        }
        assertEquals(3, calls.get());
        job.run(f, dir, failed(f, "0".repeat(64), "structure"));
        assertEquals(4, calls.get(), "changed bytes are processed");
    }

    private static ManifestEntry failed(Path f, String sha, String stage) {
        return ManifestEntry.failed(sha, new ErrorRecord(f.toString(), stage, "no recognizable structure"), false);
    }
}
