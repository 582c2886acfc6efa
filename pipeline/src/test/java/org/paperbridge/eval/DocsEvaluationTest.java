package org.paperbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void matchesGoldToTheArticleWhoseSourceNameStartsWithItAndKeepsTheParts() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a1.gold.json"), "{\"title_zh\": \"甲\", \"doi\": \"10.1/x\"}");
        Files.writeString(gold.resolve("b2.gold.json"), "{\"title_zh\": \"乙\"}");
        Path docs = Files.createDirectories(dir.resolve("out/docs"));
        Files.writeString(docs.resolve("x.json"), "{\"source\": {\"path\": \"in/a1-journal.pdf\"}, \"title\": {\"zh\": \"甲\"},"
                + " \"identifiers\": {\"doi\": \"10.1/y\"}}");
        Path split = dir.resolve("split.tsv");
        Files.writeString(split, "# comment\na1\t00\ttune\nb2\t01\tcheck\n");

        Map<String, String> parts = DocsEvaluation.loadSplit(split);
        List<DocScore> all = new DocsEvaluation().score(DocsEvaluation.loadGold(gold), parts, null,
                DocsEvaluation.loadArticles(dir.resolve("out")));
        assertEquals(2, all.size());
        DocScore a1 = all.get(0);
        assertEquals("tune", a1.part());
        assertTrue(a1.found());
        assertEquals(1, a1.correct(true));
        assertEquals(2, a1.total(true));
        DocScore b2 = all.get(1);
        assertEquals(false, b2.found());
        assertEquals(0, b2.correct(false));
        assertEquals(1, b2.total(false));

        List<DocScore> check = new DocsEvaluation().score(DocsEvaluation.loadGold(gold), parts, "check",
                DocsEvaluation.loadArticles(dir.resolve("out")));
        assertEquals(List.of("b2"), check.stream().map(DocScore::name).toList());
    }
}
