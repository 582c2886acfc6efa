package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.bench.ScaleCorpus;
import org.paperbridge.batch.Generation;
import org.paperbridge.cli.Main;
import org.paperbridge.index.CorpusIndex;

/** A run killed with SIGKILL in the middle: the next run completes the work with whole, consistent outputs. */
class CrashRecoveryTest {
    @TempDir
    Path in;
    @TempDir
    Path out;
    @TempDir
    Path fresh;

    @Test
    void runAfterKillNineCompletesTheWorkAndMatchesAFreshRun() throws Exception {
        ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES).write(in, 24, 9);
        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2"));
        // Change every other source so that the killed run is part-way through rewriting the corpus.
        ScaleCorpus other = ScaleCorpus.fromFiles(IncrementalRunTest.TEMPLATES);
        try (Stream<Path> files = Files.walk(in)) {
            List<Path> sources = files.filter(Files::isRegularFile).sorted().toList();
            for (int i = 0; i < sources.size(); i += 2) {
                Files.writeString(sources.get(i), other.variant(1000 + i, 9));
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", in.toString(), "--out", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (newDocs(out) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "killed while running");
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }

        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--threads", "2"));
        assertEquals(0, Main.execute("run", in.toString(), "--out", fresh.toString(), "--threads", "2"));
        for (String f : List.of("corpus.jsonl", "glossary.tsv", "parallel/pairs.tsv", "parallel/corpus.tmx",
                "errors.jsonl")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals(IncrementalRunTest.ids(out), IncrementalRunTest.docFiles(out));
        assertEquals(24, IncrementalRunTest.ids(out).size());
        try (CorpusIndex index = CorpusIndex.open(out.resolve("index"), List.of())) {
            assertEquals(IncrementalRunTest.ids(out), new TreeSet<>(index.docIds()));
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /**
     * Docs the killed run wrote: those in its generation (any .paperbridge-gen-* folder but the
     * committed one) modified after the first run's manifest; unchanged docs are hard links with
     * their old times.
     */
    private static long newDocs(Path outDir) throws IOException {
        long since = Files.getLastModifiedTime(outDir.resolve("manifest.json")).toMillis();
        Path committed = Generation.committed(outDir).toRealPath();
        long n = 0;
        try (Stream<Path> gens = Files.list(outDir)) {
            for (Path gen : gens.filter(g -> g.getFileName().toString().startsWith(".paperbridge-gen-")).toList()) {
                Path docs = gen.resolve("docs");
                try {
                    if (gen.toRealPath().equals(committed) || !Files.isDirectory(docs)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.list(docs)) {
                        n += files.filter(d -> {
                            try {
                                return Files.getLastModifiedTime(d).toMillis() > since;
                            } catch (IOException e) {
                                return false;
                            }
                        }).count();
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // a generation came or went while listing: the next look sees it
                }
            }
        }
        return n;
    }
}
