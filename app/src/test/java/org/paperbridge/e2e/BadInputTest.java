package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/** A batch mixing bad files with a good article: each bad file gets its line, the article is whole. */
class BadInputTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void reportsEachBadFileAndStillWritesTheGoodArticles() throws IOException {
        Files.copy(SeedEndToEndTest.ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt"), in.resolve("a-good.txt"));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(in.resolve("c-blank.md"), " \n\n\t\n");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.write(in.resolve("d-binary.txt"), random);
        // Valid ISO-8859-1: decoded as such, then too short to be an article.
        Files.write(in.resolve("e-latin1.txt"), "caf\u00e9 ".repeat(3).getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = "肝衰竭是临床一类急危重症肝病。".repeat(10).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, broken, 0, 30);
        broken[30] = (byte) 0xFF;
        System.arraycopy(utf8, 30, broken, 31, utf8.length - 30);
        Files.write(in.resolve("f-invalid-middle.txt"), broken);
        Files.writeString(in.resolve("g-tiny.txt"), "ok\n");
        Files.writeString(in.resolve("h-plain.txt"),
                "肝脏作为机体重要器官，在调控代谢、消化、解毒与免疫等方面发挥重要功能。".repeat(8) + "\n");

        int code = Main.execute("run", in.toString(), "--out", out.toString(), "--no-index");
        assertEquals(1, code, "some inputs failed");

        List<JsonNode> errors = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            errors.add(Json.MAPPER.readTree(line));
        }
        List<String> got = errors.stream()
                .map(e -> Path.of(e.get("path").asText()).getFileName() + " " + e.get("stage").asText()).toList();
        assertEquals(List.of("b-empty.txt ingest", "c-blank.md ingest", "d-binary.txt ingest", "e-latin1.txt structure",
                "f-invalid-middle.txt ingest", "g-tiny.txt structure"), got);
        assertTrue(errors.get(0).get("message").asText().contains("empty"), errors.get(0).toString());
        assertTrue(errors.get(2).get("message").asText().contains("binary"), errors.get(2).toString());
        assertTrue(errors.get(4).get("message").asText().contains("byte 30"), errors.get(4).toString());

        List<String> corpus = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(2, corpus.size(), "the good article and the plain text");
        JsonNode good = Json.MAPPER.readTree(corpus.get(0));
        assertEquals(25, good.get("references").size());
        JsonNode plain = Json.MAPPER.readTree(corpus.get(1));
        assertTrue(plain.get("warnings").toString().contains("no front matter"), plain.get("warnings").toString());
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals(8, manifest.get("sources").size());
        assertEquals(6, manifest.at("/summary/failed").asInt());
    }
}
