package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * The seed article rendered in every input format (fixtures/formats/, made by FixtureGenerator)
 * must yield the same facts as the text seed: front matter, sections, citations, clean body,
 * references.
 */
class FormatsEndToEndTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"article-gb18030.txt", "article.docx", "article.html", "content_list.json",
            "one-column.pdf", "two-column.pdf", "article.odt", "article.epub", "article.rtf"})
    void everyFormatYieldsTheSeedFacts(String fixture) throws IOException {
        Path source = SeedEndToEndTest.ROOT.resolve("fixtures/formats").resolve(fixture);
        assertEquals(0, Main.execute("run", source.toString(), "--out", out.toString(), "--no-index",
                "--formats", "json"), fixture);
        JsonNode article;
        try (Stream<Path> docs = Files.list(out.resolve("docs"))) {
            List<Path> files = docs.toList();
            assertEquals(1, files.size());
            article = Json.MAPPER.readTree(files.get(0).toFile());
        }
        JsonNode expected = Json.MAPPER.readTree(SeedEndToEndTest.ROOT.resolve("fixtures/seed/expected.json").toFile());
        SeedFacts.frontMatter(article, expected);
        SeedFacts.sectionTreeAndCitations(article, expected);
        SeedFacts.bodyIsCleanAndRejoined(article, expected);
        SeedFacts.references(article, expected);
    }
}
