package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * Two articles written in other journals' conventions (fixtures/articles/: 【摘要】, 一、/（一）
 * headings, Chinese references with 等; English-first front matter with bare labels, no text
 * before section 1, Vancouver references) through the whole command line, so the parsers are not
 * tuned to the seed.
 */
class OtherJournalsEndToEndTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh_bracket_labels_numbered_affiliations.md|1:1 1.1:2 1.2:2 2:1 3:1|5",
            "en_first_bare_labels_vancouver.txt|1:1 1.1:2 1.2:2 2:1 3:1|4"})
    void articleYieldsItsFacts(String file, String outline, int references) throws IOException {
        Path source = SeedEndToEndTest.ROOT.resolve("fixtures/articles").resolve(file);
        assertEquals(0, Main.execute("run", source.toString(), "--out", out.toString(), "--no-index",
                "--formats", "json"));
        JsonNode article;
        try (Stream<Path> docs = Files.list(out.resolve("docs"))) {
            article = Json.MAPPER.readTree(docs.findFirst().orElseThrow().toFile());
        }
        assertEquals(java.util.Set.of(), new SchemaValidator().validate(article));
        String name = file.substring(0, file.lastIndexOf('.'));
        JsonNode expected = Json.MAPPER.readTree(
                SeedEndToEndTest.ROOT.resolve("fixtures/articles").resolve(name + ".expected.json").toFile());
        SeedFacts.frontMatter(article, expected);

        List<String> got = new ArrayList<>();
        for (JsonNode s : Facts.walk(article.get("sections"))) {
            got.add(s.get("number").asText() + ":" + s.get("level").asInt());
        }
        assertEquals(List.of(outline.split(" ")), got);
        assertEquals(references, article.get("references").size());
        for (JsonNode r : article.get("references")) {
            assertEquals(false, r.get("authors").isEmpty(), r.toString());
            assertEquals(true, r.get("year").isInt(), r.toString());
        }
    }
}
