package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.paperbridge.io.Json;

/** {@code run --shard i/N} splits a batch without overlap, and {@code merge} joins the parts into one run's output. */
class ShardMergeTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final List<String> INPUTS = List.of(ROOT.resolve("fixtures/seed").toString(),
            ROOT.resolve("fixtures/articles").toString(), ROOT.resolve("fixtures/md").toString());
    static final List<String> ORDERED_FILES = List.of("corpus.jsonl", "errors.jsonl", "parallel/pairs.tsv",
            "parallel/corpus.tmx", "glossary.tsv", "ner/bioc.json", "ner/zh.conll", "ner/en.conll");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(List<String> args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome run(Path out, List<String> inputs, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--threads", "2"));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return cli(args);
    }

    private static List<String> docIds(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("corpus.jsonl"))) {
            ids.add(Json.MAPPER.readTree(line).path("id").asText());
        }
        return ids;
    }

    /** path, status, docId and duplicateOf of each manifest entry, in order. */
    private static List<String> manifestOutcomes(Path out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (JsonNode e : Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).path("sources")) {
            rows.add(e.path("path").asText() + " " + e.path("status").asText() + " " + e.path("docId").asText()
                    + " " + e.path("duplicateOf").asText());
        }
        return rows;
    }

    private static int indexedDocs(Path out) throws IOException {
        try (var d = FSDirectory.open(out.resolve("index")); var r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    @Test
    void threeShardsProcessEveryInputOnceAndTheirMergeEqualsOneRun() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, run(whole, INPUTS).code());
        List<String> wholeIds = docIds(whole);
        assertEquals(4, wholeIds.size());

        Set<String> union = new HashSet<>();
        int total = 0;
        List<String> merge = new ArrayList<>(List.of("merge", dir.resolve("merged").toString()));
        for (int i = 1; i <= 3; i++) {
            Path part = dir.resolve("part" + i);
            Outcome o = run(part, INPUTS, "--shard", i + "/3", "--no-index");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("shard " + i + "/3: "), o.out());
            List<String> ids = docIds(part);
            assertFalse(ids.isEmpty(), "each of these shards gets at least one fixture");
            total += ids.size();
            union.addAll(ids);
            JsonNode shard = Json.MAPPER.readTree(part.resolve("manifest.json").toFile()).path("shard");
            assertEquals(i, shard.path("index").asInt());
            assertEquals(3, shard.path("count").asInt());
            merge.add(part.toString());
        }
        assertEquals(new HashSet<>(wholeIds), union);
        assertEquals(wholeIds.size(), total, "no input is in two shards");

        Outcome m = cli(merge);
        assertEquals(0, m.code(), m.out() + m.err());
        Path merged = dir.resolve("merged");
        for (String file : ORDERED_FILES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(merged.resolve(file)), file);
        }
        for (String id : wholeIds) {
            Path doc = Path.of("docs", id + ".json");
            assertArrayEquals(Files.readAllBytes(whole.resolve(doc)), Files.readAllBytes(merged.resolve(doc)), id);
        }
        assertEquals(manifestOutcomes(whole), manifestOutcomes(merged));
        assertEquals(indexedDocs(whole), indexedDocs(merged));
    }

    @Test
    void theSameArticleInTwoPartsIsKeptOnceAndReportedAndFailuresMergeInOrder() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path seed = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");
        // a.txt hashes to shard 2/2, c.txt to 1/2 (see ShardTest): one article in both parts.
        Files.copy(seed, in.resolve("a.txt"));
        Files.copy(seed, in.resolve("c.txt"));
        Files.writeString(in.resolve("b.txt"), ""); // fails at ingest, in shard 2/2
        List<String> inputs = List.of(in.toString(), dir.resolve("missing").toString());
        Path whole = dir.resolve("whole");
        assertEquals(1, run(whole, inputs, "--no-index").code());
        for (int i = 1; i <= 2; i++) {
            assertEquals(1, run(dir.resolve("part" + i), inputs, "--shard", i + "/2", "--no-index").code());
            assertEquals(1, docIds(dir.resolve("part" + i)).size());
        }
        Path merged = dir.resolve("merged");
        Outcome m = cli(List.of("merge", "--no-index", merged.toString(), dir.resolve("part1").toString(),
                dir.resolve("part2").toString()));
        assertEquals(1, m.code(), m.err());
        assertTrue(m.out().contains("1 ok, 2 failed, 1 duplicate"), m.out());
        assertArrayEquals(Files.readAllBytes(whole.resolve("errors.jsonl")),
                Files.readAllBytes(merged.resolve("errors.jsonl")), "the missing input once, then b.txt");
        assertTrue(m.out().contains("note: duplicate: article " + docIds(whole).get(0)), m.out());
        assertArrayEquals(Files.readAllBytes(whole.resolve("corpus.jsonl")),
                Files.readAllBytes(merged.resolve("corpus.jsonl")));
        assertEquals(manifestOutcomes(whole), manifestOutcomes(merged));
    }

    @Test
    void machinesMountingTheTreeAtDifferentPlacesSplitAndOrderItAlike() throws IOException {
        Path tree = dir.resolve("tree");
        for (String input : INPUTS) {
            Path from = Path.of(input);
            Files.createDirectories(tree.resolve(from.getFileName()));
            try (var files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, tree.resolve(from.getFileName()).resolve(f.getFileName()));
                }
            }
        }
        Path elsewhere = Files.createSymbolicLink(dir.resolve("mnt-b"), tree);
        Path whole = dir.resolve("whole");
        assertEquals(0, run(whole, List.of(tree.toString()), "--no-index").code());
        List<String> merge = new ArrayList<>(List.of("merge", "--no-index", dir.resolve("merged").toString()));
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            Path mount = i == 1 ? tree : elsewhere;
            Path part = dir.resolve("part" + i);
            assertEquals(0, run(part, List.of(mount.toString()), "--shard", i + "/3", "--no-index").code());
            total += docIds(part).size();
            merge.add(part.toString());
        }
        assertEquals(docIds(whole).size(), total, "each source in exactly one shard whatever the mount point");
        Outcome m = cli(merge);
        assertEquals(0, m.code(), m.err());
        assertEquals(docIds(whole), docIds(dir.resolve("merged")), "the order of one run on the first part's layout");
    }

    @Test
    void aShardReRunIsIncrementalAndANewShardDropsTheOldOnesOutputs() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run(out, INPUTS, "--shard", "1/3", "--no-index").code());
        List<String> first = docIds(out);
        Outcome again = run(out, INPUTS, "--shard", "1/3", "--no-index");
        assertTrue(again.out().contains(first.size() + " ok (" + first.size() + " unchanged, skipped)"), again.out());
        assertEquals(first, docIds(out));

        assertEquals(0, run(out, INPUTS, "--shard", "2/3", "--no-index").code());
        List<String> second = docIds(out);
        assertFalse(second.isEmpty());
        for (String id : first) {
            assertFalse(second.contains(id), id);
            assertFalse(Files.exists(out.resolve("docs").resolve(id + ".json")), id);
        }
        for (String row : manifestOutcomes(out)) {
            assertTrue(second.contains(row.split(" ")[2]), "only shard 2's sources in the manifest: " + row);
        }
    }

    @Test
    void badShardSpecsAreUsageErrors() {
        Path out = dir.resolve("out");
        for (String spec : List.of("0/3", "4/3", "x/y", "1/0", "3", "-1/3")) {
            Outcome o = run(out, INPUTS, "--shard", spec);
            assertEquals(2, o.code(), spec);
            assertTrue(o.err().startsWith("paperbridge run: --shard"), spec + ": " + o.err());
        }
        assertTrue(run(out, INPUTS, "--shard", "4/3").err().contains("from 1 to 3"));
        assertFalse(Files.exists(out.resolve("corpus.jsonl")), "nothing was processed");
    }

    @Test
    void mergeRefusesAFolderThatIsNoFinishedRunAndAnOutputThatIsAPart() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome o = cli(List.of("merge", dir.resolve("m").toString(), empty.toString()));
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no manifest.json"), o.err());
        Outcome self = cli(List.of("merge", empty.toString(), empty.toString()));
        assertEquals(2, self.code());
        assertTrue(self.err().contains("is also a part"), self.err());
    }
}
