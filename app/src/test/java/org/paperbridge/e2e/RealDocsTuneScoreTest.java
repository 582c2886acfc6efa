package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;
import org.paperbridge.eval.DocScore;
import org.paperbridge.eval.DocsEvaluation;

/**
 * The tune part of the real-article corpus (fixtures/realdocs: 37 articles, MinerU Markdown and
 * JSON, CNKI-style and LaTeX PDFs) through the whole command line, scored against its gold: the
 * score must not drop below what the fixes reached. The check part is never run here. The source
 * files are not in the repository (fixtures/realdocs/PROVENANCE.md); without them the test is
 * skipped. About 15 s on 2 cores.
 */
class RealDocsTuneScoreTest {
    static final Path REALDOCS = SeedEndToEndTest.ROOT.resolve("fixtures/realdocs");
    /** Core fields (those of check-docs) right on the tune part when this floor was last raised. */
    static final int CORE_FLOOR = 422;
    /** All fields, core plus affiliations and the first three references. */
    static final int ALL_FLOOR = 523;

    @TempDir
    Path tmp;

    @Test
    void tunePartScoresAtLeastTheFloor() throws IOException {
        Path src = REALDOCS.resolve("src");
        Assumptions.assumeTrue(Files.isDirectory(src),
                "fixtures/realdocs/src is absent: run scripts/realdocs-sources.sh MIRROR_ROOT to score the real articles");
        Map<String, String> parts = DocsEvaluation.loadSplit(REALDOCS.resolve("split.tsv"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.'));
                if ("tune".equals(parts.get(stem))) {
                    Files.copy(f, in.resolve(name));
                }
            }
        }
        try (Stream<Path> copied = Files.list(in)) {
            assertEquals(parts.values().stream().filter("tune"::equals).count(), copied.count(), "tune sources present");
        }
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--no-index", "--formats", "json"));

        Map<String, JsonNode> gold = DocsEvaluation.loadGold(REALDOCS.resolve("gold"));
        List<DocScore> scores = new DocsEvaluation().score(gold, parts, "tune", DocsEvaluation.loadArticles(out));
        long core = scores.stream().mapToLong(d -> d.correct(true)).sum();
        long all = scores.stream().mapToLong(d -> d.correct(false)).sum();
        assertTrue(scores.stream().allMatch(DocScore::found), "every tune article is in the output");
        assertTrue(core >= CORE_FLOOR, "core fields right on the tune part: " + core + " < " + CORE_FLOOR);
        assertTrue(all >= ALL_FLOOR, "all fields right on the tune part: " + all + " < " + ALL_FLOOR);
    }
}
