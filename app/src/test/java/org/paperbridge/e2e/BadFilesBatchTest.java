package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * A batch over every file of fixtures/bad/ plus generated monsters (a zip bomb disguised as DOCX,
 * a symbolic link loop) mixed with good articles: the exact error records, every good article
 * exactly as a run without the bad files makes it (the GBK article is decoded and joins them),
 * exit code 1. The time limit of that batch is set far above what any of its files needs, so the
 * records are the files' own verdicts whatever the machine's load; a file that does meet the limit
 * (a 50 MB single-line text) has a test of its own.
 */
class BadFilesBatchTest {
    private static final Path BAD = SeedEndToEndTest.ROOT.resolve("fixtures/bad");

    @TempDir
    Path in;
    @TempDir
    Path out;
    @TempDir
    Path goodOnly;

    @Test
    void reportsEveryBadFileAndKeepsEveryGoodArticleWhole() throws IOException {
        Path bad = Files.createDirectories(in.resolve("bad"));
        try (DirectoryStream<Path> fixtures = Files.newDirectoryStream(BAD)) {
            for (Path f : fixtures) {
                // The owner-password PDF is the seed article and readable: in this batch it would be
                // the seed's first copy, making the good seed.txt its duplicate (BadPdfBatchTest covers it).
                if (!f.getFileName().toString().startsWith("owner-password")) {
                    Files.copy(f, bad.resolve(f.getFileName().toString()));
                }
            }
        }
        BadFixtures.zipBombDocx(bad.resolve("zip-bomb.docx"), 512);
        assertTrue(Files.size(bad.resolve("zip-bomb.docx")) < 1 << 20, "tiny on disk");
        Files.createDirectories(bad.resolve("loop"));
        Files.createSymbolicLink(bad.resolve("loop/back"), bad.resolve("loop"));
        Path good = Files.createDirectories(in.resolve("good"));
        Files.copy(SeedEndToEndTest.SEED, good.resolve("seed.txt"));
        Files.copy(SeedEndToEndTest.ROOT.resolve("fixtures/md/zh_journal_mineru.md"), good.resolve("journal.md"));
        ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(good.resolve("gen"), 3, 11);

        int code = Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2", "--timeout", "600",
                "--no-index");
        assertEquals(1, code, "some inputs failed");

        List<JsonNode> errors = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            errors.add(Json.MAPPER.readTree(line));
        }
        List<String> failedNames = new ArrayList<>();
        for (JsonNode e : errors) {
            String name = Path.of(e.get("path").asText()).getFileName().toString();
            failedNames.add(name);
            String stage = e.get("stage").asText();
            String message = e.get("message").asText();
            String record = name + " [" + stage + "] " + message;
            switch (name) {
                case "back" -> assertEquals("back [read] symbolic link loop: the folder links back to one of its parents",
                        record);
                case "empty.txt" -> assertEquals("empty.txt [ingest] empty file", record);
                case "random-bytes.txt" -> assertEquals("random-bytes.txt [ingest] binary file, not text or a supported "
                        + "document format (PDF, DOCX, ODT, HTML, EPUB, RTF, MinerU JSON)", record);
                case "invalid-utf8-middle.md" -> assertEquals(
                        "invalid-utf8-middle.md [ingest] not valid UTF-8: malformed byte sequence at byte 1141", record);
                case "zip-bomb.docx" -> assertEquals("zip-bomb.docx [ingest] decompression bomb: a "
                        + Files.size(bad.resolve("zip-bomb.docx")) + "-byte archive expands past 104857600 bytes", record);
                case "deeply-nested.html" -> assertEquals("deeply-nested.html [ingest] refused by Tika's guard against "
                        + "XML and zip bombs: 100 levels of XML element nesting", record);
                case "image-only.pdf" -> assertEquals(
                        "image-only.pdf [ingest] PDF has no text layer (scanned image?): OCR is needed", record);
                case "truncated.pdf" -> assertEquals(
                        "truncated.pdf [ingest] damaged PDF: Page tree root must be a dictionary", record);
                case "user-password.pdf" -> assertEquals(
                        "user-password.pdf [ingest] encrypted PDF: a password is needed to open it", record);
                default -> throw new AssertionError("unexpected failure: " + record);
            }
        }
        assertEquals(List.of("back", "deeply-nested.html", "empty.txt", "image-only.pdf", "invalid-utf8-middle.md",
                "random-bytes.txt", "truncated.pdf", "user-password.pdf", "zip-bomb.docx"),
                failedNames, "walk problems first, then sources in path order");
        List<String> sorted = new ArrayList<>(errors.stream().skip(1).map(e -> e.get("path").asText()).toList());
        sorted.sort(null);
        assertEquals(sorted, errors.stream().skip(1).map(e -> e.get("path").asText()).toList());

        List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(6, lines.size(), "five good articles and the GBK one");
        assertTrue(lines.stream().anyMatch(l -> l.contains("gbk.txt") && l.contains("肝纤维化")), "GBK decoded");

        assertEquals(0, Main.execute("run", good.toString(), "--out", goodOnly.toString(), "--threads", "1",
                "--no-index"));
        List<String> goodLines = lines.stream().filter(l -> !l.contains("gbk.txt")).toList();
        assertEquals(Files.readAllLines(goodOnly.resolve("corpus.jsonl")), goodLines,
                "every good article is exactly what a run without the bad files makes");
        JsonNode seed = Json.MAPPER.readTree(goodLines.get(4));
        assertEquals(25, seed.get("references").size());
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals(errors.size(), manifest.at("/summary/failed").asInt(), "manifest counts the failures");
    }

    @Test
    void aFileOverTheTimeLimitIsAbandonedAndTheBatchGoesOn() throws IOException {
        BadFixtures.singleLineText(in.resolve("single-line-50mb.txt"), 50);
        Files.copy(SeedEndToEndTest.SEED, in.resolve("seed.txt"));

        int code = Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2", "--timeout", "5",
                "--no-index");
        assertEquals(1, code, "some inputs failed");

        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertEquals(1, errors.size(), String.join("\n", errors));
        JsonNode e = Json.MAPPER.readTree(errors.get(0));
        String record = Path.of(e.get("path").asText()).getFileName() + " [" + e.get("stage").asText() + "] "
                + e.get("message").asText();
        // Every guard is guaranteed; which one the monster meets first, and in which pass (calibration
        // or main), depends on how fast the machine is at that moment and on the heap left.
        assertTrue(Set.of(
                "single-line-50mb.txt [timeout] gave up after 5 s (timeoutSeconds, --timeout-seconds); the file was abandoned",
                "single-line-50mb.txt [timeout] gave up after 5 s (timeoutSeconds, --timeout-seconds) in the calibration "
                        + "pass; the file was abandoned",
                "single-line-50mb.txt [internal] out of memory while processing this file",
                "single-line-50mb.txt [export] out of memory while preparing the exports (CoNLL segmentation, "
                        + "BioC passages); the article is too large for the heap").contains(record), record);
        List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(1, lines.size(), "the seed is kept");
        assertEquals(25, Json.MAPPER.readTree(lines.get(0)).get("references").size());
        assertFalse(Files.exists(out.resolve("docs").resolve("single-line-50mb.json")));
    }
}
