package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.cli.Main;

/** A run large enough to fit its own length model gives the same model and bytes on one thread and on two. */
class FittedLengthModelRunTest {
    @TempDir
    Path in;
    @TempDir
    Path one;
    @TempDir
    Path two;

    @Test
    void fittedModelAndCorpusAreTheSameWhateverTheThreadCount() throws IOException {
        ScaleCorpus.fromFiles(List.of(SeedEndToEndTest.SEED)).write(in, 10, 11);
        assertEquals(0, Main.execute("run", in.toString(), "--out", one.toString(), "--no-index", "--threads", "1"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", two.toString(), "--no-index", "--threads", "2"));
        JsonNode model = IncrementalRunTest.manifest(one).get("lengthModel");
        assertEquals("sample", model.get("origin").asText(), model.toString());
        assertEquals(10, model.get("pairs").asInt());
        assertEquals(model, IncrementalRunTest.manifest(two).get("lengthModel"));
        assertArrayEquals(Files.readAllBytes(one.resolve("corpus.jsonl")), Files.readAllBytes(two.resolve("corpus.jsonl")));
        List<JsonNode> articles = IncrementalRunTest.lines(one);
        assertEquals(10, articles.size());
    }
}
