package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.bench.ScalePdfCorpus;
import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;

/**
 * The training exports of a mixed corpus — generated text articles, typeset PDFs, MinerU Markdown,
 * articles of other journals, one in traditional script, one without a DOI — read back as a
 * corpus builder's loader reads them: every row of every JSONL file validates against the schema
 * the run ships, every key has one type across the rows, the Features files declare exactly the
 * rows' keys, and every article keeps its split across runs and thread counts.
 */
class TrainingExportsTest {
    private static final List<String> JSONL = List.of("corpus.jsonl", "parallel/pairs.jsonl", "ner/zh.jsonl",
            "ner/en.jsonl");
    private static final Map<String, String> SCHEMA = Map.of("corpus.jsonl", "article.schema.json",
            "parallel/pairs.jsonl", "pair.schema.json", "ner/zh.jsonl", "ner-sentence.schema.json",
            "ner/en.jsonl", "ner-sentence.schema.json");

    @TempDir
    static Path in;
    @TempDir
    static Path one;
    @TempDir
    static Path two;
    @TempDir
    static Path kept;

    @BeforeAll
    static void runTheMixedCorpusOnOneAndTwoThreads() throws IOException {
        Path root = SeedEndToEndTest.ROOT;
        ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(in.resolve("gen"), 3, 21);
        new ScalePdfCorpus(ScaleCorpus.fromFiles(List.of(SeedEndToEndTest.SEED))).write(in.resolve("pdf"), 2, 22, 1);
        Files.copy(root.resolve("fixtures/md/zh_journal_mineru.md"), in.resolve("journal.md"));
        for (String f : List.of("en_first_bare_labels_vancouver.txt", "zh_bracket_labels_numbered_affiliations.md")) {
            Files.copy(root.resolve("fixtures/articles").resolve(f), in.resolve(f));
        }
        String traditional = Files.readString(root.resolve("fixtures/formats/article-traditional.txt"));
        Files.writeString(in.resolve("traditional.txt"),
                traditional.replace("10.16352/j.issn.1001-6325.2024.11.1608", "10.16352/j.issn.1001-6325.2024.11.1609"));
        Files.writeString(in.resolve("no-doi.txt"), Files.readString(SeedEndToEndTest.SEED)
                .replaceAll("(?m)^DOI:.*\\n", "").replace("骨髓间充质干细胞治疗肝衰竭", "骨髓间充质干细胞治疗慢性肝衰竭"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", one.toString(), "--threads", "1", "--no-index"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", two.toString(), "--threads", "2", "--no-index"));
        // The traditional copy's pairs fold to the seed's: dropped as near duplicates unless kept.
        assertEquals(0, Main.execute("run", in.toString(), "--out", kept.toString(), "--no-index", "--keep-duplicates",
                "--formats", "json,tmx,jsonl"));
    }

    @Test
    void everyJsonlRowValidatesAgainstTheSchemaTheRunShips() throws IOException {
        for (String file : JSONL) {
            JsonNode schemaNode = Json.MAPPER.readTree(one.resolve("schema").resolve(SCHEMA.get(file)).toFile());
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
            List<String> lines = Files.readAllLines(one.resolve(file), StandardCharsets.UTF_8);
            assertTrue(lines.size() > 3, file + " has rows");
            for (String line : lines) {
                assertEquals(Set.of(), schema.validate(Json.MAPPER.readTree(line)), file + ": " + line);
            }
        }
    }

    @Test
    void everyKeyHasOneTypeAcrossTheRowsAndTheFeaturesDeclareExactlyTheRowsKeys() throws IOException {
        Map<String, String> features = Map.of("corpus.jsonl", "corpus.features.json",
                "parallel/pairs.jsonl", "parallel/pairs.features.json", "ner/zh.jsonl", "ner/features.json",
                "ner/en.jsonl", "ner/features.json");
        for (String file : JSONL) {
            Map<String, Set<String>> types = new TreeMap<>();
            Map<String, Set<String>> keys = new TreeMap<>();
            for (String line : Files.readAllLines(one.resolve(file), StandardCharsets.UTF_8)) {
                shape(Json.MAPPER.readTree(line), "", types, keys);
            }
            types.forEach((path, t) -> assertEquals(1, t.size(), file + ": " + path + " has types " + t));
            Map<String, Set<String>> declared = new HashMap<>();
            declared(Json.MAPPER.readTree(one.resolve(features.get(file)).toFile()), "", declared);
            keys.forEach((path, k) -> {
                if (!path.endsWith("sections[]")) { // the deepest level declares no keys: its lists are empty
                    assertEquals(declared.get(path), k, file + ": the keys of " + path);
                }
            });
        }
        assertTrue(Files.readString(one.resolve("corpus.jsonl")).contains("\"simplified\":null"),
                "simplified is in every row, null for simplified script");
    }

    private static void shape(JsonNode v, String path, Map<String, Set<String>> types, Map<String, Set<String>> keys) {
        if (!v.isNull()) {
            types.computeIfAbsent(path, p -> new TreeSet<>()).add(v.isNumber() ? "number" : v.getNodeType().name());
        }
        if (v.isObject()) {
            Set<String> names = new TreeSet<>();
            v.fieldNames().forEachRemaining(names::add);
            Set<String> before = keys.putIfAbsent(path, names);
            assertTrue(before == null || before.equals(names), path + ": " + before + " and " + names);
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                shape(f.getValue(), path + "." + f.getKey(), types, keys);
            }
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                shape(item, path + "[]", types, keys);
            }
        }
    }

    private static void declared(JsonNode f, String path, Map<String, Set<String>> out) {
        if (f.isArray()) {
            declared(f.get(0), path + "[]", out);
        } else if (f.isObject() && !f.has("_type")) {
            Set<String> names = new TreeSet<>();
            f.fieldNames().forEachRemaining(names::add);
            out.put(path, names);
            f.fields().forEachRemaining(e -> declared(e.getValue(), path + "." + e.getKey(), out));
        } else if (f.isObject() && f.get("_type").asText().equals("Translation")) {
            Set<String> names = new TreeSet<>();
            f.get("languages").forEach(l -> names.add(l.asText()));
            out.put(path, names);
        }
    }

    @Test
    void everyArticleHasOneSplitTheSameOnEveryRunAndThreadCount() throws IOException {
        for (String file : JSONL) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        Map<String, String> splitOf = new HashMap<>();
        for (String file : JSONL.subList(1, JSONL.size())) {
            for (String line : Files.readAllLines(one.resolve(file), StandardCharsets.UTF_8)) {
                JsonNode row = Json.MAPPER.readTree(line);
                String before = splitOf.putIfAbsent(row.get("doc").asText(), row.get("split").asText());
                assertTrue(before == null || before.equals(row.get("split").asText()), "one split for " + line);
            }
        }
        assertTrue(splitOf.size() >= 8, "every article has rows: " + splitOf);
    }

    @Test
    void theTraditionalScriptArticleIsTaggedZhHantAndTheOthersZhHans() throws IOException {
        Set<String> tags = new TreeSet<>();
        for (String line : Files.readAllLines(kept.resolve("parallel/pairs.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode row = Json.MAPPER.readTree(line);
            if (row.at("/translation/zh").asText().contains("骨髓間充質幹細胞")) {
                assertEquals("zh-Hant", row.at("/lang/zh").asText(), line);
            }
            tags.add(row.at("/lang/zh").asText());
        }
        assertEquals(Set.of("zh-Hans", "zh-Hant"), tags);
        String tmx = Files.readString(kept.resolve("parallel/corpus.tmx"));
        assertTrue(tmx.contains("<tuv xml:lang=\"zh-Hant\"><seg>骨髓間充質幹細胞"), "TMX says the script too");
        Set<String> nerTags = new TreeSet<>();
        for (String line : Files.readAllLines(one.resolve("ner/zh.jsonl"), StandardCharsets.UTF_8)) {
            nerTags.add(Json.MAPPER.readTree(line).get("lang").asText());
        }
        assertEquals(Set.of("zh-Hans", "zh-Hant"), nerTags);
        assertTrue(Files.readString(one.resolve("README.md")).contains("zh-Hant 1"), "the dataset card counts it");
    }

    @Test
    void nearCopiesOfPairsAreDroppedByDefaultAndKeptOnRequest() throws IOException {
        long dropped = Files.readAllLines(one.resolve("parallel/pairs.jsonl")).size();
        long all = Files.readAllLines(kept.resolve("parallel/pairs.jsonl")).size();
        assertTrue(dropped < all, dropped + " of " + all);
        assertTrue(Files.readString(one.resolve("README.md")).contains("near duplicates dropped"));
    }

    @Test
    void theProjectsExportCheckerPassesWherePythonIsPresent() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", SeedEndToEndTest.ROOT.resolve("scripts/check-exports.py").toString(),
                    one.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return; // the Java checks above hold without it
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.strip().endsWith(" 0 problems"), output);
    }
}
