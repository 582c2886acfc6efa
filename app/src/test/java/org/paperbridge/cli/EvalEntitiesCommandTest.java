package org.paperbridge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval entities} on a small constructed gold folder of our own. */
class EvalEntitiesCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void scoresMentionsAndDocumentsPerType() throws Exception {
        Files.createDirectories(dir.resolve("gold"));
        Files.createDirectories(dir.resolve("text"));
        // 大鼠 and 膀胱癌 are found; the gold's 小鼠 at [9, 11) is not in the text (the tagger finds 小鼠 nowhere).
        Files.writeString(dir.resolve("text/p1.txt"), "大鼠膀胱癌模型。对照组正常。");
        Files.writeString(dir.resolve("gold/p1.json"), "{\"id\":\"p1\",\"part\":\"tune\",\"mentions\":["
                + "{\"start\":0,\"end\":2,\"type\":\"species\",\"id\":\"NCBITaxon:10116\"},"
                + "{\"start\":2,\"end\":5,\"type\":\"disease\",\"id\":\"DOID:11054\"},"
                + "{\"start\":9,\"end\":11,\"type\":\"species\",\"id\":\"NCBITaxon:10090\"}]}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "eval", "entities", "--gold", dir.toString(), "--part", "tune", "-v"));
        String text = out.toString();
        assertTrue(text.contains("p1 - species 照组 NCBITaxon:10090"), text);
        assertTrue(text.matches("(?s).*  disease \\s+1\\s+0\\s+0\\s+100\\.0\\s+100\\.0\\s+100\\.0.*"), text);
        assertTrue(text.matches("(?s).*  species \\s+1\\s+0\\s+1\\s+100\\.0\\s+50\\.0\\s+66\\.7.*"), text);
    }

    @Test
    void missingTextIsAOneLineErrorNotAStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("gold/p1.json"), "{\"id\":\"p1\",\"mentions\":[]}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, "eval", "entities", "--gold", dir.toString()));
        assertTrue(err.toString().startsWith("eval entities: ") && err.toString().contains("text"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
