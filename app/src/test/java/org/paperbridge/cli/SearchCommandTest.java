package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.index.IndexExporter;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;
import picocli.CommandLine;

class SearchCommandTest {
    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void buildIndex() throws Exception {
        Paragraph p = new Paragraph("p1", "zh", "肝衰竭患者的STAT3信号", List.of(), List.of());
        Article article = new Article(Article.SCHEMA_VERSION, "a1", new Source("a1.txt", "text", "s1", null),
                new Bilingual("肝衰竭研究", "Liver failure study"), List.of(), List.of(), Abstract.EMPTY,
                List.of(new Keyword("肝衰竭", "liver failure")), Identifiers.EMPTY,
                new Dates(null, null, null, "2022-03-01"), List.of(),
                List.of(new Section("s1", "1", 1, "引言", List.of(p), List.of())), List.of(), List.of(),
                List.of(new Entity("gene", "STAT3", "STAT3", "HGNC", "HGNC:11364", "zh", "p1", 6, 11)), List.of());
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(article);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SearchCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--index";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void malformedQueriesExitTwoWithOneLine() {
        for (String bad : List.of("\"liver failure", "(肝衰竭", "肝衰竭)", "AND 肝衰竭", "肝衰竭 OR", "NOT",
                "year:20x4", "year:2024..2020", "foo:bar", "gene:", "()")) {
            Run run = run(bad);
            assertEquals(2, run.code(), bad);
            assertTrue(run.err().startsWith("search: malformed query: "), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void printsJsonForPrograms() throws Exception {
        Run run = run("--json", "--facets", "liver failure");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("a1", json.at("/articles/0/docId").asText());
        assertEquals("1", json.at("/articles/0/passages/1/sectionNumber").asText());
        assertEquals("HGNC:11364", json.at("/facets/gene/0/value").asText());
        assertEquals("STAT3", json.at("/facets/gene/0/name").asText());
        assertEquals(1, json.at("/facets/gene/0/count").asInt());
    }

    @Test
    void facetHeadingsSayTheyCountArticlesAndShowTheId() {
        Run run = run("--facets", "肝衰竭");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("gene (articles):"), run.out());
        assertFalse(run.out().contains("(passages)"), run.out());
        assertTrue(run.out().contains("STAT3  HGNC:11364"), run.out());
    }

    @Test
    void printsAlignedPassagesForPeopleWithoutColourWhenPiped() {
        Run run = run("gene:STAT3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("肝衰竭研究"), run.out());
        assertTrue(run.out().contains("p1       1 引言"), run.out());
        assertFalse(run.out().contains("\u001b["), run.out());
        assertTrue(run("肝衰竭").out().contains("«肝衰竭»"));
    }

    @Test
    void badOptionsAndMissingIndexExitTwo() {
        assertEquals(2, run("--lang", "fr", "x").code());
        assertEquals(2, run("--limit", "0", "x").code());
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SearchCommand());
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("--index", dir.resolve("missing").toString(), "x"));
        assertTrue(err.toString().contains("no index"), err::toString);
    }
}
