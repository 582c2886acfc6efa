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

class EvalCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsFailuresDocumentsFieldsAndTotals() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a1.gold.json"), "{\"title_zh\": \"甲乙\", \"doi\": \"10.1/x\","
                + " \"affiliations\": [{\"zh\": \"某大学\", \"en\": null}]}");
        Path docs = Files.createDirectories(dir.resolve("out/docs"));
        Files.writeString(docs.resolve("x.json"), "{\"source\": {\"path\": \"a1.md\"}, \"title\": {\"zh\": \"甲 乙\"},"
                + " \"identifiers\": {\"doi\": null}, \"affiliations\": [{\"zh\": \"某大学\"}]}");
        Files.writeString(dir.resolve("split.tsv"), "a1\t0\ttune\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "eval", "docs", dir.resolve("out").toString(), gold.toString(),
                "--split", dir.resolve("split.tsv").toString()));
        String text = out.toString();
        assertTrue(text.contains("FAIL a1: doi — got null"), text);
        assertTrue(text.contains("a1 [tune]: 1/2 core, 2/3 all"), text);
        assertTrue(text.contains("+affiliations_zh"), text);
        assertTrue(text.contains("part tune: 1/2 core fields (50.0%), 2/3 all fields (66.7%)"), text);
        assertTrue(text.strip().endsWith("docs: 1/2 fields correct (50.0%)"), text);
    }

    @Test
    void badFoldersGiveOneLineAndExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "eval", "docs", dir.resolve("nope").toString(), dir.toString()));
        assertEquals("eval docs: no *.gold.json in " + dir, err.toString().strip());
        assertEquals(2, run(out, err = new StringWriter(), "eval", "docs", dir.toString(), dir.resolve("missing").toString()));
        assertTrue(err.toString().strip().startsWith("eval docs: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }
}
