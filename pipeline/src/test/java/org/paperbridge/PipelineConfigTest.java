package org.paperbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigTest {
    @TempDir
    Path dir;

    @Test
    void keysLeftOutOfTheFileKeepTheirDefaults() throws IOException {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, "threads: 3\nindex: false\n");
        PipelineConfig c = PipelineConfig.load(f);
        assertEquals(3, c.threads());
        assertFalse(c.index());
        assertEquals(PipelineConfig.ALL_FORMATS, c.formats());
        assertEquals("output", c.out());
    }

    @Test
    void rejectsUnknownKeysAndFormats() throws IOException {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "thraeds: 3\n");
        assertThrows(IOException.class, () -> PipelineConfig.load(typo));
        Path fmt = dir.resolve("fmt.yaml");
        Files.writeString(fmt, "formats: [json, xml]\n");
        assertThrows(IOException.class, () -> PipelineConfig.load(fmt));
    }

    @Test
    void shippedConfigurationLoads() throws IOException {
        PipelineConfig c = PipelineConfig.load(Path.of(System.getProperty("paperbridge.root"), "config", "pipeline.yaml"));
        assertEquals(List.of("json", "tsv", "tmx", "jsonl", "bioc", "conll"), c.formats());
        assertEquals(0, c.threads());
        assertEquals(PipelineConfig.defaults(), c, "built-in defaults are the shipped file");
    }
}
