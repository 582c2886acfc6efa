package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;
import org.paperbridge.index.CorpusIndex;

/** Re-runs skip unchanged sources, redo changed ones, drop deleted ones, and give a fresh run's bytes. */
class IncrementalRunTest {
    static final List<Path> TEMPLATES = List.of(SeedEndToEndTest.SEED,
            SeedEndToEndTest.ROOT.resolve("fixtures/md/zh_journal_mineru.md"));

    @TempDir
    Path in;
    @TempDir
    Path out;
    @TempDir
    Path fresh;

    @Test
    void reRunSkipsUnchangedRedoesChangedAndRemovesDeleted() throws IOException {
        ScaleCorpus gen = ScaleCorpus.fromFiles(TEMPLATES);
        List<Path> files = gen.write(in, 3, 5);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        assertEquals(1, run(out));
        byte[] first = Files.readAllBytes(out.resolve("corpus.jsonl"));
        assertEquals(3, lines(out).size());
        JsonNode lengths = manifest(out).get("lengthModel");
        assertEquals(2, lengths.get("pairs").asInt(), "the seed variants' abstracts; the other template's English "
                + "abstract is a shortened one (0.8 letters per character) and the empty file has none");
        assertEquals("prior", lengths.get("origin").asText(), "two abstracts are too few to fit on");

        assertEquals(1, run(out));
        assertArrayEquals(first, Files.readAllBytes(out.resolve("corpus.jsonl")), "unchanged run, same bytes");
        assertEquals(List.of(true, true, true, true), reused(out));
        JsonNode summary = manifest(out).get("summary");
        assertEquals(3, summary.get("skipped").asInt());
        assertEquals(1, summary.get("failed").asInt());
        assertEquals(Files.readString(out.resolve("errors.jsonl")).lines().count(), 1);

        String deletedId = lines(out).get(2).get("id").asText();
        Files.writeString(files.get(0), gen.variant(17, 5));
        Files.delete(files.get(2));
        assertEquals(1, run(out));
        assertEquals(List.of(false, true, true), reused(out), "changed, unchanged, empty (failed, unchanged)");
        assertFalse(Files.exists(out.resolve("docs").resolve(deletedId + ".json")), "docs of deleted source gone");
        assertEquals(ids(out), docFiles(out), "docs/ holds exactly the corpus");
        try (CorpusIndex index = CorpusIndex.open(out.resolve("index"), List.of())) {
            assertEquals(ids(out), new TreeSet<>(index.docIds()), "the index holds exactly the corpus");
        }
        assertFalse(Files.readString(out.resolve("parallel/pairs.tsv")).contains(deletedId));

        assertEquals(1, run(fresh));
        assertArrayEquals(Files.readAllBytes(fresh.resolve("corpus.jsonl")), Files.readAllBytes(out.resolve("corpus.jsonl")),
                "an incremental run gives the bytes of a fresh run");
        assertArrayEquals(Files.readAllBytes(fresh.resolve("glossary.tsv")), Files.readAllBytes(out.resolve("glossary.tsv")));
        assertArrayEquals(Files.readAllBytes(fresh.resolve("parallel/corpus.tmx")),
                Files.readAllBytes(out.resolve("parallel/corpus.tmx")));

        assertEquals(1, run(out, "--force"));
        assertEquals(List.of(false, false, false), reused(out), "--force processes all again");
    }

    private int run(Path outDir, String... more) {
        List<String> args = new ArrayList<>(List.of("run", in.toString(), "--out", outDir.toString(), "--threads", "2"));
        args.addAll(List.of(more));
        return Main.execute(args.toArray(String[]::new));
    }

    static List<JsonNode> lines(Path outDir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(outDir.resolve("corpus.jsonl"))) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    static Set<String> ids(Path outDir) throws IOException {
        Set<String> ids = new TreeSet<>();
        lines(outDir).forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    static Set<String> docFiles(Path outDir) throws IOException {
        try (Stream<Path> s = Files.list(outDir.resolve("docs"))) {
            Set<String> names = new TreeSet<>();
            s.forEach(p -> names.add(p.getFileName().toString()));
            Set<String> ids = new TreeSet<>();
            for (String n : names) {
                assertTrue(n.endsWith(".json"), "only finished documents in docs/: " + n);
                ids.add(n.substring(0, n.length() - 5));
            }
            return ids;
        }
    }

    static JsonNode manifest(Path outDir) throws IOException {
        return Json.MAPPER.readTree(outDir.resolve("manifest.json").toFile());
    }

    private static List<Boolean> reused(Path outDir) throws IOException {
        List<Boolean> out = new ArrayList<>();
        manifest(outDir).get("sources").forEach(e -> out.add(e.get("reused").asBoolean()));
        return out;
    }

    @Test
    void identicalSourcesAreOneArticleInCorpusDocsAndIndex() throws IOException {
        Files.copy(SeedEndToEndTest.SEED, in.resolve("a.txt"));
        Files.copy(SeedEndToEndTest.SEED, in.resolve("b.txt"));
        for (int round = 0; round < 2; round++) {
            assertEquals(0, run(out));
            assertEquals(1, lines(out).size());
            JsonNode sources = manifest(out).get("sources");
            assertEquals("ok", sources.get(0).get("status").asText());
            assertEquals("duplicate", sources.get(1).get("status").asText());
            assertEquals(in.resolve("a.txt").toString(), sources.get(1).get("duplicateOf").asText());
            assertEquals(ids(out), docFiles(out));
            try (CorpusIndex index = CorpusIndex.open(out.resolve("index"), List.of())) {
                assertEquals(ids(out), new TreeSet<>(index.docIds()));
            }
        }
    }
}
