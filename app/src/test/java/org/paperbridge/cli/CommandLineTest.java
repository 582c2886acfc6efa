package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the command line for usage errors, and the show outline. */
class CommandLineTest {
    static final Path SEED = Path.of(System.getProperty("paperbridge.root", ".."),
            "fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Outcome o = run("run", SEED.toString(), "--out", dir.toString(), "--formats", "json,xml");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown format 'xml'"), o.err());
    }

    @Test
    void impossibleTrainingExportSettingsAreUsageErrors() {
        for (String[] bad : new String[][] {{"--splits", "80/20"}, {"--min-score", "1.5"}, {"--beads", "one-to-one"},
                {"--length-ratio", "6..1"}}) {
            Outcome o = run("run", SEED.toString(), "--out", dir.toString(), bad[0], bad[1]);
            assertEquals(2, o.code(), String.join(" ", bad));
            assertTrue(o.err().startsWith("paperbridge run: ") && o.err().strip().lines().count() == 1, o.err());
        }
    }

    @Test
    void missingConfigurationIsAUsageError() {
        Outcome o = run("run", SEED.toString(), "--out", dir.toString(), "--config", dir.resolve("nope.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no such configuration file"), o.err());
    }

    @Test
    void measurementsRunAsBenchSubcommands() {
        assertEquals(0, run("bench", "align", "40").code());
        for (String[] missing : new String[][] {{"bench", "ner"}, {"bench", "http"}, {"eval", "search", "out"}}) {
            Outcome o = run(missing);
            assertEquals(2, o.code(), String.join(" ", missing));
            assertTrue(o.err().startsWith("paperbridge " + missing[0] + " " + missing[1] + ": needs ")
                    && o.err().strip().lines().count() == 1, o.err());
        }
        Outcome noRun = run("eval", "search", dir.resolve("none").toString(), dir.toString(), "tune");
        assertEquals(1, noRun.code(), noRun.err());
        assertEquals(1, noRun.err().strip().lines().count(), noRun.err());
    }

    @Test
    void benchPdfWithAMissingFontIsAUsageError() {
        Outcome o = run("bench", "--generate", "2", "--into", dir.resolve("gen").toString(), "--pdf",
                "--font", dir.resolve("no-font.ttc").toString(), SEED.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no such font file"), o.err());
        assertTrue(Files.notExists(dir.resolve("gen")), "nothing written");
    }

    @Test
    void benchPdfTypesetsWithTheBundledFontWhenNoneIsGiven() throws Exception {
        Outcome o = run("bench", "--generate", "2", "--into", dir.resolve("gen").toString(), "--pdf", SEED.toString());
        assertEquals(0, o.code(), o.err());
        try (var pdfs = Files.walk(dir.resolve("gen"))) {
            assertEquals(2, pdfs.filter(p -> p.toString().endsWith(".pdf")).count(), o.out());
        }
    }

    @Test
    void benchPdfFromATemplateNotInTheSeedLayoutIsAUsageError() {
        Path markdown = SEED.getParent().resolveSibling("md/zh_journal_mineru.md");
        Outcome o = run("bench", "--generate", "2", "--into", dir.resolve("gen").toString(), "--pdf", markdown.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not a text in the seed's layout"), o.err());
    }

    @Test
    void showPrintsAnOutlineOfASourceFile() {
        Outcome o = run("show", SEED.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("references 25"), o.out());
        assertTrue(o.out().contains("2.1 "), o.out());
        assertTrue(o.out().contains("(corresponding"), o.out());
    }

    @Test
    void searchFindsChineseParagraphsForAnEnglishLexiconTerm() {
        assertEquals(0, run("run", SEED.toString(), "--out", dir.toString(), "--formats", "json").code());
        Outcome o = run("search", "macrophage", "--index", dir.resolve("index").toString(), "--json");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("巨噬细胞"), o.out());
    }

    @Test
    void compactIndexLeavesOneSegmentAndTheSameAnswers() throws Exception {
        Path sources = dir.resolve("in");
        Files.createDirectories(sources);
        Path root = SEED.getParent().getParent().getParent();
        Files.copy(SEED, sources.resolve("seed.txt"));
        Files.copy(root.resolve("fixtures/md/zh_journal_mineru.md"), sources.resolve("mineru.md"));
        Files.copy(root.resolve("fixtures/formats/article.html"), sources.resolve("article.html"));
        Path plain = dir.resolve("plain");
        Path compact = dir.resolve("compact");
        // One thread, so that the two runs feed the writer in the same order.
        assertEquals(0, run("run", sources.toString(), "--out", plain.toString(), "--formats", "json",
                "--threads", "1").code());
        assertEquals(0, run("run", sources.toString(), "--out", compact.toString(), "--formats", "json",
                "--threads", "1", "--compact-index").code());

        try (var index = org.apache.lucene.store.FSDirectory.open(compact.resolve("index").toRealPath())) {
            assertEquals(1, org.apache.lucene.index.SegmentInfos.readLatestCommit(index).size());
        }
        for (String query : new String[] {"肝纤维化", "macrophage", "gene:STAT3"}) {
            Outcome a = run("search", query, "--index", plain.resolve("index").toString(), "--json", "--facets");
            Outcome b = run("search", query, "--index", compact.resolve("index").toString(), "--json", "--facets");
            assertEquals(0, b.code(), b.err());
            assertTrue(a.out().contains("\"totalArticles\""), a.out());
            assertEquals(a.out(), b.out(), query);
        }
    }

    @Test
    void showOfAnUnknownIdIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Outcome o = run("show", "no-such-id", "--out", dir.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no file or article id 'no-such-id'"), o.err());
    }
}
