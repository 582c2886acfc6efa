package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class AlignCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new AlignCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void printsOneTsvLinePerLinkForTheSeedAbstract(@TempDir Path dir) throws Exception {
        Path zh = Files.writeString(dir.resolve("zh.txt"), "肝衰竭是临床一类急危重症肝病。骨髓间充质干细胞(BM-MSCs)具有向肝细胞分化、"
                + "促进肝细胞再生,以及抑制肝细胞凋亡、坏死和炎性反应等作用,有助于修复受损的肝组织,改善肝功能,"
                + "成为当前肝衰竭细胞治疗策略中极具应用潜力的一种新选择。\n");
        Path en = Files.writeString(dir.resolve("en.txt"), "Liver failure is a kind of acute and severe liver disease. "
                + "Bone marrow-derived mesenchymal stem cells (BM-MSCs) have the function of differentiating into hepatocytes. "
                + "Promotion of the regeneration of hepatocytes regeneration, inhibition of apoptosis, necrosis and "
                + "inflammation of hepatocytes, may facilitate repairing damaged liver tissue and improving liver function. "
                + "BM-MSCs have become a new choice with great application potential in the treatment of liver failure.\n");
        assertEquals(0, run(zh.toString(), en.toString()));
        String[] lines = out.toString().split("\\R");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[0].startsWith("0\t0\t"));
        assertTrue(lines[1].startsWith("1\t1,2,3\t"));
        assertEquals("", err.toString());
    }

    @Test
    void takesOneSentencePerLineAndShowsTextsWithSplitNone(@TempDir Path dir) throws Exception {
        Path zh = Files.writeString(dir.resolve("zh.txt"), "肝衰竭是临床一类急危重症肝病。\nBM-MSCs有望成为肝衰竭治疗的新选择。\n");
        Path en = Files.writeString(dir.resolve("en.txt"), "Liver failure is a kind of acute and severe liver disease.\n"
                + "BM-MSCs are expected to become a new choice for the treatment of liver failure.\n");
        assertEquals(0, run("--split", "none", "--show", zh.toString(), en.toString()));
        String[] second = out.toString().split("\\R")[1].split("\t");
        assertEquals(5, second.length);
        assertEquals("1", second[0]);
        assertEquals("BM-MSCs有望成为肝衰竭治疗的新选择。", second[3]);
    }

    @Test
    void exitsWithOneAndAMessageForAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.txt"), "One sentence.\n");
        assertEquals(1, run(dir.resolve("missing.txt").toString(), en.toString()));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("missing.txt"), err.toString());
    }

    @Test
    void scoresTheDevelopmentSetWithThePriorTheFittedAndHeldOutModels() {
        Path gold = Path.of(System.getProperty("paperbridge.root"), "fixtures", "align-dev", "abstracts.jsonl");
        assertEquals(0, run("--eval", gold.toString()));
        String[] lines = out.toString().split("\\R");
        assertEquals(10, lines.length, out.toString());
        assertEquals("texts\t31\tgiven sentences", lines[0]);
        List<String> models = List.of("prior", "fitted", "held-out");
        for (int m = 0; m < models.size(); m++) {
            String name = models.get(m);
            assertTrue(lines[1 + 3 * m].startsWith("model\t" + name + "\tratio 3."), lines[1 + 3 * m]);
            assertTrue(lines[2 + 3 * m].matches("beads\t" + name + "\tP 0\\.\\d{3}\tR 0\\.\\d{3}\tF1 0\\.\\d{3}\t.*"),
                    lines[2 + 3 * m]);
            assertTrue(lines[3 + 3 * m].startsWith("pairs\t" + name + "\t"), lines[3 + 3 * m]);
        }
        assertTrue(lines[1].contains("ratio 3.300\t"), "the prior is the built-in model: " + lines[1]);
    }

    @Test
    void scoresTheRebuiltRunningTextWithSplitAuto(@TempDir Path dir) throws Exception {
        // A small set of its own: the real-text sets are rebuilt from mirrors (scripts/build_align_real.py)
        // and are not in the repository.
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"own-1\", \"source\": \"test\", "
                + "\"zh_sentences\": [\"共纳入56例患者。\", \"所有患者均接受了治疗。\", \"结果\", \"治疗后肝功能明显改善。\"], "
                + "\"en_sentences\": [\"A total of 56 patients were enrolled.\", \"All patients were treated.\", \"Results\", "
                + "\"Liver function improved markedly after treatment.\"], "
                + "\"gold\": [{\"zh\": [0], \"en\": [0]}, {\"zh\": [1], \"en\": [1]}, {\"zh\": [2], \"en\": [2]}, "
                + "{\"zh\": [3], \"en\": [3]}], \"zh_breaks\": [0, 2, 3], \"en_breaks\": [0, 2, 3]}\n");
        assertEquals(0, run("--eval", gold.toString(), "--split", "auto", "--show"));
        assertTrue(out.toString().startsWith("texts\t1\trunning text"), out.toString());
        // Scored per text on the set's own units, however the running text is split.
        assertTrue(out.toString().matches("(?s).*# own-1\tbeads F1 [01]\\.\\d{3}\tpairs F1 [01]\\.\\d{3}\t\\(4 gold beads\\).*"),
                out.toString());
    }

    @Test
    void alignsEveryPairOfAListAndReportsTheOneThatFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.zh"), "肝衰竭是临床一类急危重症肝病。\n摘要\nBM-MSCs有望成为肝衰竭治疗的新选择。\n");
        Files.writeString(dir.resolve("a.en"), "Liver failure is a kind of acute and severe liver disease.\nAbstract\n"
                + "BM-MSCs are expected to become a new choice for the treatment of liver failure.\n");
        Files.writeString(dir.resolve("b.zh"), "共纳入56例患者。\n");
        Files.writeString(dir.resolve("b.en"), "A total of 56 patients were enrolled.\n");
        Path list = Files.writeString(dir.resolve("pairs.tsv"),
                "a.zh\ta.en\tout/a.tsv\nmissing.zh\tb.en\tout/m.tsv\nb.zh\tb.en\tout/b.tsv\n");
        assertEquals(1, run("--pairs", list.toString()));
        assertEquals(List.of("0\t0", "1\t1", "2\t2"), Files.readAllLines(dir.resolve("out/a.tsv")).stream()
                .map(l -> l.substring(0, l.lastIndexOf('\t'))).toList(), "the heading line is its own unit");
        assertEquals(1, Files.readAllLines(dir.resolve("out/b.tsv")).size());
        assertFalse(Files.exists(dir.resolve("out/m.tsv")));
        String[] errors = err.toString().split("\\R");
        assertEquals(1, errors.length, err.toString());
        assertTrue(errors[0].contains("line 2") && errors[0].contains("missing.zh"), errors[0]);
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    @Test
    void refusesATextOverTheSizeLimitInOneLine(@TempDir Path dir) throws Exception {
        Path zh = dir.resolve("big.zh");
        Files.writeString(zh, "肝".repeat((int) (AlignCommand.MAX_INPUT_BYTES / 3) + 10));
        Path en = Files.writeString(dir.resolve("en.txt"), "One sentence.\n");
        assertEquals(1, run(zh.toString(), en.toString()));
        assertEquals("", out.toString());
        assertEquals(1, err.toString().split("\\R").length, err.toString());
        assertTrue(err.toString().contains("over the limit of"), err.toString());
    }

    @Test
    void rejectsEvalTogetherWithInputFiles() {
        assertEquals(2, run("--eval", "x.jsonl", "zh.txt"));
        assertEquals("", out.toString());
    }
}
