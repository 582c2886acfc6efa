package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.BatchRunner;
import org.paperbridge.batch.ErrorRecord;
import org.paperbridge.batch.Generation;
import org.paperbridge.batch.HaltingRun;
import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.batch.Summary;
import org.paperbridge.cli.Main;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.io.Json;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.model.Article;

/**
 * The batch half of the hostile-input findings (#15): each case as a hostile but realistic user
 * would meet it, with generated inputs. Nothing here depends on how fast the machine is: no case
 * relies on a timeout, and the kill points are states of the output folder, not moments.
 */
class HostileBatchTest {
    @TempDir
    Path in;
    @TempDir
    Path out;
    @TempDir
    Path elsewhere;

    /** An export step that runs out of memory on one article: that source is recorded, the batch goes on. */
    @Test
    void anExportThatRunsOutOfMemoryFailsItsSourceOnly() throws Exception {
        List<Path> sources = ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(in, 3, 5);
        Pipeline pipeline = new Pipeline();
        String victim = pipeline.process(sources.get(1)).article().id();
        Exporter exhausting = new Exporter() {
            @Override
            public Object prepare(Article article) {
                if (article.id().equals(victim)) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return null;
            }

            @Override
            public void accept(Article article) {
            }

            @Override
            public void close() {
            }
        };
        Summary s = new BatchRunner(pipeline, PipelineConfig.defaults().withThreads(2))
                .run(sources, List.of(), out, List.of(exhausting), n -> { });
        assertEquals(2, s.ok());
        assertEquals(1, s.failed());
        ErrorRecord e = s.errors().get(0);
        assertEquals(sources.get(1).toString(), e.path());
        assertEquals("export", e.stage());
        assertTrue(e.message().startsWith("out of memory while preparing the exports"), e.message());
        assertEquals(2, IncrementalRunTest.ids(out).size());
        assertEquals(1, Files.readAllLines(out.resolve("errors.jsonl")).size());
    }

    /** A source that takes the process down is found by the journal: worked on alone, then recorded and skipped. */
    @Test
    void aSourceThatKillsTheProcessIsRecordedOnRestartAndSkipped() throws Exception {
        List<Path> sources = new ArrayList<>(ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(in, 2, 5));
        Path killer = Files.copy(sources.get(0), in.resolve("killer.txt"));
        sources.add(killer);
        List<String> args = new ArrayList<>(List.of(out.toString(), "killer"));
        sources.stream().sorted().map(Path::toString).forEach(args::add);
        assertEquals(137, child(HaltingRun.class, args), "the first run dies");
        assertFalse(Files.exists(out.resolve("corpus.jsonl")), "nothing committed");
        int second = child(HaltingRun.class, args);
        int third = second == 137 ? child(HaltingRun.class, args) : second;
        assertEquals(1, third, "the batch completes with one failure");
        JsonNode failed = Json.MAPPER.readTree(Files.readAllLines(out.resolve("errors.jsonl")).get(0));
        assertEquals(killer.toString(), failed.get("path").asText());
        assertEquals("crash", failed.get("stage").asText());
        assertEquals(2, IncrementalRunTest.ids(out).size(), "every other source is in the corpus");
        // Unchanged, it is skipped from the manifest: the halting processor is not reached again.
        assertEquals(1, child(HaltingRun.class, args));
        // Changed, it is tried again (and dies again).
        Files.writeString(killer, "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(137, child(HaltingRun.class, args));
    }

    /** {@code mkdir O/docs; echo '{}' >O/docs/mine.json; run --out O} once deleted mine.json. */
    @Test
    void aFolderThatIsNotAnOutputIsRefusedAndNothingOfTheUsersIsDeleted() throws IOException {
        Path mine = Files.createDirectories(out.resolve("docs")).resolve("mine.json");
        Files.writeString(mine, "{}");
        Path seed = Files.copy(SeedEndToEndTest.SEED, in.resolve("seed.txt"));
        assertEquals(2, Main.execute("run", seed.toString(), "--out", out.toString(), "--no-index"));
        assertEquals(2, Main.execute("run", seed.toString(), "--out", out.toString(), "--no-index", "--force"),
                "even with --force, a file of the user's where ours would go is refused, not replaced");
        assertEquals("{}", Files.readString(mine));

        // --force writes into a non-empty folder whose names do not clash, and keeps what is there.
        Files.delete(mine);
        Files.delete(out.resolve("docs"));
        Path notes = Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(2, Main.execute("run", seed.toString(), "--out", out.toString(), "--no-index"));
        assertEquals(0, Main.execute("run", seed.toString(), "--out", out.toString(), "--no-index", "--force"));
        // A hidden temporary of the user's survives every later run.
        Path hidden = Files.writeString(out.resolve(".draft.tmp"), "mine");
        Path hiddenInside = Files.writeString(out.resolve(".paperbridge-current").resolve("docs")
                .resolve(".mine.tmp"), "x");
        assertEquals(0, Main.execute("run", seed.toString(), "--out", out.toString(), "--no-index"));
        assertEquals("mine", Files.readString(notes));
        assertEquals("mine", Files.readString(hidden));
        assertEquals(1, IncrementalRunTest.ids(out).size());
        assertFalse(Files.exists(hiddenInside), "inside our generations everything is ours");
    }

    /** An output folder inside the input folder is not read back as input on the next run. */
    @Test
    void anOutputFolderInsideTheInputIsLeftOutOfTheWalk() throws IOException {
        ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(in, 3, 5);
        Path nested = in.resolve("out");
        assertEquals(0, Main.execute("run", in.toString(), "--out", nested.toString(), "--no-index"));
        byte[] first = Files.readAllBytes(nested.resolve("corpus.jsonl"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", nested.toString(), "--no-index"));
        assertEquals(3, IncrementalRunTest.ids(nested).size());
        assertArrayEquals(first, Files.readAllBytes(nested.resolve("corpus.jsonl")));
    }

    /**
     * A child run killed at several states of the output folder: after each kill, the folder's
     * manifest, corpus, docs and index describe one and the same run; the run after the last kill
     * gives a fresh run's bytes.
     */
    @Test
    void afterKillNineAtAnyPointTheFolderDescribesOneRun() throws Exception {
        ScaleCorpus gen = ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES);
        gen.write(in, 12, 9);
        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2"));
        assertConsistent(out, 12);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(in)) {
            sources = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < sources.size(); i += 2) {
            Files.writeString(sources.get(i), gen.variant(1000 + i, 9));
        }
        // Kill points: a new generation begun, some of its documents written, its manifest complete
        // (the commit under way or done).
        List<java.util.function.Predicate<Path>> points = List.of(
                o -> newestGeneration(o) != null,
                o -> docsIn(newestGeneration(o)) >= 3,
                o -> completeManifest(newestGeneration(o)));
        for (java.util.function.Predicate<Path> point : points) {
            Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "run", in.toString(), "--out", out.toString(), "--threads", "1", "--force")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (p.isAlive() && !point.test(out) && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            } finally {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            assertConsistent(out, 12);
        }
        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2"));
        Path fresh = elsewhere.resolve("fresh");
        assertEquals(0, Main.execute("run", in.toString(), "--out", fresh.toString(), "--threads", "2"));
        for (String f : List.of("corpus.jsonl", "glossary.tsv", "parallel/pairs.tsv", "parallel/corpus.tmx",
                "errors.jsonl")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertConsistent(out, 12);
        try (Stream<Path> gens = Files.list(out)) {
            assertEquals(1, gens.filter(g -> g.getFileName().toString().startsWith(".paperbridge-gen-")).count(),
                    "the earlier generations are gone");
        }
    }

    @Test
    void threadsAreBounded() {
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--threads", "100000"));
        assertEquals(2, Main.execute("run", "--out", out.toString(), "--threads", "0"));
        assertFalse(Files.exists(out.resolve("corpus.jsonl")));
    }

    /** A truncated index: one clear line and exit 2, and --force rebuilds it. */
    @Test
    void aDamagedIndexIsOneLineAndForceRebuildsIt() throws IOException {
        Path seed = Files.copy(SeedEndToEndTest.SEED, in.resolve("seed.txt"));
        assertEquals(0, Main.execute("run", seed.toString(), "--out", out.toString()));
        Path index = Generation.committed(out).resolve("index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        String err = stderrOf(() -> assertEquals(2, Main.execute("run", seed.toString(), "--out", out.toString())));
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("cannot be opened") && err.contains("--force"), err);
        assertEquals(0, Main.execute("run", seed.toString(), "--out", out.toString(), "--force"));
        assertConsistent(out, 1);
    }

    /** {@code passwd.txt -> /etc/passwd} once became a searchable article; links within the tree are still followed. */
    @Test
    void symbolicLinksOutOfTheInputAreNotFollowedUnlessAsked() throws IOException {
        Path outside = Files.copy(SeedEndToEndTest.SEED, elsewhere.resolve("outside.txt"));
        Path tree = Files.createDirectories(in.resolve("tree"));
        Path inside = ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(tree.resolve("a"), 1, 5).get(0);
        Files.createSymbolicLink(tree.resolve("passwd.txt"), outside);
        Files.createSymbolicLink(tree.resolve("alias.txt"), inside);
        assertEquals(1, Main.execute("run", tree.toString(), "--out", out.toString(), "--no-index"));
        JsonNode e = Json.MAPPER.readTree(Files.readAllLines(out.resolve("errors.jsonl")).get(0));
        assertEquals(tree.resolve("passwd.txt").toString(), e.get("path").asText());
        assertTrue(e.get("message").asText().startsWith("symbolic link out of the input folder"));
        assertEquals(1, IncrementalRunTest.ids(out).size(), "the inside link is the inside file's duplicate");
        assertEquals(0, Main.execute("run", tree.toString(), "--out", out.toString(), "--no-index",
                "--follow-links-out"));
        assertEquals(2, IncrementalRunTest.ids(out).size());
    }

    /** File names that differ only in bytes Java cannot decode are kept apart; newlines and escapes are shown escaped. */
    @Test
    void oddFileNamesNeitherCollideNorReachTheConsoleRaw() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a shell to make non-UTF-8 names");
        Path dir = Files.createDirectories(in.resolve("names"));
        Process p = new ProcessBuilder("/bin/sh", "-c", "printf x > \"$(printf 'a\\377.txt')\"; "
                + "printf x > \"$(printf 'a\\376.txt')\"").directory(dir.toFile()).start();
        assertEquals(0, p.waitFor());
        Files.writeString(dir.resolve("evil\n\u001b[31mred.txt"), "");
        String printed = stdoutOf(() -> assertEquals(1, Main.execute("run", dir.toString(), "--out", out.toString(),
                "--no-index")));
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"), StandardCharsets.UTF_8)) {
            paths.add(Json.MAPPER.readTree(line).get("path").asText());
        }
        assertTrue(paths.contains(dir.resolve("a").toString() + "\\xff.txt"), paths.toString());
        assertTrue(paths.contains(dir.resolve("a").toString() + "\\xfe.txt"), paths.toString());
        assertEquals(3, new TreeSet<>(paths).size(), "three distinct records");
        assertFalse(printed.contains("\u001b"), "no raw escape on the console");
        assertTrue(printed.contains("evil\\n\\x1b[31mred.txt"), printed);
    }

    /** The manifest's articles, corpus.jsonl, docs/ and the index hold the same ids: one run's state. */
    private static void assertConsistent(Path outDir, int sources) throws IOException {
        Path committed = Generation.committed(outDir);
        Set<String> manifestIds = new TreeSet<>();
        JsonNode manifest = Json.MAPPER.readTree(committed.resolve("manifest.json").toFile());
        assertTrue(manifest.path("summary").path("complete").asBoolean(), "a committed manifest is complete");
        for (JsonNode e : manifest.path("sources")) {
            if ("ok".equals(e.path("status").asText())) {
                manifestIds.add(e.path("docId").asText());
            }
        }
        Set<String> corpusIds = IncrementalRunTest.ids(committed);
        assertEquals(manifestIds, corpusIds, "manifest and corpus");
        assertEquals(corpusIds, IncrementalRunTest.docFiles(committed), "corpus and docs");
        if (Files.isDirectory(committed.resolve("index"))) {
            try (CorpusIndex index = CorpusIndex.open(committed.resolve("index"), List.of())) {
                assertEquals(corpusIds, new TreeSet<>(index.docIds()), "corpus and index");
            }
        }
        for (JsonNode e : manifest.path("sources")) {
            if ("ok".equals(e.path("status").asText())) {
                JsonNode doc = Json.MAPPER.readTree(committed.resolve("docs").resolve(e.path("docId").asText() + ".json")
                        .toFile());
                assertEquals(e.path("sha256").asText(), doc.path("source").path("sha256").asText(),
                        "the doc was made from the bytes the manifest names");
            }
        }
        assertTrue(manifest.path("sources").size() <= sources);
    }

    private static Path newestGeneration(Path outDir) {
        try (Stream<Path> all = Files.list(outDir)) {
            Path current = Generation.committed(outDir);
            return all.filter(g -> g.getFileName().toString().startsWith(".paperbridge-gen-"))
                    .filter(g -> !g.equals(current)).max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long docsIn(Path gen) {
        if (gen == null || !Files.isDirectory(gen.resolve("docs"))) {
            return 0;
        }
        try (Stream<Path> docs = Files.list(gen.resolve("docs"))) {
            return docs.filter(d -> d.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean completeManifest(Path gen) {
        try {
            return gen != null && Json.MAPPER.readTree(gen.resolve("manifest.json").toFile())
                    .path("summary").path("complete").asBoolean();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int child(Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child run ends");
        return p.exitValue();
    }

    private static String stdoutOf(Runnable r) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String stderrOf(Runnable r) {
        PrintStream before = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
