package org.paperbridge.batch;

import org.paperbridge.model.Stage;
import org.paperbridge.bench.ScaleCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.ExportFailure;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.io.Json;

class BatchRunnerTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void stuckFileIsAbandonedAsTimeoutAndTheBatchGoesOn() throws Exception {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(SEED)).write(in, 4, 3);
        // The good articles are processed before the run, so under the time limit they take a map
        // look-up: the limit then decides only the stuck file, however busy the machine is.
        Pipeline pipeline = new Pipeline();
        Map<String, Pipeline.Result> done = new HashMap<>();
        for (Path source : sources) {
            done.put(source.toString(), pipeline.process(source.toString(), Files.readAllBytes(source)));
        }
        DocumentProcessor hangsOnTheSecond = (path, bytes) -> {
            if (path.equals(sources.get(1).toString())) {
                while (true) {
                    Thread.onSpinWait(); // ignores interrupts, like a runaway regular expression
                }
            }
            return done.get(path);
        };
        PipelineConfig cfg = PipelineConfig.defaults().withThreads(1).withTimeoutSeconds(2);
        Summary s = new BatchRunner(hangsOnTheSecond, cfg, false).run(sources, List.of(), out, List.of(), n -> { });
        assertEquals(3, s.ok(), s.toString());
        assertEquals(List.of(new ErrorRecord(sources.get(1).toString(), Stage.TIMEOUT.label(),
                "gave up after 2 s (timeoutSeconds, --timeout-seconds); the file was abandoned")), s.errors());
        assertEquals(3, Files.readAllLines(out.resolve("corpus.jsonl")).size());
        assertEquals(Json.LINE.writeValueAsString(s.errors().get(0)),
                Files.readString(out.resolve("errors.jsonl")).strip());
    }

    @Test
    void articlesAnExportCouldNotTakeAreReportedInErrorsJsonl() throws Exception {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(SEED)).write(in, 2, 5);
        Pipeline pipeline = new Pipeline();
        List<String> ids = new java.util.ArrayList<>();
        Exporter refusesTheFirst = new Exporter() {
            @Override
            public void accept(org.paperbridge.model.Article article) {
                ids.add(article.id());
            }

            @Override
            public List<ExportFailure> failures() {
                return List.of(new ExportFailure(ids.get(0), "solr", "not indexed: node down"));
            }

            @Override
            public void close() {
            }
        };
        Summary s = new BatchRunner(pipeline, PipelineConfig.defaults().withThreads(1))
                .run(sources, List.of(), out, List.of(refusesTheFirst), n -> { });
        assertEquals(2, s.ok(), "the article itself is in the corpus");
        assertEquals(List.of(new ErrorRecord(sources.get(0).toString(), "solr", "not indexed: node down")), s.errors());
        assertEquals(1, s.exitCode());
        assertEquals(Json.LINE.writeValueAsString(s.errors().get(0)), Files.readString(out.resolve("errors.jsonl")).strip());
    }

    @Test
    void concurrentExportsAreDrainedOnEveryWorkerAfterTheLastArticleAndBeforeTheyClose() throws Exception {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(SEED)).write(in, 3, 9);
        List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Exporter index = new Exporter() {
            @Override
            public void accept(org.paperbridge.model.Article article) {
                events.add("accept");
            }

            @Override
            public void drain() {
                events.add("drain " + Thread.currentThread().getName().startsWith("paperbridge-worker-"));
            }

            @Override
            public void close() {
                events.add("close");
            }
        };
        Summary s = new BatchRunner(new Pipeline(), PipelineConfig.defaults().withThreads(2))
                .run(sources, List.of(), out, List.of(), List.of(index), n -> { });
        assertEquals(3, s.ok());
        assertEquals(List.of("accept", "accept", "accept", "drain true", "drain true", "close"), events);
    }

    @Test
    void filesOverTheSizeCapAreReportedUnread() throws IOException {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(SEED)).write(in, 1, 1);
        long size = Files.size(sources.get(0));
        PipelineConfig cfg = PipelineConfig.defaults().withThreads(1).withMaxFileBytes(size - 1);
        Summary s = new BatchRunner(new Pipeline(), cfg).run(sources, List.of(), out, List.of(), n -> { });
        assertEquals(0, s.ok());
        assertEquals("read", s.errors().get(0).stage());
        assertEquals("too large: " + size + " bytes, over the limit of " + (size - 1)
                + " (maxFileBytes, --max-file-bytes)", s.errors().get(0).message());
        assertEquals(List.of(new Summary.ErrorKind("read: too large", 1)), s.topErrorKinds(5));
    }

    @Test
    void errorKindsGroupLikeFailuresAndKeepNamesWithDigits() {
        Summary s = new Summary(0, 3, 0, 0, 1, List.of(
                new ErrorRecord("a", "ingest", "not valid UTF-8: malformed byte sequence at byte 12"),
                new ErrorRecord("b", "ingest", "not valid UTF-8: malformed byte sequence at byte 7"),
                new ErrorRecord("c", "ingest", "empty file")));
        assertEquals(List.of(new Summary.ErrorKind("ingest: not valid UTF-8", 2),
                new Summary.ErrorKind("ingest: empty file", 1)), s.topErrorKinds(5));
    }

    @Test
    void runThatDiesHalfWayLeavesACheckpointTheNextRunResumesFrom() throws Exception {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(SEED)).write(in, 4, 7);
        Pipeline pipeline = new Pipeline();
        DocumentProcessor diesOnTheThird = (path, bytes) -> {
            if (path.equals(sources.get(2).toString())) {
                throw new AssertionError("simulated crash"); // an Error escapes the per-file handling
            }
            return pipeline.process(path, bytes);
        };
        PipelineConfig cfg = PipelineConfig.defaults().withThreads(1);
        assertThrows(IOException.class,
                () -> new BatchRunner(diesOnTheThird, cfg, false, 0).run(sources, List.of(), out, List.of(), n -> { }));
        assertFalse(Files.exists(out.resolve("corpus.jsonl")), "no partial corpus.jsonl is committed");

        Summary s = new BatchRunner(pipeline::process, cfg, false, 0).run(sources, List.of(), out, List.of(), n -> { });
        assertEquals(4, s.ok());
        assertEquals(2, s.skipped(), "the two articles of the checkpoint are reused");
        assertEquals(4, Files.readAllLines(out.resolve("corpus.jsonl")).size());
    }
}
