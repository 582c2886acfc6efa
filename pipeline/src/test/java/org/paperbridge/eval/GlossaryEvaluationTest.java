package org.paperbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.eval.GlossaryEvaluation.DocResult;
import org.paperbridge.model.GlossaryEntry;

class GlossaryEvaluationTest {
    @TempDir
    Path dir;

    private static GlossaryGold.Term term(List<String> zh, List<String> en, String abbr) {
        return new GlossaryGold.Term(zh, en, List.of(abbr));
    }

    @Test
    void aBoundaryErrorCostsTheExactEntryAndTheChineseSideButNotTheEnglish() {
        List<GlossaryGold.Term> gold = List.of(
                term(List.of("中央处理器"), List.of("central processing unit"), "CPU"),
                term(List.of("平均绝对误差"), null, "MAE"));
        List<GlossaryEntry> got = List.of(
                new GlossaryEntry("以中央处理器", "Central  Processing Unit", "CPU"),
                new GlossaryEntry("平均 绝对 误差", null, "MAE"),
                new GlossaryEntry(null, "ModPortiIn+g", "MPI"));
        DocResult r = GlossaryEvaluation.score("a.md", "tune", true, gold, got);
        assertEquals(new GlossaryEvaluation.Count(1, 3, 2), r.exact());
        assertEquals(new GlossaryEvaluation.Count(1, 2, 2), r.zh());
        assertEquals(new GlossaryEvaluation.Count(1, 2, 1), r.en());
        assertEquals(List.of("missed", "ok", "extra", "extra"), r.outcomes().stream().map(GlossaryEvaluation.Outcome::kind).toList());
    }

    @Test
    void anyListedFormCountsAndEachOutputEntryMatchesOneGoldTermOnly() {
        List<GlossaryGold.Term> gold = List.of(
                term(List.of("总磷"), null, "TP"),
                term(List.of("总蛋白"), null, "TP"),
                term(List.of("水通道蛋白", "水孔蛋白"), null, "AQP"));
        List<GlossaryEntry> got = List.of(new GlossaryEntry("总磷", null, "TP"), new GlossaryEntry("水孔蛋白", null, "AQP"));
        DocResult r = GlossaryEvaluation.score("a.md", "tune", true, gold, got);
        assertEquals(new GlossaryEvaluation.Count(2, 2, 3), r.exact());
        assertEquals(1.0, r.exact().precision());
        assertEquals(2.0 / 3, r.exact().recall(), 1e-9);
    }

    @Test
    void loadsTheGoldAndFindsTheArticleBySourceNameWithinThePartAsked() throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{\"documents\": [{\"file\": \"a1.md\", \"part\": \"tune\", \"entries\": ["
                + "{\"zh\": [\"现场可编程门阵列\"], \"en\": null, \"abbr\": [\"FPGA\"]}]},"
                + "{\"file\": \"b2.md\", \"part\": \"check\", \"entries\": []}]}");
        Path docs = Files.createDirectories(dir.resolve("out/docs"));
        Files.writeString(docs.resolve("x.json"), "{\"source\": {\"path\": \"in/a1.md\"}, \"glossary\": ["
                + "{\"zh\": \"现场可编程门阵列\", \"en\": null, \"abbr\": \"FPGA\"}]}");
        List<DocResult> tune = new GlossaryEvaluation().score(GlossaryGold.load(gold), Map.of(), "tune",
                DocsEvaluation.loadArticles(dir.resolve("out")));
        assertEquals(1, tune.size());
        assertEquals(1.0, tune.get(0).exact().f1());
        List<DocResult> check = new GlossaryEvaluation().score(GlossaryGold.load(gold), Map.of("b2", "check"), "check",
                DocsEvaluation.loadArticles(dir.resolve("out")));
        assertFalse(check.get(0).found());
    }
}
