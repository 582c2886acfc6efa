package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.ConfigResolver;
import org.paperbridge.PipelineConfig;
import picocli.CommandLine;

/**
 * {@code run}, {@code merge} and {@code show} read one configuration, found the same way by each:
 * {@code --config}, else the installation's {@code config/pipeline.yaml} (never the working folder's),
 * else the defaults. A key changed in the file is honoured by every command.
 */
class ConfigResolutionTest {
    private static final Path SEED = ShardMergeTest.ROOT.resolve("fixtures/seed");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private Path config(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private static String seedSource() throws IOException {
        try (var files = Files.list(SEED)) {
            return files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow().toString();
        }
    }

    @Test
    void runMergeAndShowHonourTheSameConfigFile() throws IOException {
        Path out = dir.resolve("from-config");
        Path cfg = config("only-json.yaml", "out: " + out + "\nformats: [json]\nindex: false\nthreads: 1\n");

        Outcome run = cli("run", "--config", cfg.toString(), SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(out.resolve("corpus.jsonl")), "out of the config file");
        assertFalse(Files.exists(out.resolve("parallel")), "formats of the config file");
        assertFalse(Files.exists(out.resolve("index")), "index of the config file");

        Path merged = dir.resolve("merged");
        Outcome merge = cli("merge", "--config", cfg.toString(), merged.toString(), out.toString());
        assertEquals(0, merge.code(), merge.err());
        assertTrue(Files.exists(merged.resolve("corpus.jsonl")));
        assertFalse(Files.exists(merged.resolve("parallel")), "merge honours formats");
        assertFalse(Files.exists(merged.resolve("index")), "merge honours index");

        // show looks ids up in the config's out, and reads sources under its maxFileBytes
        String id = Files.readAllLines(out.resolve("corpus.jsonl")).get(0).replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
        Outcome shown = cli("show", "--config", cfg.toString(), id);
        assertEquals(0, shown.code(), shown.err());
        Path tiny = config("tiny.yaml", "maxFileBytes: 100\n");
        Outcome refused = cli("show", "--config", tiny.toString(), seedSource());
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().contains("too large"), refused.err());
        assertEquals(0, cli("show", seedSource()).code(), "the default limit lets the seed through");
    }

    @Test
    void theInstallationsFileIsReadWhateverTheWorkingFolder() throws IOException {
        Path home = dir.resolve("install");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/pipeline.yaml"), "maxFileBytes: 100\nthreads: 3\n");
        String before = System.getProperty(ConfigResolver.HOME_PROPERTY);
        System.setProperty(ConfigResolver.HOME_PROPERTY, home.toString());
        try {
            PipelineConfig cfg = ConfigResolver.resolve(null);
            assertEquals(100, cfg.maxFileBytes());
            assertEquals(3, cfg.threads());
            assertEquals(PipelineConfig.defaults().formats(), cfg.formats(), "keys it leaves out keep their defaults");
            Outcome refused = cli("show", seedSource());
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("too large"), refused.err());
        } finally {
            if (before == null) {
                System.clearProperty(ConfigResolver.HOME_PROPERTY);
            } else {
                System.setProperty(ConfigResolver.HOME_PROPERTY, before);
            }
        }
        // Without the property, a class folder in <repo>/<module>/target finds the repository's own file.
        assertEquals(PipelineConfig.defaults(), ConfigResolver.resolve(null));
    }

    @Test
    void flagsAreNamedAfterTheKeysAndWinOverTheFile() throws IOException {
        Path out = dir.resolve("flags");
        Path cfg = config("c.yaml", "formats: [json]\nindex: false\ninclude: ['*.md']\n");
        Outcome run = cli("run", "--config", cfg.toString(), "--out", out.toString(), "--threads", "1",
                "--include", "*.txt", "--formats", "json,tsv", "--index", "--max-file-bytes", "10MB",
                "--timeout-seconds", "30", SEED.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 ok"), "--include over the file's *.md: " + run.out());
        assertTrue(Files.exists(out.resolve("parallel/pairs.tsv")), "--formats over the file");
        assertTrue(Files.exists(out.resolve("index")), "--index over the file's index: false");
        assertEquals(2, cli("run", "--config", dir.resolve("missing.yaml").toString()).code());
        assertEquals(List.of("*.md"), ConfigResolver.resolve(cfg).include());
    }
}
