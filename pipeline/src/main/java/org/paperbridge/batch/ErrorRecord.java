package org.paperbridge.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.paperbridge.io.AtomicFiles;
import org.paperbridge.io.Json;

/** One line of errors.jsonl: which source failed, in which stage, and why, in words for people. */
public record ErrorRecord(String path, String stage, String message) {
    /** Writes {@code errors} to {@code file} as JSON lines, atomically. */
    static void writeAll(Path file, List<ErrorRecord> errors) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(AtomicFiles.newOutputStream(file),
                StandardCharsets.UTF_8))) {
            for (ErrorRecord e : errors) {
                w.write(Json.LINE.writeValueAsString(e));
                w.write('\n');
            }
        }
    }
}
