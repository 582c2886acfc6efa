package org.paperbridge.cli;

import org.paperbridge.model.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.batch.ErrorRecord;
import org.paperbridge.batch.Summary;

class RunCommandTest {
    @TempDir
    Path out;

    @Test
    void readsFileSizesWithBinaryUnits() {
        assertEquals(200L << 20, SourceOptions.parseSize("200MB"));
        assertEquals(512L << 10, SourceOptions.parseSize("512k"));
        assertEquals(1L << 30, SourceOptions.parseSize("1g"));
        assertEquals(1000, SourceOptions.parseSize("1000"));
        assertThrows(IllegalArgumentException.class, () -> SourceOptions.parseSize("12 parsecs"));
        assertThrows(IllegalArgumentException.class, () -> SourceOptions.parseSize("0"));
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--timeout", "0"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--max-file-size", "lots"));
    }

    @Test
    void solrSinkOptionsMustNameOneCollection() throws Exception {
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--sink", "solr"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--sink", "solr", "--solr-url", "http://h:8983/solr"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--sink", "elastic"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--collection", "c"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--sink", "solr", "--no-index",
                "--solr-url", "http://h:8983/solr", "--collection", "c"));
        assertEquals(2, Main.execute("search", "--solr-url", "http://h:8983/solr", "肝"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--sink", "solr", "--solr-batch", "0",
                "--solr-url", "http://h:8983/solr", "--collection", "c"));
        assertFalse(java.nio.file.Files.exists(out.resolve("corpus.jsonl")), "nothing was run");
    }

    @Test
    void configsetHasEveryIndexFieldAndThePlugin() throws Exception {
        Path dir = out.resolve("configset");
        assertEquals(0, Main.execute("solr", "configset", dir.toString()));
        String schema = java.nio.file.Files.readString(dir.resolve("managed-schema.xml"));
        for (String field : List.of("docId", "kind", "text_zh", "text_zh_bigram", "title_en", "gene", "facet_gene",
                "facet_year", "pair", "_root_", "_version_")) {
            assertTrue(schema.contains("name=\"" + field + "\""), field);
        }
        String config = java.nio.file.Files.readString(dir.resolve("solrconfig.xml"));
        assertTrue(config.contains("org.paperbridge.solr.plugin.PaperBridgeQParserPlugin"));
        assertTrue(config.contains("ExactStatsCache"));
        assertTrue(java.nio.file.Files.readAllLines(dir.resolve("paperbridge-terms.txt")).contains("肝星状细胞"));
    }

    @Test
    void summaryNamesCountsSpeedAndTheTopErrorKinds() {
        Summary s = new Summary(8, 3, 1, 5, 4.0, List.of(
                new ErrorRecord("a.txt", "ingest", "empty file"),
                new ErrorRecord("b.txt", Stage.TIMEOUT.label(), "gave up after 60 s (timeoutSeconds, --timeout-seconds); the file was abandoned"),
                new ErrorRecord("c.txt", "ingest", "empty file")));
        assertEquals(List.of(
                "8 ok (5 unchanged, skipped), 3 failed, 1 duplicate in 4.0 s (2.0 articles/s)",
                "top errors:",
                "      2  ingest: empty file",
                "      1  timeout: gave up after N s"),
                Progress.summaryLines(s, 5));
    }

    @Test
    void plainProgressIsSilentUntilItsIntervalAndTheTerminalBarEndsWithANewline() {
        StringWriter plain = new StringWriter();
        Progress p = new Progress(new PrintWriter(plain), 10, false);
        p.update(5);
        p.finish();
        assertEquals("", plain.toString(), "no line within the first interval");
        StringWriter tty = new StringWriter();
        Progress t = new Progress(new PrintWriter(tty), 10, true);
        t.update(10);
        t.finish();
        String shown = tty.toString();
        assertEquals(true, shown.startsWith("\r[##############################] 10/10 files"), shown);
        assertEquals(true, shown.endsWith("\n"), shown);
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("4.2 s", Progress.duration(4.2));
        assertEquals("2 min 05 s", Progress.duration(125));
        assertEquals("1 h 01 min", Progress.duration(3660));
    }
}
