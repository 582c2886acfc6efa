package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.cli.Main;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.io.Json;

/**
 * Copies of one article without a DOI, planted from the seed, beside near-but-different papers:
 * one article comes out, the better copy, the same on 1 and 2 threads and on a re-run that reuses
 * everything; the copies are duplicates in the manifest and reach no export.
 */
class ArticleDedupTest {
    private static final String FORMATS = "json,tsv,tmx,jsonl,bioc,conll";

    @TempDir
    static Path in;
    @TempDir
    static Path one;
    @TempDir
    static Path two;
    @TempDir
    static Path kept;

    @BeforeAll
    static void plantCopiesAndRun() throws IOException {
        String seed = Files.readString(SeedEndToEndTest.SEED).replaceAll("(?m)^DOI:.*\\n", "");
        String traditional = Files.readString(SeedEndToEndTest.ROOT.resolve("fixtures/formats/article-traditional.txt"))
                .replaceAll("(?m)^DOI:.*\\n", "");
        int han = seed.indexOf("肝衰竭", seed.indexOf("引言") > 0 ? seed.indexOf("引言") : seed.length() / 2);
        // Sorted before the original, so the worse copies come first and are withdrawn when it comes.
        Files.writeString(in.resolve("0-lost-character.txt"), seed.substring(0, han) + seed.substring(han + 1));
        Files.writeString(in.resolve("0-traditional.txt"), traditional);
        Files.writeString(in.resolve("a-original.txt"), seed);
        Files.writeString(in.resolve("b-same-bytes.txt"), seed);
        Files.writeString(in.resolve("c-trailing-newline.txt"), seed + "\n");
        Files.writeString(in.resolve("d-crlf-spaces.txt"), seed.replace("\n", "\r\n").replace("。", "。  "));
        // Near but different: variants of the seed with other numbers, names and paragraph order.
        for (Path p : ScaleCorpus.fromFiles(List.of(SeedEndToEndTest.SEED)).write(in.resolve("variants"), 2, 31)) {
            Files.writeString(p, Files.readString(p).replaceAll("(?m)^DOI:.*\\n", ""));
        }
        assertEquals(0, Main.execute("run", in.toString(), "--out", one.toString(), "--threads", "1", "--formats", FORMATS));
        assertEquals(0, Main.execute("run", in.toString(), "--out", two.toString(), "--threads", "2", "--formats", FORMATS,
                "--no-index"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", kept.toString(), "--keep-duplicates", "--no-index"));
    }

    private static Map<String, JsonNode> sources(Path out) throws IOException {
        Map<String, JsonNode> bySource = new TreeMap<>();
        Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("sources")
                .forEach(s -> bySource.put(in.relativize(Path.of(s.get("path").asText())).toString(), s));
        return bySource;
    }

    private static List<String> ids(Path out) throws IOException {
        return Files.readAllLines(out.resolve("corpus.jsonl")).stream().map(l -> {
            try {
                return Json.MAPPER.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theCopiesAreOneArticleAndTheBetterCopyIsKept() throws IOException {
        Map<String, JsonNode> s = sources(one);
        assertEquals("ok", s.get("a-original.txt").get("status").asText());
        Map<String, String> matches = new TreeMap<>();
        for (String copy : List.of("0-lost-character.txt", "0-traditional.txt", "b-same-bytes.txt",
                "c-trailing-newline.txt", "d-crlf-spaces.txt")) {
            JsonNode e = s.get(copy);
            assertEquals("duplicate", e.get("status").asText(), copy);
            assertEquals(in.resolve("a-original.txt").toString(), e.get("duplicateOf").asText(), copy);
            assertFalse(e.get("reason").asText().isBlank(), copy);
            matches.put(copy, e.get("match").asText());
        }
        assertEquals("bytes", matches.get("b-same-bytes.txt"));
        assertEquals("text", matches.get("c-trailing-newline.txt"));
        assertEquals("text", matches.get("d-crlf-spaces.txt"));
        assertEquals("near-text", matches.get("0-lost-character.txt"));
        assertTrue(s.get("0-traditional.txt").get("reason").asText().contains("simplified script"));
        assertTrue(s.get("0-lost-character.txt").get("reason").asText().contains("more text"));
        // The original and the two variants: near-but-different papers stay apart.
        assertEquals(3, ids(one).size());
        assertEquals(List.of("ok", "ok"), s.entrySet().stream().filter(e -> e.getKey().startsWith("variants"))
                .map(e -> e.getValue().get("status").asText()).toList());
        assertTrue(Files.readString(one.resolve("corpus.jsonl")).contains("\"simplified\":null"));
        assertFalse(Files.readString(one.resolve("corpus.jsonl")).contains("關"), "no traditional copy in the corpus");
    }

    @Test
    void droppedCopiesReachNoExportNoDocAndNoIndex() throws IOException {
        TreeSet<String> corpus = new TreeSet<>(ids(one));
        TreeSet<String> docs;
        try (Stream<Path> files = Files.list(one.resolve("docs"))) {
            docs = files.map(p -> p.getFileName().toString().replace(".json", "")).collect(TreeSet::new, TreeSet::add,
                    TreeSet::addAll);
        }
        assertEquals(corpus, docs, "docs/ holds exactly the corpus");
        try (CorpusIndex index = CorpusIndex.open(one.resolve("index"), List.of())) {
            assertEquals(corpus, new TreeSet<>(index.docIds()), "the index holds exactly the corpus");
        }
        TreeSet<String> dropped = new TreeSet<>();
        sources(one).values().stream().filter(e -> e.get("status").asText().equals("duplicate"))
                .forEach(e -> dropped.add(e.get("docId").asText()));
        dropped.removeAll(corpus);
        assertEquals(4, dropped.size(), "the copies with ids of their own: " + dropped);
        for (String file : List.of("parallel/pairs.tsv", "parallel/corpus.tmx", "parallel/pairs.jsonl", "ner/bioc.json",
                "ner/zh.conll", "ner/en.conll", "ner/zh.jsonl", "ner/en.jsonl", "README.md")) {
            String text = Files.readString(one.resolve(file), StandardCharsets.UTF_8);
            for (String id : dropped) {
                assertFalse(text.contains(id), file + " mentions the dropped copy " + id);
            }
            for (String id : corpus) {
                assertTrue(file.equals("README.md") || text.contains(id), file + " lacks the kept article " + id);
            }
        }
        Json.MAPPER.readTree(one.resolve("ner/bioc.json").toFile()); // still one valid JSON document
        assertTrue(Files.readString(one.resolve("README.md")).contains("- 3 articles; by source format"),
                "the card counts the kept articles only");
    }

    @Test
    void theSameDecisionOnTwoThreadsAndOnAReRunThatReusesEverything() throws IOException {
        assertArrayEquals(Files.readAllBytes(one.resolve("corpus.jsonl")), Files.readAllBytes(two.resolve("corpus.jsonl")));
        for (String file : List.of("parallel/pairs.tsv", "ner/bioc.json", "ner/zh.conll", "glossary.tsv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        Map<String, String> before = statuses(one);
        assertEquals(before, statuses(two));
        byte[] corpus = Files.readAllBytes(two.resolve("corpus.jsonl"));
        byte[] bioc = Files.readAllBytes(two.resolve("ner/bioc.json"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", two.toString(), "--threads", "2", "--formats", FORMATS,
                "--no-index"));
        assertArrayEquals(corpus, Files.readAllBytes(two.resolve("corpus.jsonl")), "a re-run keeps the same copy");
        assertArrayEquals(bioc, Files.readAllBytes(two.resolve("ner/bioc.json")));
        assertEquals(before, statuses(two));
        assertTrue(sources(two).get("a-original.txt").get("reused").asBoolean());
    }

    @Test
    void keepDuplicatesKeepsEveryIdButStillOneArticlePerId() throws IOException {
        // Same bytes are the same id: one article; every other copy has an id of its own and stays.
        assertEquals(7, ids(kept).size());
        assertEquals("duplicate", sources(kept).get("b-same-bytes.txt").get("status").asText());
        assertEquals("bytes", sources(kept).get("b-same-bytes.txt").get("match").asText());
    }

    private static Map<String, String> statuses(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        sources(out).forEach((k, v) -> m.put(k, v.get("status").asText() + " " + v.path("duplicateOf").asText()));
        return m;
    }
}
