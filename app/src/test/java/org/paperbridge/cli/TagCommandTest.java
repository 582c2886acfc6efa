package org.paperbridge.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCommandTest {
    private static String run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TagCommand cmd = new TagCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, new CommandLine(cmd).execute(args));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEntitiesOfFreeTextAsJson() {
        String json = run("CCl4-induced fibrosis in mice\n巨噬细胞表达 STAT3", "-");
        assertTrue(json.contains("\"norm\" : \"carbon tetrachloride\""), json);
        assertTrue(json.contains("\"lang\" : \"zh\""), json);
    }

    @Test
    void offsetsCountCodePointsFromTheStartOfAMultiLineInput() {
        // Line 1 holds a character outside the BMP (two UTF-16 units, one code point).
        String input = "𠀀 STAT3\n\n巨噬细胞表达 STAT3\nmice";
        String json = run(input, "-");
        com.fasterxml.jackson.databind.JsonNode tags;
        try {
            tags = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
        int[] cps = input.codePoints().toArray();
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode t : tags) {
            String slice = new String(cps, t.get("start").asInt(), t.get("end").asInt() - t.get("start").asInt());
            assertEquals(t.get("text").asText(), slice, json);
            assertEquals("input", t.get("where").asText());
            seen.add(slice + "@" + t.get("start").asInt());
        }
        assertEquals(java.util.List.of("STAT3@2", "巨噬细胞@9", "STAT3@16", "mice@22"), seen, json);
    }

    @Test
    void tagsConllTokensInIob2() {
        String out = run("IL-1\nbeta\nin\nmice\n\nSTAT3\n", "--conll", "-");
        assertEquals("IL-1\tB-GENE\nbeta\tI-GENE\nin\tO\nmice\tB-SPECIES\n\nSTAT3\tB-GENE\n\n",
                out.replace("\r\n", "\n"));
    }

    @Test
    void readsSymbolsSplitAtHyphensAsOneMention() {
        String out = run("VEGF\n-\nB\nand\nflt\n-\n1\n", "--conll", "--lang", "en", "-");
        assertTrue(out.startsWith("VEGF\tB-GENE\n-\tI-GENE\nB\tI-GENE\nand\tO\n"), out);
    }
}
