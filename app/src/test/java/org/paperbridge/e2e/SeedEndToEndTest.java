package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * Runs the command line over the seed article and checks every fact of fixtures/seed/expected.json
 * in the groups front, sections, citations, clean and references, and the output contract
 * (schema, corpus.jsonl = docs/, deterministic bytes).
 */
class SeedEndToEndTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    static Path out;
    static JsonNode article;
    static JsonNode expected;

    @BeforeAll
    static void runSeed() throws IOException {
        int code = Main.execute("run", SEED.toString(), "--out", out.toString(),
                "--no-index", "--threads", "2");
        assertEquals(0, code, "exit code of a clean run");
        try (Stream<Path> docs = Files.list(out.resolve("docs"))) {
            List<Path> files = docs.toList();
            assertEquals(1, files.size(), "one article: " + files);
            article = Json.MAPPER.readTree(files.get(0).toFile());
        }
        expected = Json.MAPPER.readTree(ROOT.resolve("fixtures/seed/expected.json").toFile());
    }

    @Test
    void outputValidatesAgainstTheSchema() throws IOException {
        assertEquals(Set.of(), new SchemaValidator().validate(article));
    }

    @Test
    void corpusJsonlHoldsTheSameObjectAsDocs() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(1, lines.size());
        assertEquals(article, Json.MAPPER.readTree(lines.get(0)));
        assertEquals("", Files.readString(out.resolve("errors.jsonl")));
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals("ok", manifest.get("sources").get(0).get("status").asText());
    }

    @Test
    void sameInputGivesByteIdenticalOutput(@TempDir Path again) throws IOException {
        assertEquals(0, Main.execute("run", SEED.toString(), "--out", again.toString(),
                "--no-index", "--threads", "1"));
        assertArrayEquals(Files.readAllBytes(out.resolve("corpus.jsonl")), Files.readAllBytes(again.resolve("corpus.jsonl")));
    }

    @Test
    void affiliationUnitsPairDepartmentInstitutionsCityAndPostcode() throws IOException {
        JsonNode units = article.get("affiliations").get(0).get("units");
        Set<String> pairs = new java.util.TreeSet<>();
        units.forEach(u -> pairs.add(u.get("kind").asText() + "|" + u.get("zh").asText() + "|" + u.get("en").asText()));
        for (String pair : List.of("department|感染科|Department of Infectious Disease",
                "institution|第三医院|the Third Hospital", "institution|河北医科大学|Hebei Medical University",
                "city|石家庄|Shijiazhuang", "postcode|050051|050051")) {
            assertTrue(pairs.contains(pair), pair + " in " + pairs);
        }
        JsonNode lengths = Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("lengthModel");
        assertEquals("prior", lengths.get("origin").asText(), "one abstract is too little to fit a corpus model on");
        assertEquals(1, lengths.get("pairs").asInt());
        assertEquals(3.3, lengths.get("ratio").asDouble(), 1e-9);
    }

    @Test
    void frontMatter() {
        SeedFacts.frontMatter(article, expected);
    }

    @Test
    void sectionTreeAndCitations() {
        SeedFacts.sectionTreeAndCitations(article, expected);
    }

    @Test
    void bodyIsCleanAndRejoined() {
        SeedFacts.bodyIsCleanAndRejoined(article, expected);
    }

    @Test
    void references() {
        SeedFacts.references(article, expected);
    }
}
