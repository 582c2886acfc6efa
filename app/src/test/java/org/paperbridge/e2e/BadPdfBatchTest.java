package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * A batch of the bad PDFs (fixtures/bad) and the seed: each unreadable PDF gets its own clear
 * error line, the PDF locked only by an owner password is read, and the seed is processed.
 */
class BadPdfBatchTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void reportsEachBadPdfAndProcessesTheRestOfTheBatch() throws IOException {
        Files.copy(SeedEndToEndTest.ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt"), in.resolve("0-seed.txt"));
        try (Stream<Path> bad = Files.list(SeedEndToEndTest.ROOT.resolve("fixtures/bad"))) {
            for (Path pdf : bad.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.copy(pdf, in.resolve(pdf.getFileName()));
            }
        }

        assertEquals(1, Main.execute("run", in.toString(), "--out", out.toString(), "--no-index",
                "--formats", "json"), "some inputs failed");

        Map<String, String> errors = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            JsonNode e = Json.MAPPER.readTree(line);
            errors.put(Path.of(e.get("path").asText()).getFileName().toString(),
                    e.get("stage").asText() + ": " + e.get("message").asText());
        }
        assertEquals(Map.of(
                "image-only.pdf", "ingest: PDF has no text layer (scanned image?): OCR is needed",
                "truncated.pdf", "ingest: damaged PDF: Page tree root must be a dictionary",
                "user-password.pdf", "ingest: encrypted PDF: a password is needed to open it"), errors);

        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        Map<String, String> status = new LinkedHashMap<>();
        manifest.get("sources").forEach(s -> status.put(Path.of(s.get("path").asText()).getFileName().toString(),
                s.get("status").asText()));
        // The owner-password PDF is the seed typeset: read, it is the same article (same DOI).
        assertEquals(Map.of("0-seed.txt", "ok", "image-only.pdf", "failed", "owner-password.pdf", "duplicate",
                "truncated.pdf", "failed", "user-password.pdf", "failed"), status);
        List<String> corpus = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(1, corpus.size());
        assertEquals(25, Json.MAPPER.readTree(corpus.get(0)).get("references").size());
    }
}
